package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.random.RandomGenerator;

/**
 * What a compiled expression may read while a state runs: the value {@code $} stands for, the context object
 * {@code $$}, the workflow variables {@code $name}, and the execution's seeded random source.
 */
public interface EvaluationContext {

    /** The value {@code $} refers to: the state's input, or the raw result inside ResultSelector. */
    JsonNode input();

    /** The context object {@code $$}; built on demand, so callers should not hold on to it. */
    JsonNode context();

    /**
     * The value of the workflow variable {@code name} (without the {@code $}), or {@code null} when it is not defined.
     */
    default JsonNode variable(String name) {
        return null;
    }

    /** The execution's random source, seeded: States.MathRandom and States.UUID draw from it. */
    RandomGenerator random();

    /**
     * A value as AWS quotes it in error messages: compact JSON, except the execution's input, which AWS quotes as the
     * caller wrote it.
     */
    default String textOf(JsonNode value) {
        return dev.lockstep.engine.internal.json.Json.compact(value);
    }

    /** The same context with {@code $} bound to another value (ResultSelector binds it to the task result). */
    default EvaluationContext withInput(JsonNode newInput) {
        EvaluationContext outer = this;
        return new EvaluationContext() {
            @Override
            public JsonNode input() {
                return newInput;
            }

            @Override
            public JsonNode context() {
                return outer.context();
            }

            @Override
            public JsonNode variable(String name) {
                return outer.variable(name);
            }

            @Override
            public RandomGenerator random() {
                return outer.random();
            }

            @Override
            public String textOf(JsonNode value) {
                return outer.textOf(value);
            }
        };
    }
}
