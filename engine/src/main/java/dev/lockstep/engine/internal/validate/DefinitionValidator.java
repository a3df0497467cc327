package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import java.util.List;

/**
 * Checks a parsed definition as AWS's CreateStateMachine and ValidateStateMachineDefinition do.
 *
 * <p>Two passes: the fields of the machine and of every state, in document order (nested machines where their
 * parent state declares them); then the graph: duplicate names, transition targets, reachability and the terminal
 * state. Messages are AWS's where AWS's are known ({@link ValidationMessages}).
 */
public final class DefinitionValidator {

    /**
     * "Maximum size of state machine definition: 1 MB" (developer guide, "Step Functions service quotas"; API
     * reference, CreateStateMachine: definition, maximum length 1048576). The reader applies it to the source text,
     * the validator to the compact JSON text of a tree built in code; compact text can only be smaller than the source,
     * so nothing AWS accepts is refused.
     */
    public static final long MAX_DEFINITION_BYTES = 1_048_576;

    /**
     * AWS documents TOO_DEEPLY_NESTED without a limit. Lockstep refuses trees nested more than 1000 levels deep, which
     * is also where Jackson stops parsing by default, so no real definition is refused and the recursive checks
     * cannot overflow the stack.
     */
    public static final int MAX_DEPTH = 1000;

    private DefinitionValidator() {}

    /**
     * All diagnostics for {@code definition}, errors and warnings, in the order AWS reports them. Never throws for a
     * bad definition: every problem is a diagnostic.
     */
    public static List<Diagnostic> validate(JsonNode definition, StateMachineType type) {
        if (definition == null || !definition.isObject()) {
            return List.of(Diagnostic.error(
                    DiagnosticCodes.SCHEMA_VALIDATION_FAILED, ValidationMessages.definitionNotAnObject(), null));
        }
        if (JsonDepth.exceeds(definition, MAX_DEPTH)) {
            return List.of(Diagnostic.error(
                    DiagnosticCodes.TOO_DEEPLY_NESTED, ValidationMessages.tooDeeplyNested(MAX_DEPTH), null));
        }
        ValidationContext context = new ValidationContext(type);
        long size = Json.utf8Size(definition);
        if (size > MAX_DEFINITION_BYTES) {
            context.diagnostics.schema(ValidationMessages.definitionTooLarge(size, MAX_DEFINITION_BYTES), null);
        }
        MachineValidator.validateTopLevel(definition, context);
        TransitionValidator.validate(context);
        return context.diagnostics.toList();
    }
}
