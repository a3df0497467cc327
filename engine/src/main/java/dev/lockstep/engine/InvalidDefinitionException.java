package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A definition that CreateStateMachine would refuse. The message is AWS's ({@code Invalid State Machine Definition:
 * 'SCHEMA_VALIDATION_FAILED: ... at /States/X'}); {@link #diagnostics()} has every finding with its place.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    public InvalidDefinitionException(ValidationResult result) {
        super(result.awsMessage());
        this.result = result;
    }

    /** Every diagnostic, errors first as AWS orders them, then warnings. */
    public List<Diagnostic> diagnostics() {
        return result.diagnostics();
    }

    public ValidationResult result() {
        return result;
    }
}
