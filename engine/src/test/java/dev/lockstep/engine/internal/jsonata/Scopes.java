package dev.lockstep.engine.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** A JSONata scope for tests: an input, a context object, variables, a seeded random source and a fixed clock. */
final class Scopes implements JsonataScope {

    private final JsonNode input;
    private final Map<String, JsonNode> variables = new HashMap<>();
    private final RandomGenerator random;
    int contextBuilds;

    private Scopes(JsonNode input, long seed) {
        this.input = input;
        this.random = new SplittableRandom(seed);
    }

    static Scopes of(String inputJson) {
        return new Scopes(json(inputJson), 0);
    }

    static Scopes seeded(long seed) {
        return new Scopes(Json.NODES.objectNode(), seed);
    }

    Scopes with(String name, String valueJson) {
        variables.put(name, json(valueJson));
        return this;
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        contextBuilds++;
        return json("{\"State\":{\"Name\":\"S\"}}");
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public long nowMillis() {
        return 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    }
}
