package dev.lockstep.engine.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Counts the UTF-8 bytes of a value's compact JSON text by walking the tree. */
final class JsonSize {

    private JsonSize() {}

    static long of(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT: {
                long size = 2; // { }
                int count = 0;
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    size += string(field.getKey()) + 1 + of(field.getValue()); // "key":value
                    count++;
                }
                return size + Math.max(0, count - 1); // commas
            }
            case ARRAY: {
                long size = 2;
                for (JsonNode element : node) {
                    size += of(element);
                }
                return size + Math.max(0, node.size() - 1);
            }
            case STRING:
                return string(node.textValue());
            case NULL:
                return 4;
            case BOOLEAN:
                return node.booleanValue() ? 4 : 5;
            case NUMBER:
                return node.asText().length();
            default:
                return Json.compact(node).length();
        }
    }

    /** Bytes of a JSON string literal: quotes, escapes as Jackson writes them, and UTF-8 encoding. */
    private static long string(String text) {
        long size = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                size += 2;
            } else if (c < 0x20) {
                size += (c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') ? 2 : 6;
            } else if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else {
                size += 3;
            }
        }
        return size;
    }
}
