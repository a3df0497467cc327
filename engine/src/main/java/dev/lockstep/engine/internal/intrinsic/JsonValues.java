package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON helpers the functions share: equality as JSON means it, and short descriptions for error messages. */
final class JsonValues {

    private static final int PREVIEW_LENGTH = 60;

    private JsonValues() {}

    /**
     * A text that two values share exactly when they are equal as JSON: object keys in any order, numbers by value
     * ({@code 1}, {@code 1.0} and {@code 1e0} are one number). Jackson's own {@code equals} tells an int from a long
     * and key order matters to nobody reading JSON, so ArrayContains and ArrayUnique compare by this key.
     */
    static String canonicalKey(JsonNode value) {
        StringBuilder key = new StringBuilder();
        appendCanonical(value, key);
        return key.toString();
    }

    private static void appendCanonical(JsonNode value, StringBuilder key) {
        switch (value.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
                value.fields().forEachRemaining(fields::add);
                fields.sort(Map.Entry.comparingByKey());
                key.append('{');
                for (Map.Entry<String, JsonNode> field : fields) {
                    key.append(Json.compact(Json.NODES.textNode(field.getKey())))
                            .append(':');
                    appendCanonical(field.getValue(), key);
                    key.append(',');
                }
                key.append('}');
            }
            case ARRAY -> {
                key.append('[');
                for (JsonNode element : value) {
                    appendCanonical(element, key);
                    key.append(',');
                }
                key.append(']');
            }
            case NUMBER -> key.append('n').append(value.decimalValue().stripTrailingZeros());
            default -> key.append(Json.compact(value));
        }
    }

    /** "an array", "a string", ...: the JSON type of a value as a message names it. */
    static String typeName(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The type and a short excerpt of a value, e.g. {@code a string ("abc")}, so messages stay readable. */
    static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        String text = Json.compact(value);
        if (text.length() > PREVIEW_LENGTH) {
            text = text.substring(0, PREVIEW_LENGTH) + "...";
        }
        return typeName(value) + " (" + text + ")";
    }
}
