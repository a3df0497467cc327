package dev.lockstep.engine.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A definition's text read into a JSON tree, with the line and column where each value starts.
 *
 * @param root the tree; never null
 * @param positions {@code [line, column]} (1-based) by AWS-style location, e.g. {@code /States/A/Next}
 */
public record SourceText(JsonNode root, Map<String, int[]> positions) {

    /** The position of {@code location}, or of its nearest enclosing value that has one; null when none. */
    public int[] positionOf(String location) {
        String current = location;
        while (current != null) {
            int[] position = positions.get(current);
            if (position != null) {
                return position;
            }
            current = parent(current);
        }
        return null;
    }

    private static String parent(String location) {
        if (location.isEmpty() || location.equals("/")) {
            return null;
        }
        int bracket = location.endsWith("]") ? location.lastIndexOf('[') : -1;
        int slash = location.lastIndexOf('/');
        int cut = Math.max(bracket, slash);
        if (cut <= 0) {
            return "/";
        }
        return location.substring(0, cut);
    }
}
