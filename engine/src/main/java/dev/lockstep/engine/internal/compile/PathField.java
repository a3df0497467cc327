package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;

/**
 * InputPath or OutputPath: absent (the whole value), {@code null} (an empty object) or a path that selects part of
 * the value (developer guide: "Manipulate parameters with paths").
 */
public final class PathField {

    private static final PathField WHOLE = new PathField(null, false, null);
    private static final PathField EMPTY = new PathField(null, true, null);

    private final JsonPath path;
    private final boolean discard;
    private final String fieldName;

    private PathField(JsonPath path, boolean discard, String fieldName) {
        this.path = path;
        this.discard = discard;
        this.fieldName = fieldName;
    }

    /** Compiles the field as written: {@code null} when absent, a {@code NullNode} for JSON null, else a path. */
    static PathField of(JsonNode field, String fieldName) {
        if (field == null) {
            return WHOLE;
        }
        if (field.isNull()) {
            return EMPTY;
        }
        String text = field.asText();
        return "$".equals(text) ? WHOLE : new PathField(JsonPath.compile(text), false, fieldName);
    }

    /**
     * Applies the field to {@code value}; {@code $$} and variables come from {@code context}.
     *
     * @throws StatesError {@code States.Runtime} when the path selects nothing, worded as AWS words it
     */
    public JsonNode apply(JsonNode value, EvaluationContext context) {
        if (path == null) {
            return discard ? Json.NODES.objectNode() : value;
        }
        EvaluationContext scoped = context.withInput(value);
        JsonNode selected = path.find(scoped);
        if (selected == null) {
            // AWS reports Jayway's reason, e.g. "Invalid path '$.Payload' : No results for path: $['Payload']".
            throw StatesError.runtime(
                    "Invalid path '" + path.text() + "' : " + path.notFoundReason(path.document(scoped)));
        }
        return selected;
    }

    @Override
    public String toString() {
        return path == null ? (discard ? fieldName + "=null" : "$") : path.text();
    }
}
