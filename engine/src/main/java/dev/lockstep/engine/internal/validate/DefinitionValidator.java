package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import java.util.List;

/**
 * Checks a parsed definition as AWS's CreateStateMachine and ValidateStateMachineDefinition do.
 *
 * <p>SKELETON: the validation helper replaces this implementation.
 */
public final class DefinitionValidator {

    private DefinitionValidator() {}

    /**
     * All diagnostics for {@code definition}, errors and warnings, in the order AWS reports them. Never throws for a
     * bad definition: every problem is a diagnostic.
     */
    public static List<Diagnostic> validate(JsonNode definition, StateMachineType type) {
        return List.of();
    }
}
