package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Checks of plain values (types, ranges, enumerations, JSONata strings); each reports what it finds wrong. */
final class Checks {

    static final BigInteger MAX_SECONDS = BigInteger.valueOf(99_999_999);

    private final Diagnostics diagnostics;

    Checks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    boolean string(JsonNode value, Location at) {
        return type(value.isTextual(), "STRING", at);
    }

    boolean bool(JsonNode value, Location at) {
        return type(value.isBoolean(), "BOOLEAN", at);
    }

    boolean object(JsonNode value, Location at) {
        return type(value.isObject(), "OBJECT", at);
    }

    boolean array(JsonNode value, Location at) {
        return type(value.isArray(), "ARRAY", at);
    }

    /** An array with at least one element. */
    boolean nonEmptyArray(JsonNode value, Location at) {
        if (!array(value, at)) {
            return false;
        }
        if (value.isEmpty()) {
            diagnostics.schema(ValidationMessages.cannotBeEmpty(), at);
            return false;
        }
        return true;
    }

    /** A string from {@code allowed}. */
    void enumeration(JsonNode value, Location at, List<String> allowed) {
        if (string(value, at) && !allowed.contains(value.textValue())) {
            diagnostics.schema(ValidationMessages.oneOf(allowed), at);
        }
    }

    /**
     * An integer between {@code min} and {@code max} ({@code max} may be null). A number with a zero fraction, such
     * as 5.0, counts as an integer.
     */
    Optional<BigInteger> integer(JsonNode value, Location at, long min, BigInteger max) {
        Optional<BigInteger> integer = integerValue(value);
        if (integer.isEmpty()) {
            diagnostics.schema(ValidationMessages.expectedType("INTEGER"), at);
            return Optional.empty();
        }
        return inRange(integer.get(), at, BigInteger.valueOf(min), max) ? integer : Optional.empty();
    }

    /** A number between {@code min} and {@code max} (either may be null), written as AWS writes them. */
    void number(JsonNode value, Location at, String min, String max) {
        if (!isFiniteNumber(value)) {
            diagnostics.schema(ValidationMessages.expectedType("NUMBER"), at);
            return;
        }
        BigDecimal number = value.decimalValue();
        if (min != null && number.compareTo(new BigDecimal(min)) < 0) {
            diagnostics.schema(ValidationMessages.minimum(min), at);
        } else if (max != null && number.compareTo(new BigDecimal(max)) > 0) {
            diagnostics.schema(ValidationMessages.maximum(max), at);
        }
    }

    /**
     * In a JSONata state, a JSONata string or an integer in range; in a JSONPath state, an integer in range. Returns
     * the integer when the value is one and in range.
     */
    Optional<BigInteger> integerOrJsonata(
            JsonNode value, Location at, QueryLanguage language, long min, BigInteger max) {
        if (language == QueryLanguage.JSONATA && value.isTextual()) {
            jsonataExpression(value, at, "INTEGER");
            return Optional.empty();
        }
        if (language == QueryLanguage.JSONATA && integerValue(value).isEmpty()) {
            diagnostics.schema(ValidationMessages.expectedTypeOrJsonata("INTEGER"), at);
            return Optional.empty();
        }
        return integer(value, at, min, max);
    }

    /** As {@link #integerOrJsonata}, for a number. */
    void numberOrJsonata(JsonNode value, Location at, QueryLanguage language, String min, String max) {
        if (language == QueryLanguage.JSONATA && value.isTextual()) {
            jsonataExpression(value, at, "NUMBER");
        } else if (language == QueryLanguage.JSONATA && !isFiniteNumber(value)) {
            diagnostics.schema(ValidationMessages.expectedTypeOrJsonata("NUMBER"), at);
        } else {
            number(value, at, min, max);
        }
    }

    /** A string that must be a whole JSONata expression, in a field whose literal form is {@code literalType}. */
    void jsonataExpression(JsonNode value, Location at, String literalType) {
        if (isJsonata(value)) {
            return;
        }
        diagnostics.schema(
                opensJsonata(value.textValue())
                        ? ValidationMessages.malformedJsonata()
                        : ValidationMessages.expectedTypeOrJsonata(literalType),
                at);
    }

    /**
     * Every string inside {@code value} that opens a JSONata expression must close it; reported once, at the field.
     * The expression itself is parsed when the definition is compiled.
     */
    void jsonataStrings(JsonNode value, Location at) {
        if (firstMalformedJsonata(value)) {
            diagnostics.schema(ValidationMessages.malformedJsonata(), at);
        }
    }

    /** The fields of {@code object} that are not in {@code known}, in document order, each reported at the object. */
    void unknownFields(JsonNode object, Location at, Collection<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                diagnostics.schema(ValidationMessages.notSupported(name), at);
            }
        }
    }

    /** The fields of {@code fields} missing from {@code object}, reported together at the object. */
    boolean required(JsonNode object, Location at, List<String> fields) {
        List<String> missing =
                fields.stream().filter(field -> !object.has(field)).toList();
        if (!missing.isEmpty()) {
            diagnostics.schema(ValidationMessages.required(missing), at);
        }
        return missing.isEmpty();
    }

    /** A string that is a whole JSONata expression, as the compiler reads it ({@link JsonataField#isExpression}). */
    static boolean isJsonata(JsonNode value) {
        return value.isTextual() && JsonataField.isExpression(value.textValue());
    }

    /** A string that starts a JSONata expression, whether or not it ends one. */
    static boolean opensJsonata(String text) {
        return text.startsWith("{%");
    }

    /**
     * A number that has a decimal value. A tree built in code, or read with non-numeric numbers enabled, can hold NaN
     * and infinities, which are numbers to Jackson but not to JSON or to Step Functions.
     */
    static boolean isFiniteNumber(JsonNode value) {
        return value.isNumber()
                && (value.isIntegralNumber() || value.isBigDecimal() || Double.isFinite(value.doubleValue()));
    }

    static Optional<BigInteger> integerValue(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Optional.of(value.bigIntegerValue());
        }
        if (isFiniteNumber(value)) {
            BigDecimal decimal = value.decimalValue();
            if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
                return Optional.of(decimal.toBigInteger());
            }
        }
        return Optional.empty();
    }

    private boolean inRange(BigInteger value, Location at, BigInteger min, BigInteger max) {
        if (value.compareTo(min) < 0) {
            diagnostics.schema(ValidationMessages.minimum(min.toString()), at);
            return false;
        }
        if (max != null && value.compareTo(max) > 0) {
            diagnostics.schema(ValidationMessages.maximum(max.toString()), at);
            return false;
        }
        return true;
    }

    private boolean type(boolean matches, String type, Location at) {
        if (!matches) {
            diagnostics.schema(ValidationMessages.expectedType(type), at);
        }
        return matches;
    }

    private static boolean firstMalformedJsonata(JsonNode value) {
        if (value.isTextual()) {
            return opensJsonata(value.textValue()) && !JsonataField.isExpression(value.textValue());
        }
        for (JsonNode child : value) {
            if (firstMalformedJsonata(child)) {
                return true;
            }
        }
        return false;
    }
}
