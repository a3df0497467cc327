package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.List;

/**
 * The compiled steps of a path after its root, with the two ways to evaluate them: a plain loop for definite paths (no
 * allocation) and a depth-first walk that gathers matches for indefinite ones.
 */
final class Steps {

    private final Step[] steps;
    private final boolean definite;
    private final boolean referencePath;

    Steps(List<Step> steps) {
        this.steps = steps.toArray(new Step[0]);
        boolean allDefinite = true;
        boolean allReference = true;
        for (Step step : this.steps) {
            allDefinite &= step.definite();
            allReference &= step.allowedInReferencePath();
        }
        this.definite = allDefinite;
        this.referencePath = allReference;
    }

    boolean definite() {
        return definite;
    }

    boolean referencePath() {
        return referencePath;
    }

    int size() {
        return steps.length;
    }

    Step get(int index) {
        return steps[index];
    }

    /**
     * Definite: the node or {@code null}. Indefinite: an array of every match, possibly empty. A null root (an
     * undefined variable) has no matches.
     */
    JsonNode find(JsonNode root) {
        return definite ? walk(root) : collect(root);
    }

    /**
     * Like {@link #find}, but a definite path whose last step is an array index past the end yields JSON null. This is
     * what AWS does in payload templates ({@code "i.$": "$.items[5]"} on two items gives {@code "i": null}), which is
     * how Jayway behaves on a Jackson tree: Jackson answers {@code null} for a missing element instead of throwing.
     */
    JsonNode findLenient(JsonNode root) {
        if (!definite) {
            return collect(root);
        }
        int last = steps.length - 1;
        JsonNode node = root;
        for (int i = 0; i < last && node != null; i++) {
            node = steps[i].get(node);
        }
        if (node == null || last < 0) {
            return node;
        }
        JsonNode value = steps[last].get(node);
        if (value == null && steps[last] instanceof Step.Index && node.isArray()) {
            return NullNode.getInstance();
        }
        return value;
    }

    private JsonNode walk(JsonNode root) {
        JsonNode node = root;
        for (int i = 0; i < steps.length && node != null; i++) {
            node = steps[i].get(node);
        }
        return node;
    }

    private ArrayNode collect(JsonNode root) {
        ArrayNode matches = Json.NODES.arrayNode();
        if (root != null) {
            new Cursor(steps, root, matches).visit(root, 0);
        }
        return matches;
    }

    /** The normalized text of the first {@code count} steps, after the root {@code $}. */
    String normalized(int count) {
        StringBuilder text = new StringBuilder("$");
        for (int i = 0; i < count; i++) {
            text.append(steps[i].normalized());
        }
        return text.toString();
    }

    /**
     * Why a definite path finds nothing in {@code root}, in Jayway's words: a missing property before the last step is
     * {@code Missing property in path $['a']}; anything else is {@code No results for path: $['a']['b']}.
     */
    String notFoundReason(JsonNode root) {
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1 && node != null; i++) {
            JsonNode next = steps[i].get(node);
            if (next == null && steps[i] instanceof Step.Property && node.isObject()) {
                return "Missing property in path " + normalized(i + 1);
            }
            node = next;
        }
        return "No results for path: " + normalized(steps.length);
    }
}
