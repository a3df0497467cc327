package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.functions.Uuids;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * States.MathAdd, MathRandom and UUID (developer guide, "Intrinsics for Math operations" and "Intrinsic for unique
 * identifier generation"). The random ones draw from the execution's seeded generator, so a run repeats exactly.
 */
final class MathFunctions {

    private MathFunctions() {}

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.MathAdd", List.of(NUMBER, NUMBER), MathFunctions::add)
                        .withLiteralCheck((index, literal) -> intRangeProblem(Numbers.roundHalfUp(literal))),
                IntrinsicFunction.of("States.MathRandom", List.of(NUMBER, NUMBER, NUMBER), MathFunctions::random)
                        .withArity(2, 3),
                IntrinsicFunction.of("States.UUID", List.of(), MathFunctions::uuid));
    }

    /**
     * Each argument is rounded first, then added: real AWS gives 3 for (1.49, 1.5) and -3 for (-1.5, -1.51). The sum
     * is exact even past the int range; whether AWS overflows there is unknown.
     */
    private static JsonNode add(Arguments arguments, EvaluationContext context) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < 2; i++) {
            BigInteger value = arguments.roundedInteger(i);
            String problem = intRangeProblem(value);
            if (problem != null) {
                throw arguments.fail(i, problem);
            }
            sum = sum.add(value);
        }
        return Numbers.node(sum);
    }

    /** "You must specify integer values in the range of -2147483648 and 2147483647." */
    private static String intRangeProblem(BigInteger value) {
        return Numbers.isInt(value)
                ? null
                : "is " + value + ", outside the range States.MathAdd accepts: " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE;
    }

    /**
     * A number from start (inclusive) to end (exclusive), both rounded to integers, as the guide says. With a seed the
     * draw comes from a {@link Random} seeded with it, so the same seed always gives the same number (AWS's own
     * generator is unknown, so the numbers themselves differ from AWS's); without one it comes from the execution's
     * generator.
     */
    private static JsonNode random(Arguments arguments, EvaluationContext context) {
        long start = arguments.roundedLong(0);
        long end = arguments.roundedLong(1);
        if (start >= end) {
            throw arguments.fail("the start " + start + " must be less than the end " + end
                    + ", because the end is excluded from the numbers it draws from");
        }
        RandomGenerator generator = arguments.size() == 3 ? new Random(arguments.roundedLong(2)) : context.random();
        return Numbers.node(generator.nextLong(start, end));
    }

    private static JsonNode uuid(Arguments arguments, EvaluationContext context) {
        return Json.NODES.textNode(Uuids.randomV4(context.random()));
    }
}
