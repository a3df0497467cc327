package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;

/**
 * A compiled ResultPath: a Reference Path on {@code $} that says where a result goes in the state's input.
 *
 * <p>As the ASL specification says: "If the raw input has a field at the location addressed by the ResultPath value
 * then in the output that field is discarded and overwritten by the state's result. Otherwise, a new field is created
 * in the state output, with intervening fields constructed as necessary." An index step ({@code $.items[1].status})
 * must name an element that exists: arrays are never created or extended (as Step Functions Local does).
 */
public final class ReferencePath {

    private final String text;
    /** Each step: a {@code String} field name or an {@code Integer} array index (negative counts from the end). */
    private final Object[] steps;

    private ReferencePath(String text, Object[] steps) {
        this.text = text;
        this.steps = steps;
    }

    /** Compiles a ResultPath; throws {@link PathSyntaxException} when it is not a Reference Path on {@code $}. */
    public static ReferencePath compile(String text) {
        JsonPath path = JsonPath.compile(text);
        if (path.root() == JsonPath.Root.CONTEXT) {
            // ASL: 'The value of "ResultPath" MUST NOT begin with "$$"'.
            throw invalid(text, 0, "it cannot start with '$$': a result can only be placed into the state input ($)");
        }
        if (path.root() == JsonPath.Root.VARIABLE) {
            // ASL: 'In a JSONPath state, the "ResultPath" field MUST NOT reference a variable.'
            throw invalid(text, 0, "it cannot reference a variable; use Assign to store a result in a variable");
        }
        Object[] steps = new Object[path.stepCount()];
        for (int i = 0; i < steps.length; i++) {
            Step step = path.step(i);
            if (step instanceof Step.Property property && !property.functionLike()) {
                steps[i] = property.name();
            } else if (step instanceof Step.Index index) {
                steps[i] = index.index();
            } else {
                throw invalid(
                        text,
                        path.stepPosition(i),
                        "it must be a Reference Path, which only allows field names (.name or ['name']) and single"
                                + " array indexes ([0]), but found "
                                + describe(step) + " at position " + path.stepPosition(i));
            }
        }
        return new ReferencePath(text, steps);
    }

    private static String describe(Step step) {
        if (step instanceof Step.Property) {
            return "a function call";
        }
        if (step instanceof Step.Wildcard) {
            return "a wildcard";
        }
        if (step instanceof Step.DeepScan) {
            return "a deep scan '..'";
        }
        if (step instanceof Step.Filter) {
            return "a filter";
        }
        if (step instanceof Step.Slice) {
            return "a slice";
        }
        return "a union";
    }

    private static PathSyntaxException invalid(String text, int position, String problem) {
        return new PathSyntaxException(text, position, "Invalid ResultPath '" + text + "': " + problem);
    }

    public String text() {
        return text;
    }

    /**
     * A new value: {@code input} with {@code result} placed at this path ({@code $} gives {@code result} itself).
     * Neither argument is changed.
     *
     * @throws dev.lockstep.engine.internal.error.StatesError when the path cannot be applied to the input
     */
    public JsonNode apply(JsonNode input, JsonNode result) {
        if (steps.length == 0) {
            return result;
        }
        return place(input, 0, result, input);
    }

    /** A copy of {@code node} with the result placed below it from step {@code i} on; unchanged nodes are shared. */
    private JsonNode place(JsonNode node, int i, JsonNode result, JsonNode input) {
        boolean last = i == steps.length - 1;
        if (steps[i] instanceof String name) {
            if (!(node instanceof ObjectNode object)) {
                throw cannotApply(input);
            }
            JsonNode child = object.get(name);
            JsonNode value;
            if (last) {
                value = result;
            } else if (child == null) {
                value = create(i + 1, result, input);
            } else {
                value = place(child, i + 1, result, input);
            }
            // Json.withField keeps an existing field where it was and appends a new one.
            return Json.withField(object, name, value);
        }
        int index = (Integer) steps[i];
        if (!(node instanceof ArrayNode array)) {
            throw cannotApply(input);
        }
        int effective = index < 0 ? array.size() + index : index;
        if (effective < 0 || effective >= array.size()) {
            throw cannotApply(input);
        }
        JsonNode value = last ? result : place(array.get(effective), i + 1, result, input);
        ArrayNode copy = Json.NODES.arrayNode(array.size());
        for (int e = 0; e < array.size(); e++) {
            copy.add(e == effective ? value : array.get(e));
        }
        return copy;
    }

    /** The intervening objects for steps {@code i}.. that are missing from the input. */
    private JsonNode create(int i, JsonNode result, JsonNode input) {
        JsonNode value = result;
        for (int s = steps.length - 1; s >= i; s--) {
            if (!(steps[s] instanceof String name)) {
                // An index into an array that does not exist: there is nothing to index.
                throw cannotApply(input);
            }
            ObjectNode holder = Json.NODES.objectNode();
            holder.set(name, value);
            value = holder;
        }
        return value;
    }

    /**
     * {@code States.ResultPathMatchFailure}. AWS's full cause is not on record; a real one reads {@code Unable to
     * apply ReferencePath $.partitioned to input "{\"min_size\":10000,...}"} (aws-cdk issue #29473), so the input is
     * printed as a JSON string of its compact text.
     */
    private StatesError cannotApply(JsonNode input) {
        String quotedInput = Json.compact(TextNode.valueOf(Json.compact(input)));
        return StatesError.stateFailure(
                ErrorNames.RESULT_PATH_MATCH_FAILURE,
                "Unable to apply ReferencePath " + text + " to input " + quotedInput);
    }

    @Override
    public String toString() {
        return text;
    }
}
