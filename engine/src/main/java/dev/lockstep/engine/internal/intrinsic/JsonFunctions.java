package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.ANY;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.BOOLEAN;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.OBJECT;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.STRING;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.List;

/** States.StringToJson, JsonToString and JsonMerge (developer guide, "Intrinsics for JSON data manipulation"). */
final class JsonFunctions {

    private JsonFunctions() {}

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.StringToJson", List.of(STRING), JsonFunctions::stringToJson)
                        .withLiteralCheck((index, literal) -> parseProblem(literal.textValue())),
                IntrinsicFunction.of("States.JsonToString", List.of(ANY), JsonFunctions::jsonToString),
                IntrinsicFunction.of("States.JsonMerge", List.of(OBJECT, OBJECT, BOOLEAN), JsonFunctions::merge)
                        .withLiteralCheck((index, literal) -> index == 2 ? deepMergeProblem(literal) : null));
    }

    /**
     * Blank text gives null: real AWS turns {@code ""} and {@code " "} into {@code null}, and {@code "-0"} into
     * {@code 0} (LocalStack's recordings of AWS, test_json_manipulation.snapshot.json, test_string_to_json).
     */
    private static JsonNode stringToJson(Arguments arguments, EvaluationContext context) {
        String text = arguments.string(0);
        try {
            return parse(text);
        } catch (JsonProcessingException notJson) {
            throw arguments.fail(0, "is not JSON text: " + describe(notJson));
        }
    }

    private static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode parsed = Json.parse(text);
        return parsed == null || parsed.isMissingNode() ? Json.NODES.nullNode() : parsed;
    }

    /** Compact, like AWS: {@code {"Arg1": 1, "Arg2": []}} becomes {@code {"Arg1":1,"Arg2":[]}} (same recordings). */
    private static JsonNode jsonToString(Arguments arguments, EvaluationContext context) {
        return Json.NODES.textNode(Json.compact(arguments.value(0)));
    }

    /**
     * Shallow: a key of the second object replaces the same key of the first where it stands, new keys follow. The
     * guide: "Step Functions only supports the shallow merging mode; therefore, you must specify the boolean value as
     * false."
     */
    private static JsonNode merge(Arguments arguments, EvaluationContext context) {
        JsonNode first = arguments.object(0);
        JsonNode second = arguments.object(1);
        if (arguments.bool(2)) {
            throw arguments.fail(2, deepMergeProblem(Json.NODES.booleanNode(true)));
        }
        ObjectNode merged = Json.NODES.objectNode();
        first.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        second.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    private static String parseProblem(String text) {
        try {
            parse(text);
            return null;
        } catch (JsonProcessingException notJson) {
            return "is not JSON text: " + describe(notJson);
        }
    }

    /** Jackson's message without the source excerpt and line/column noise, which the call text already shows. */
    private static String describe(JsonProcessingException problem) {
        String message = problem.getOriginalMessage();
        int detailEnd = message.indexOf('\n');
        String summary = detailEnd < 0 ? message : message.substring(0, detailEnd);
        if (problem.getLocation() != null) {
            summary += " (at character " + (problem.getLocation().getColumnNr()) + " of line "
                    + problem.getLocation().getLineNr() + ")";
        }
        return summary;
    }

    private static String deepMergeProblem(JsonNode literal) {
        return literal.booleanValue()
                ? "is true, but Step Functions only supports shallow merging: the third argument must be false"
                : null;
    }
}
