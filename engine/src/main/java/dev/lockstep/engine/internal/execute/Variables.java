package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The workflow variables one scope sees: its own, then its outer scopes' (developer guide, "Passing data between
 * states with variables", Variable scope). The execution has the outermost scope; each Parallel branch and each Map
 * iteration will get a child scope ({@link #child()}) that reads its parents' variables and keeps its own assignments
 * to itself, so they go out of scope when the branch or iteration ends. (Which outer names an inner scope may not
 * assign is checked when those states land.)
 *
 * <p>Values are immutable JSON trees; assigning replaces the reference. Sizes are AWS's limits (developer guide,
 * variables, "Variable size limits"): one variable at most 256 KiB, one Assign block at most 256 KiB in all, and the
 * variables of an execution at most 10 MiB together.
 */
final class Variables {

    static final long MAX_VARIABLE_BYTES = 262_144;
    static final long MAX_ASSIGN_BYTES = 262_144;
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024;

    private final Variables parent;
    private final Total total;
    private final Map<String, Entry> values = new HashMap<>();

    private record Entry(JsonNode value, long size) {}

    /** The bytes held by all scopes of one execution. */
    private static final class Total {
        long bytes;
    }

    private Variables(Variables parent, Total total) {
        this.parent = parent;
        this.total = total;
    }

    /** The variables visible in this scope, inner scopes' values over outer ones', by name. */
    com.fasterxml.jackson.databind.node.ObjectNode snapshot() {
        com.fasterxml.jackson.databind.node.ObjectNode all =
                parent == null ? Json.NODES.objectNode() : parent.snapshot();
        values.forEach((name, entry) -> all.set(name, entry.value));
        return all;
    }

    /** The outermost scope of an execution. */
    static Variables root() {
        return new Variables(null, new Total());
    }

    /** A scope inside this one: a Parallel branch or a Map iteration. */
    Variables child() {
        return new Variables(this, total);
    }

    /** The value of {@code name} in this scope or the nearest outer scope that has it; null when undefined. */
    JsonNode get(String name) {
        for (Variables scope = this; scope != null; scope = scope.parent) {
            Entry entry = scope.values.get(name);
            if (entry != null) {
                return entry.value;
            }
        }
        return null;
    }

    /**
     * Assigns every field of {@code assigned} at once, after checking AWS's size limits for {@code stateName}.
     *
     * @throws StatesError States.DataLimitExceeded when a limit would be passed; nothing is assigned then
     */
    void assign(ObjectNode assigned, String stateName) {
        long blockBytes = 0;
        long change = 0;
        Map<String, Long> sizes = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = assigned.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            long size = Json.utf8Size(field.getValue());
            if (size > MAX_VARIABLE_BYTES) {
                throw tooLarge(stateName, "the variable '" + field.getKey() + "' (" + size + " bytes)", "256 KiB");
            }
            blockBytes += size;
            Entry old = values.get(field.getKey());
            change += size - (old == null ? 0 : old.size);
            sizes.put(field.getKey(), size);
        }
        if (blockBytes > MAX_ASSIGN_BYTES) {
            throw tooLarge(stateName, "its Assign block (" + blockBytes + " bytes in all)", "256 KiB");
        }
        if (total.bytes + change > MAX_TOTAL_BYTES) {
            throw tooLarge(
                    stateName, "the execution's variables (" + (total.bytes + change) + " bytes in all)", "10 MiB");
        }
        fields = assigned.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), new Entry(field.getValue(), sizes.get(field.getKey())));
        }
        total.bytes += change;
    }

    /**
     * AWS names States.DataLimitExceeded for payloads over a quota; its wording for variables is not on record, so the
     * cause says which limit was passed.
     */
    private static StatesError tooLarge(String stateName, String what, String limit) {
        return StatesError.of(
                ErrorNames.DATA_LIMIT_EXCEEDED,
                "The state '" + stateName + "' assigned " + what + ", more than the " + limit
                        + " Step Functions allows for variables.");
    }
}
