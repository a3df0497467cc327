package dev.lockstep.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference paths tests point into outputs with: {@code $}, {@code $.order.id}, {@code $.items[0].sku}, {@code
 * $['odd key']}. A value that is not there reads as a missing node, so an assertion can say what was there instead.
 */
public final class SimpleJsonPath {

    private SimpleJsonPath() {}

    /** The value at {@code path} in {@code root}, or a missing node. */
    public static JsonNode read(JsonNode root, String path) {
        JsonNode node = root;
        for (Object step : steps(path)) {
            if (node == null || node.isMissingNode()) {
                break;
            }
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    static List<Object> steps(String path) {
        if (path == null || !path.startsWith("$")) {
            throw new IllegalArgumentException("A path starts with $, e.g. $.order.id; got: " + path);
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    throw invalid(path, i);
                }
                steps.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw invalid(path, i);
                }
                String inside = path.substring(i + 1, close).trim();
                if (inside.length() >= 2 && (inside.startsWith("'") || inside.startsWith("\""))) {
                    steps.add(inside.substring(1, inside.length() - 1));
                } else {
                    try {
                        steps.add(Integer.parseInt(inside));
                    } catch (NumberFormatException e) {
                        throw invalid(path, i);
                    }
                }
                i = close + 1;
            } else {
                throw invalid(path, i);
            }
        }
        return steps;
    }

    private static IllegalArgumentException invalid(String path, int at) {
        return new IllegalArgumentException("Cannot read the path " + path + " at character " + (at + 1)
                + ": write fields as .name or ['name'] and array items as [0]");
    }
}
