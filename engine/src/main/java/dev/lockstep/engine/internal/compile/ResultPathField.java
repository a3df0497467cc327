package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.ReferencePath;

/**
 * ResultPath: absent or {@code $} (the result replaces the input), {@code null} (the result is discarded) or a
 * reference path where the result goes in the input (developer guide: "Specifying state output using ResultPath").
 */
public final class ResultPathField {

    private static final ResultPathField REPLACE = new ResultPathField(null, false);
    private static final ResultPathField DISCARD = new ResultPathField(null, true);

    private final ReferencePath path;
    private final boolean discard;

    private ResultPathField(ReferencePath path, boolean discard) {
        this.path = path;
        this.discard = discard;
    }

    static ResultPathField of(JsonNode field) {
        if (field == null) {
            return REPLACE;
        }
        if (field.isNull()) {
            return DISCARD;
        }
        String text = field.asText();
        return "$".equals(text) ? REPLACE : new ResultPathField(ReferencePath.compile(text), false);
    }

    /**
     * At least the size of {@link #apply}'s value, from the sizes of the input and the result: the result replaces the
     * input, is dropped, or is placed in it with at most the path's keys and their punctuation added.
     */
    public long sizeBound(long inputSize, long resultSize) {
        if (path == null) {
            return discard ? inputSize : resultSize;
        }
        return inputSize + resultSize + 6L * path.text().length() + 8;
    }

    /** The state's input with the result placed, or discarded, as the field says. */
    public JsonNode apply(JsonNode input, JsonNode result) {
        if (path == null) {
            return discard ? input : result;
        }
        return path.apply(input, result);
    }
}
