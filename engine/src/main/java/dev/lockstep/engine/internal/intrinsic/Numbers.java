package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Integer arithmetic as the intrinsics do it: AWS rounds non-integer arguments to the nearest integer. */
final class Numbers {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Numbers() {}

    /**
     * The number rounded like Java's {@code Math.round}: halves go up, toward positive infinity. Real AWS runs of
     * States.MathAdd show exactly this: 2.5 gives 3, -0.5 gives 0, -2.5 gives -2, -1.51 gives -2 (LocalStack's
     * recordings of AWS, test_math_operations.snapshot.json, test_math_add).
     */
    static BigInteger roundHalfUp(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue();
        }
        return number.decimalValue().add(HALF).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    static boolean isInt(BigInteger value) {
        return value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0;
    }

    static boolean isLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    /** The smallest Jackson node for an integer, so results print and compare like parsed JSON. */
    static JsonNode node(long value) {
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return Json.NODES.numberNode((int) value);
        }
        return Json.NODES.numberNode(value);
    }

    /** An integer node for a literal or a result, whatever its size. */
    static JsonNode node(BigInteger value) {
        return isLong(value) ? node(value.longValueExact()) : Json.NODES.numberNode(value);
    }

    /** The integral value of a number that has no fractional part, or null if it has one. */
    static BigInteger exactInteger(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue();
        }
        try {
            return number.decimalValue().toBigIntegerExact();
        } catch (ArithmeticException notIntegral) {
            return null;
        }
    }
}
