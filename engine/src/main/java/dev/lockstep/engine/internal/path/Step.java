package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.Iterator;
import java.util.List;

/**
 * One step of a compiled path, such as {@code .name}, {@code [0]} or {@code [?(...)]}. Steps are immutable and shared
 * by every evaluation.
 *
 * <p>{@link Definite} steps select at most one node ({@link #get}); every step can select many ({@link #select}), which
 * is how indefinite paths are evaluated.
 */
sealed interface Step {

    /** Calls {@code cursor} on each node this step selects from {@code node}, in document order. */
    void select(JsonNode node, Cursor cursor, int next);

    /** True when this step can select at most one node. */
    boolean definite();

    /** True when this step may appear in a Reference Path. */
    default boolean allowedInReferencePath() {
        return false;
    }

    /** The step in Jayway's normalized notation, e.g. {@code ['name']}. */
    String normalized();

    /** The single node this step selects, or {@code null}; only for {@link #definite()} steps. */
    default JsonNode get(JsonNode node) {
        throw new UnsupportedOperationException("an indefinite step has no single value");
    }

    /** A step that selects at most one node: selecting is getting it. */
    sealed interface Definite extends Step {
        @Override
        JsonNode get(JsonNode node);

        @Override
        default void select(JsonNode node, Cursor cursor, int next) {
            JsonNode child = get(node);
            if (child != null) {
                cursor.visit(child, next);
            }
        }

        @Override
        default boolean definite() {
            return true;
        }
    }

    /** The quote Jayway prints a name with: the one it was written with, or {@code '} for dot notation. */
    static String quoted(String name, char quote) {
        return quote + name + quote;
    }

    /** {@code .name}, {@code ['name']} or {@code ["name"]}. */
    record Property(String name, char quote, boolean functionLike) implements Definite {
        @Override
        public JsonNode get(JsonNode node) {
            return node.isObject() ? node.get(name) : null;
        }

        @Override
        public boolean allowedInReferencePath() {
            // AWS: "Functions such as length() aren't supported" in Reference Paths.
            return !functionLike;
        }

        @Override
        public String normalized() {
            return "[" + quoted(name, quote) + "]";
        }
    }

    /** {@code [n]}; a negative index counts from the end, as in Jayway. */
    record Index(int index) implements Definite {
        @Override
        public JsonNode get(JsonNode node) {
            if (!node.isArray()) {
                return null;
            }
            int effective = index < 0 ? node.size() + index : index;
            return effective >= 0 && effective < node.size() ? node.get(effective) : null;
        }

        @Override
        public boolean allowedInReferencePath() {
            return true;
        }

        @Override
        public String normalized() {
            return "[" + index + "]";
        }
    }

    /**
     * {@code ['a','b']} in the middle of a path: each present property in turn. (At the end of a path it becomes
     * {@link MergedProperties}, as in Jayway.)
     */
    record Properties(List<String> names, char quote) implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (!node.isObject()) {
                return;
            }
            for (String name : names) {
                JsonNode child = node.get(name);
                if (child != null) {
                    cursor.visit(child, next);
                }
            }
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            return joinedNames(names, quote);
        }
    }

    /**
     * {@code ['a','b']} as the last step: Jayway yields one object holding the listed properties that are present, in
     * the order listed, and counts the path as definite.
     */
    record MergedProperties(List<String> names, char quote) implements Definite {
        @Override
        public JsonNode get(JsonNode node) {
            if (!node.isObject()) {
                return null;
            }
            ObjectNode merged = Json.NODES.objectNode();
            for (String name : names) {
                JsonNode child = node.get(name);
                if (child != null) {
                    merged.set(name, child);
                }
            }
            return merged;
        }

        boolean allPresentIn(JsonNode node) {
            for (String name : names) {
                if (!node.has(name)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String normalized() {
            return joinedNames(names, quote);
        }
    }

    /** {@code [0,2,5]}: each index that exists, in the order written. */
    record Indexes(int[] indexes) implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (!node.isArray()) {
                return;
            }
            for (int index : indexes) {
                int effective = index < 0 ? node.size() + index : index;
                // Past the end is skipped, as Jayway's default provider does; the Jackson provider would add null.
                if (effective >= 0 && effective < node.size()) {
                    cursor.visit(node.get(effective), next);
                }
            }
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < indexes.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(indexes[i]);
            }
            return text.append(']').toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Indexes that && java.util.Arrays.equals(indexes, that.indexes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(indexes);
        }

        @Override
        public String toString() {
            return "Indexes" + normalized();
        }
    }

    /**
     * {@code [from:to]}, either bound optional; negative bounds count from the end and bounds are clamped to the array,
     * so a slice never fails, it only selects fewer elements.
     */
    record Slice(Integer from, Integer to) implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (!node.isArray()) {
                return;
            }
            int size = node.size();
            int start = bound(from, 0, size);
            int end = bound(to, size, size);
            for (int i = start; i < end; i++) {
                cursor.visit(node.get(i), next);
            }
        }

        private static int bound(Integer written, int absent, int size) {
            if (written == null) {
                return absent;
            }
            int value = written < 0 ? size + written : written;
            return Math.max(0, Math.min(size, value));
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            return "[" + (from == null ? "" : from) + ":" + (to == null ? "" : to) + "]";
        }
    }

    /** {@code .*} or {@code [*]}: every value of an object, every element of an array. */
    record Wildcard() implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (node.isContainerNode()) {
                for (JsonNode child : node) {
                    cursor.visit(child, next);
                }
            }
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            return "[*]";
        }
    }

    /**
     * {@code ..target}: applies {@code target} to the node and to every node below it, parent before children, in
     * document order (Jayway's walk).
     */
    record DeepScan(Step target) implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (!node.isContainerNode()) {
                return;
            }
            if (applies(node, cursor)) {
                target.select(node, cursor, next);
            }
            if (node.isObject()) {
                Iterator<JsonNode> children = node.elements();
                while (children.hasNext()) {
                    select(children.next(), cursor, next);
                }
            } else {
                for (JsonNode child : node) {
                    select(child, cursor, next);
                }
            }
        }

        /**
         * Jayway tests a scanned node before applying the step to it: a filter must accept the node itself (so array
         * elements are not found twice), and merged properties need all names present.
         */
        private boolean applies(JsonNode node, Cursor cursor) {
            if (target instanceof Filter filter) {
                return filter.expression().test(node, cursor.root());
            }
            if (target instanceof MergedProperties merged) {
                return node.isObject() && merged.allPresentIn(node);
            }
            return true;
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            return ".." + target.normalized();
        }
    }

    /**
     * {@code [?(...)]}: on an array, the elements the expression accepts; on an object, the object itself when
     * accepted (Jayway).
     */
    record Filter(FilterExpression expression) implements Step {
        @Override
        public void select(JsonNode node, Cursor cursor, int next) {
            if (node.isArray()) {
                for (JsonNode element : node) {
                    if (expression.test(element, cursor.root())) {
                        cursor.visit(element, next);
                    }
                }
            } else if (node.isObject() && expression.test(node, cursor.root())) {
                cursor.visit(node, next);
            }
        }

        @Override
        public boolean definite() {
            return false;
        }

        @Override
        public String normalized() {
            // Jayway prints every inline filter as [?].
            return "[?]";
        }
    }

    private static String joinedNames(List<String> names, char quote) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(names.get(i), quote));
        }
        return text.append(']').toString();
    }
}
