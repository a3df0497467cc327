package dev.lockstep.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** JSON and YAML as the extension reads and writes them; the engine's internals stay the engine's. */
public final class JsonText {

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    public static JsonNode parse(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }

    /** Compact JSON text, as Step Functions writes values into the history. */
    public static String compact(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree could not be written as text", e);
        }
    }

    /** Compact text cut to {@code max} characters with an ellipsis, for messages and timelines. */
    public static String abbreviated(JsonNode value, int max) {
        if (value == null) {
            return "null";
        }
        String text = compact(value);
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
