package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.jsonata.JsonataScope;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.random.RandomGenerator;

/**
 * What a compiled state reads while it runs, in either query language: {@code $}, {@code $$} and {@code $name} for
 * JSONPath fields, {@code $states} and {@code $name} for JSONata fields.
 */
public interface StateScope extends EvaluationContext, JsonataScope {

    @Override
    JsonNode input();

    @Override
    JsonNode context();

    @Override
    JsonNode variable(String name);

    @Override
    RandomGenerator random();

    /** Reports a value of the state's data flow (TestState's inspection data); does nothing in an execution. */
    default void inspect(String field, JsonNode value) {}
}
