package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.ANY;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.ARRAY;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength and ArrayUnique (developer guide,
 * "Intrinsics for arrays").
 */
final class ArrayFunctions {

    /** "The newly generated array can't contain more than 1000 items." */
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayFunctions() {}

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.Array", List.of(ANY), ArrayFunctions::array)
                        .withArity(0, IntrinsicFunction.UNBOUNDED),
                IntrinsicFunction.of("States.ArrayPartition", List.of(ARRAY, NUMBER), ArrayFunctions::partition)
                        .withLiteralCheck((index, literal) -> index == 1 ? chunkSizeProblem(literal) : null),
                IntrinsicFunction.of("States.ArrayContains", List.of(ARRAY, ANY), ArrayFunctions::contains),
                IntrinsicFunction.of("States.ArrayRange", List.of(NUMBER, NUMBER, NUMBER), ArrayFunctions::range)
                        .withLiteralCheck((index, literal) -> index == 2 ? stepProblem(literal) : null),
                IntrinsicFunction.of("States.ArrayGetItem", List.of(ARRAY, NUMBER), ArrayFunctions::getItem)
                        .withLiteralCheck((index, literal) -> index == 1 ? indexProblem(literal) : null),
                IntrinsicFunction.of("States.ArrayLength", List.of(ARRAY), ArrayFunctions::length),
                IntrinsicFunction.of("States.ArrayUnique", List.of(ARRAY), ArrayFunctions::unique));
    }

    private static JsonNode array(Arguments arguments, EvaluationContext context) {
        ArrayNode result = Json.NODES.arrayNode(arguments.size());
        arguments.values().forEach(result::add);
        return result;
    }

    private static JsonNode partition(Arguments arguments, EvaluationContext context) {
        JsonNode array = arguments.array(0);
        BigInteger chunkSize = arguments.roundedInteger(1);
        if (chunkSize.signum() <= 0) {
            throw arguments.fail(1, "is the chunk size and must be a positive integer, but it is " + chunkSize);
        }
        int size = chunkSize.min(BigInteger.valueOf(Math.max(1, array.size()))).intValueExact();
        ArrayNode chunks = Json.NODES.arrayNode();
        ArrayNode chunk = null;
        for (JsonNode element : array) {
            if (chunk == null || chunk.size() == size) {
                chunk = chunks.addArray();
            }
            chunk.add(element);
        }
        return chunks;
    }

    private static JsonNode contains(Arguments arguments, EvaluationContext context) {
        JsonNode array = arguments.array(0);
        String wanted = JsonValues.canonicalKey(arguments.value(1));
        for (JsonNode element : array) {
            if (JsonValues.canonicalKey(element).equals(wanted)) {
                return Json.NODES.booleanNode(true);
            }
        }
        return Json.NODES.booleanNode(false);
    }

    /** The end is inclusive: "the second argument is the final element of the new array" ({@code (1, 9, 2)} ends 9). */
    private static JsonNode range(Arguments arguments, EvaluationContext context) {
        BigInteger start = arguments.roundedInteger(0);
        BigInteger end = arguments.roundedInteger(1);
        BigInteger step = arguments.roundedInteger(2);
        if (step.signum() == 0) {
            throw arguments.fail(2, "is the step and must not be 0");
        }
        BigInteger count = rangeSize(start, end, step);
        if (count.compareTo(BigInteger.valueOf(MAX_RANGE_ITEMS)) > 0) {
            throw arguments.fail("the range from " + start + " to " + end + " in steps of " + step + " has " + count
                    + " items, but an array made by States.ArrayRange can hold at most " + MAX_RANGE_ITEMS);
        }
        ArrayNode result = Json.NODES.arrayNode(count.intValueExact());
        BigInteger value = start;
        for (int i = 0; i < count.intValueExact(); i++) {
            result.add(Numbers.node(value));
            value = value.add(step);
        }
        return result;
    }

    /** How many of start, start + step, ... lie between start and end inclusive; 0 when step points away from end. */
    static BigInteger rangeSize(BigInteger start, BigInteger end, BigInteger step) {
        BigInteger distance = end.subtract(start);
        if (distance.signum() != 0 && distance.signum() != step.signum()) {
            return BigInteger.ZERO;
        }
        return distance.divide(step).add(BigInteger.ONE);
    }

    private static JsonNode getItem(Arguments arguments, EvaluationContext context) {
        JsonNode array = arguments.array(0);
        BigInteger index = arguments.exactInteger(1);
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(array.size())) >= 0) {
            throw arguments.fail(
                    1,
                    "is the index " + index + ", which is outside the array: it has " + array.size()
                            + " items, indexed from 0");
        }
        return array.get(index.intValueExact());
    }

    private static JsonNode length(Arguments arguments, EvaluationContext context) {
        return Json.NODES.numberNode(arguments.array(0).size());
    }

    /** Keeps the first of equal elements, in order: the doc example turns [1,2,3,3,3,3,3,3,4] into [1,2,3,4]. */
    private static JsonNode unique(Arguments arguments, EvaluationContext context) {
        JsonNode array = arguments.array(0);
        Set<String> seen = new HashSet<>();
        ArrayNode result = Json.NODES.arrayNode();
        for (JsonNode element : array) {
            if (seen.add(JsonValues.canonicalKey(element))) {
                result.add(element);
            }
        }
        return result;
    }

    private static String chunkSizeProblem(JsonNode literal) {
        return Numbers.roundHalfUp(literal).signum() <= 0
                ? "is the chunk size " + literal.asText() + ", which is not a positive integer"
                : null;
    }

    private static String stepProblem(JsonNode literal) {
        return Numbers.roundHalfUp(literal).signum() == 0
                ? "is the step " + literal.asText() + ", which rounds to 0"
                : null;
    }

    private static String indexProblem(JsonNode literal) {
        BigInteger index = Numbers.exactInteger(literal);
        if (index == null) {
            return "is the index " + literal.asText() + ", which is not an integer";
        }
        return index.signum() < 0 ? "is the index " + index + ", which is negative" : null;
    }
}
