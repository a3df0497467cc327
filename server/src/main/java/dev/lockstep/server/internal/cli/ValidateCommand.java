package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.ValidationResult;
import dev.lockstep.server.internal.sfn.SfnJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep validate}: checks a definition as CreateStateMachine would. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check a state machine definition as CreateStateMachine does.",
        description = {
            "Checks a state machine definition (JSON or YAML) as AWS's CreateStateMachine does",
            "and prints every diagnostic with its line, column and location."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The definition is valid (warnings may be printed).", "2:The definition has errors."})
final class ValidateCommand implements Callable<Integer> {

    /** How diagnostics are printed. */
    enum Format {
        TEXT,
        JSON
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The state machine definition, JSON or YAML.")
    Path definition;

    @Option(
            names = "--type",
            paramLabel = "STANDARD|EXPRESS",
            defaultValue = "STANDARD",
            description = "The workflow type to validate for. Default: ${DEFAULT-VALUE}.")
    StateMachineType type;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text: one line per diagnostic; json: ValidateStateMachineDefinition's response.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DefinitionFile file = DefinitionFile.read(definition, spec.commandLine().getErr(), "validate");
        if (file == null) {
            return 2;
        }
        ValidationResult result = StateMachineDefinition.validate(file.text(), type);
        if (format == Format.JSON) {
            out.println(CliJson.pretty(SfnJson.validation(result, result.diagnostics(), false)));
        } else {
            file.print(result.diagnostics(), out);
            out.printf(
                    "%s: %s (%d error%s, %d warning%s)%n",
                    definition,
                    result.isValid() ? "OK" : "FAIL",
                    result.errors().size(),
                    result.errors().size() == 1 ? "" : "s",
                    result.warnings().size(),
                    result.warnings().size() == 1 ? "" : "s");
        }
        return result.isValid() ? 0 : 2;
    }
}
