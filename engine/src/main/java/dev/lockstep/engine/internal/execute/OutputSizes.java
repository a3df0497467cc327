package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The UTF-8 sizes of an execution's values, remembered by node. A JSONata output has no size bound short of its size,
 * but it mostly reuses the nodes of the state's input (values are immutable and shared): once a subtree was measured,
 * measuring it again is one lookup, so a chain of states does not measure its growing document again and again.
 */
final class OutputSizes {

    /** Containers smaller than this are measured directly: remembering them would cost more than it saves. */
    private static final int REMEMBER_FROM_FIELDS = 4;

    private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();

    /** The exact size of {@code value}'s compact JSON text in UTF-8 bytes. */
    long of(JsonNode value) {
        if (!value.isContainerNode() || value.size() < REMEMBER_FROM_FIELDS) {
            return Json.utf8Size(value);
        }
        Long known = sizes.get(value);
        if (known != null) {
            return known;
        }
        long size = 2 + Math.max(0, value.size() - 1); // brackets and commas
        if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                size += Json.utf8Size(Json.NODES.textNode(field.getKey())) + 1 + of(field.getValue());
            }
        } else {
            for (JsonNode element : value) {
                size += of(element);
            }
        }
        sizes.put(value, size);
        return size;
    }
}
