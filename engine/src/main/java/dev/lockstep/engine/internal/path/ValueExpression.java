package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled expression that yields one JSON value: a path, an intrinsic function call, or a payload template.
 * Compiled once when the definition is compiled; evaluated each time a state runs.
 */
@FunctionalInterface
public interface ValueExpression {

    /**
     * Evaluates the expression.
     *
     * @return the value, never {@code null} (JSON null is {@code NullNode})
     * @throws dev.lockstep.engine.internal.error.StatesError when it fails as AWS fails it (e.g. a path not found)
     */
    JsonNode evaluate(EvaluationContext context);
}
