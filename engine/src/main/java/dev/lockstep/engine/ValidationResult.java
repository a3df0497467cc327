package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What validating a definition found, as ValidateStateMachineDefinition reports it: OK or FAIL, and the diagnostics.
 *
 * @param diagnostics every finding, errors and warnings, in AWS's order
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ValidationResult(List<Diagnostic> diagnostics) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there is no error (warnings allowed): AWS's {@code result} is {@code OK}. */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toList());
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).collect(Collectors.toList());
    }

    /**
     * The message CreateStateMachine's {@code InvalidDefinition} error carries, e.g. {@code Invalid State Machine
     * Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/A/Next'}.
     */
    public String awsMessage() {
        return "Invalid State Machine Definition: '"
                + errors().stream().map(Diagnostic::toAwsString).collect(Collectors.joining(", ")) + "'";
    }
}
