package dev.lockstep.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;

/** Test helper: JSON text to a tree, with single quotes allowed for readability. */
final class Json {
    private Json() {}

    static JsonNode of(String text) {
        try {
            return Values.parse(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
