package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.LockstepVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code lockstep} command; it only dispatches to its subcommands. */
@Command(
        name = "lockstep",
        mixinStandardHelpOptions = true,
        versionProvider = LockstepCommand.Version.class,
        description = {
            "Runs AWS Step Functions state machines in-process, in virtual time, and serves the Step Functions API.",
        },
        subcommands = {RunCommand.class, ValidateCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The execution did not succeed (FAILED, TIMED_OUT or ABORTED).",
            "2:Bad usage, or an invalid definition, input or mock config.",
            "3:Internal error in Lockstep (please report it)."
        },
        footer = {"%nDocumentation: docs/index.md"})
public final class LockstepCommand {

    /** Exit code for an internal error: a bug in Lockstep, never the user's input. */
    static final int INTERNAL_ERROR = 3;

    private LockstepCommand() {}

    /** Builds the command line, writing results to {@code out} and diagnostics to {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LockstepCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "--input @file.json" is ours to read; picocli would otherwise expand @file into arguments.
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().printf("lockstep %s: internal error: %s%n", failed.getCommandName(), describe(exception));
            failed.getErr().println("This is a bug in Lockstep; please report it with the command you ran.");
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Prints {@code lockstep <version>} for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lockstep " + LockstepVersion.current()};
        }
    }
}
