package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/** Measures how deeply a JSON tree nests without recursing, so a hostile tree cannot overflow the stack. */
final class JsonDepth {

    private record Pending(JsonNode node, int depth) {}

    private JsonDepth() {}

    /** True when some value of {@code root} sits more than {@code limit} containers deep. */
    static boolean exceeds(JsonNode root, int limit) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(root, 0));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            if (!next.node().isContainerNode()) {
                continue;
            }
            int depth = next.depth() + 1;
            if (depth > limit) {
                return true;
            }
            for (JsonNode child : next.node()) {
                pending.push(new Pending(child, depth));
            }
        }
        return false;
    }
}
