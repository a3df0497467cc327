package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.random.RandomGenerator;

/** An evaluation context for tests: an input, a context object, workflow variables and a seeded generator. */
final class TestContext implements EvaluationContext {

    private final JsonNode input;
    private final JsonNode context;
    private final JsonNode variables;
    private final RandomGenerator random;

    TestContext(JsonNode input, JsonNode context, long seed) {
        this(input, context, Json.NODES.objectNode(), seed);
    }

    private TestContext(JsonNode input, JsonNode context, JsonNode variables, long seed) {
        this.input = input;
        this.context = context;
        this.variables = variables;
        this.random = new Random(seed);
    }

    /** The variables are the fields of {@code variablesJson}, an object. */
    static TestContext withVariables(String variablesJson) {
        return new TestContext(json("{}"), json("{}"), json(variablesJson), 42);
    }

    static TestContext withInput(String json) {
        return new TestContext(json(json), json("{}"), 42);
    }

    static TestContext withInputAndContext(String input, String context) {
        return new TestContext(json(input), json(context), 42);
    }

    static TestContext seeded(long seed) {
        return new TestContext(json("{}"), json("{}"), seed);
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("test JSON does not parse: " + text, e);
        }
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        return context;
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }
}
