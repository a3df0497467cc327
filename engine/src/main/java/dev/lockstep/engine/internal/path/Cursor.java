package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** One evaluation of an indefinite path: walks the steps depth first and gathers what the last step selects. */
final class Cursor {

    private final Step[] steps;
    private final JsonNode root;
    private final ArrayNode matches;

    Cursor(Step[] steps, JsonNode root, ArrayNode matches) {
        this.steps = steps;
        this.root = root;
        this.matches = matches;
    }

    /** The document the path started from; filters read {@code $} from it. */
    JsonNode root() {
        return root;
    }

    /** Continues with step {@code next} from {@code node}, or records {@code node} when no step is left. */
    void visit(JsonNode node, int next) {
        if (next == steps.length) {
            matches.add(node);
        } else {
            steps[next].select(node, this, next + 1);
        }
    }
}
