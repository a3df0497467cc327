package dev.lockstep.engine.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.random.RandomGenerator;

/**
 * What a JSONata expression of a state can read: the reserved variable {@code $states} and the workflow variables
 * (developer guide: "Passing data between states with variables", Reserved variable: $states).
 */
public interface JsonataScope {

    /** {@code $states.input}: the state's original input. */
    JsonNode input();

    /** {@code $states.result}: the task's or sub-workflow's result, or null where there is none. */
    default JsonNode result() {
        return null;
    }

    /** {@code $states.errorOutput}: the error output, in a Catch only; null elsewhere. */
    default JsonNode errorOutput() {
        return null;
    }

    /** {@code $states.context}: the context object; built on demand. */
    JsonNode context();

    /** The workflow variable {@code name}, or null when it is not defined. */
    JsonNode variable(String name);

    /** The execution's seeded random source: {@code $random()} without a seed and {@code $uuid()} draw from it. */
    RandomGenerator random();

    /** The engine's (virtual) time, for {@code $now()} and {@code $millis()}. */
    long nowMillis();

    /** This scope with {@code $states.result} bound to {@code result}. */
    default JsonataScope withResult(JsonNode result) {
        return new Bound(this, result, errorOutput());
    }

    /** This scope with {@code $states.errorOutput} bound to {@code errorOutput} (inside a Catch). */
    default JsonataScope withErrorOutput(JsonNode errorOutput) {
        return new Bound(this, result(), errorOutput);
    }

    /** A scope that adds the result or the error output to another. */
    final class Bound implements JsonataScope {
        private final JsonataScope outer;
        private final JsonNode result;
        private final JsonNode errorOutput;

        Bound(JsonataScope outer, JsonNode result, JsonNode errorOutput) {
            this.outer = outer;
            this.result = result;
            this.errorOutput = errorOutput;
        }

        @Override
        public JsonNode input() {
            return outer.input();
        }

        @Override
        public JsonNode result() {
            return result;
        }

        @Override
        public JsonNode errorOutput() {
            return errorOutput;
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
        public long nowMillis() {
            return outer.nowMillis();
        }
    }
}
