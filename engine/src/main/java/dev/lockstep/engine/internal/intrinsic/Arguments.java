package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;

/**
 * The evaluated arguments of one call, with accessors that check each value's type and say what is wrong in the words
 * a user needs: which function, which argument, what was expected, what was found.
 */
final class Arguments {

    private final IntrinsicFunction function;
    private final List<JsonNode> values;

    Arguments(IntrinsicFunction function, List<JsonNode> values) {
        this.function = function;
        this.values = values;
    }

    int size() {
        return values.size();
    }

    JsonNode value(int index) {
        return values.get(index);
    }

    List<JsonNode> values() {
        return values;
    }

    String string(int index) {
        return expect(index, ArgumentKind.STRING).textValue();
    }

    JsonNode array(int index) {
        return expect(index, ArgumentKind.ARRAY);
    }

    JsonNode object(int index) {
        return expect(index, ArgumentKind.OBJECT);
    }

    boolean bool(int index) {
        return expect(index, ArgumentKind.BOOLEAN).booleanValue();
    }

    /** A number rounded to the nearest integer, as the developer guide says AWS does for non-integer values. */
    BigInteger roundedInteger(int index) {
        return Numbers.roundHalfUp(expect(index, ArgumentKind.NUMBER));
    }

    /** A number rounded to the nearest integer that must fit a Java long; larger values are refused. */
    long roundedLong(int index) {
        BigInteger value = roundedInteger(index);
        if (!Numbers.isLong(value)) {
            throw fail(
                    index,
                    "is " + value + ", which is too large: it must lie between " + Long.MIN_VALUE + " and "
                            + Long.MAX_VALUE);
        }
        return value.longValueExact();
    }

    /** A number with no fractional part ({@code 5} or {@code 5.0}); a fraction is refused, not rounded. */
    BigInteger exactInteger(int index) {
        JsonNode number = expect(index, ArgumentKind.NUMBER);
        BigInteger value = Numbers.exactInteger(number);
        if (value == null) {
            throw fail(index, "must be an integer, but it is " + number.asText());
        }
        return value;
    }

    private JsonNode expect(int index, ArgumentKind kind) {
        JsonNode value = values.get(index);
        if (!kind.accepts(value)) {
            throw fail(index, "must be " + kind.description() + ", but it is " + JsonValues.describe(value));
        }
        return value;
    }

    /** A failure that names the argument: "argument 2 of States.X &lt;problem&gt;". */
    IntrinsicProblem fail(int index, String problem) {
        return IntrinsicProblem.failure("argument " + (index + 1) + " of " + function.name() + " " + problem);
    }

    /** A failure about the call as a whole. */
    IntrinsicProblem fail(String problem) {
        return IntrinsicProblem.failure(function.name() + ": " + problem);
    }
}
