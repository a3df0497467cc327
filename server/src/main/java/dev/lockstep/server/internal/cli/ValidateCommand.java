package dev.lockstep.server.internal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.ValidationResult;
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
            out.println(CliJson.pretty(response(result)));
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

    /** The shape of ValidateStateMachineDefinition's response (API reference). */
    private static ObjectNode response(ValidationResult result) {
        ObjectNode response = CliJson.object();
        response.put("result", result.isValid() ? "OK" : "FAIL");
        ArrayNode diagnostics = response.putArray("diagnostics");
        for (Diagnostic diagnostic : result.diagnostics()) {
            ObjectNode item = diagnostics.addObject();
            item.put("severity", diagnostic.severity().name());
            item.put("code", diagnostic.code());
            item.put("message", diagnostic.message());
            if (diagnostic.location() != null) {
                item.put("location", diagnostic.location());
            }
        }
        response.put("truncated", false);
        return response;
    }
}
