package dev.lockstep.server.internal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep validate}: checks a definition as CreateStateMachine would. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check a state machine definition as CreateStateMachine does.",
        description = {"Checks a state machine definition as AWS's CreateStateMachine does and prints the diagnostics."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The definition is valid (warnings may be printed).", "2:The definition has errors."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The state machine definition, JSON or YAML.")
    Path definition;

    @Override
    public Integer call() {
        return NotAvailable.report(spec);
    }
}
