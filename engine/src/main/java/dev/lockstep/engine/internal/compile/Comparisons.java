package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.model.Timestamps;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;

/**
 * Compiles the comparison operators of JSONPath Choice rules (developer guide: "Choice state", Choice rules).
 *
 * <p>Facts that shape this code: a variable of the wrong type makes a comparison false, never an error; a missing
 * variable is a {@code States.Runtime} error for every operator but {@code IsPresent}; strings compare as Java's
 * {@code compareTo}; numbers as IEEE 754 doubles; timestamps by instant.
 */
final class Comparisons {

    private Comparisons() {}

    static ChoiceCondition compile(String variable, String operator, JsonNode value) {
        JsonPath path = JsonPath.compile(variable);
        if (operator.equals("IsPresent")) {
            boolean expected = value.booleanValue();
            return context -> (path.find(context) != null) == expected;
        }
        if (operator.startsWith("Is")) {
            boolean expected = value.booleanValue();
            TypeTest test = typeTest(operator);
            return context -> test.matches(variableValue(path, context)) == expected;
        }
        if (operator.equals("StringMatches")) {
            WildcardPattern pattern = WildcardPattern.compile(value.asText());
            return context -> {
                JsonNode actual = variableValue(path, context);
                return actual.isTextual() && pattern.matches(actual.textValue());
            };
        }
        if (operator.endsWith("Path")) {
            Relation relation = relation(operator.substring(0, operator.length() - "Path".length()));
            JsonPath other = JsonPath.compile(value.asText());
            return context -> relation.holds(variableValue(path, context), variableValue(other, context));
        }
        if (operator.startsWith(TIMESTAMP)) {
            // The literal is parsed once, here; only the variable's value is parsed per evaluation.
            Outcome outcome = outcome(operator, TIMESTAMP);
            long expected = value.isTextual() ? Timestamps.parseMillis(value.textValue()) : Long.MIN_VALUE;
            return context -> timestampHolds(outcome, variableValue(path, context), expected);
        }
        Relation relation = relation(operator);
        return context -> relation.holds(variableValue(path, context), value);
    }

    /** The value of a rule's path; AWS fails the execution when it is missing. */
    private static JsonNode variableValue(JsonPath path, EvaluationContext context) {
        JsonNode value = path.find(context);
        if (value == null) {
            throw StatesError.runtime("Invalid path '" + path.text()
                    + "': The choice state's condition path references an invalid value.");
        }
        return value;
    }

    @FunctionalInterface
    private interface TypeTest {
        boolean matches(JsonNode value);
    }

    private static TypeTest typeTest(String operator) {
        switch (operator) {
            case "IsNull":
                return JsonNode::isNull;
            case "IsNumeric":
                return JsonNode::isNumber;
            case "IsString":
                return JsonNode::isTextual;
            case "IsBoolean":
                return JsonNode::isBoolean;
            case "IsTimestamp":
                return value -> value.isTextual() && Timestamps.isValid(value.textValue());
            default:
                throw new IllegalStateException("unknown type test " + operator);
        }
    }

    @FunctionalInterface
    private interface Relation {
        boolean holds(JsonNode actual, JsonNode expected);
    }

    private static final String STRING = "String";
    private static final String NUMERIC = "Numeric";
    private static final String TIMESTAMP = "Timestamp";

    private static Relation relation(String operator) {
        if (operator.equals("BooleanEquals")) {
            return (actual, expected) ->
                    actual.isBoolean() && expected.isBoolean() && actual.booleanValue() == expected.booleanValue();
        }
        if (operator.startsWith(STRING)) {
            return strings(outcome(operator, STRING));
        }
        if (operator.startsWith(NUMERIC)) {
            return numbers(outcome(operator, NUMERIC));
        }
        if (operator.startsWith(TIMESTAMP)) {
            Outcome outcome = outcome(operator, TIMESTAMP);
            return (actual, expected) -> expected.isTextual()
                    && timestampHolds(outcome, actual, Timestamps.parseMillis(expected.textValue()));
        }
        throw new IllegalStateException("unknown comparison operator " + operator);
    }

    @FunctionalInterface
    private interface Outcome {
        boolean of(int comparison);
    }

    /** The comparison an operator names after its type, e.g. {@code LessThanEquals} in {@code NumericLessThanEquals}. */
    private static Outcome outcome(String operator, String type) {
        switch (operator.substring(type.length())) {
            case "Equals":
                return c -> c == 0;
            case "LessThan":
                return c -> c < 0;
            case "LessThanEquals":
                return c -> c <= 0;
            case "GreaterThan":
                return c -> c > 0;
            case "GreaterThanEquals":
                return c -> c >= 0;
            default:
                throw new IllegalStateException("unknown comparison operator " + operator);
        }
    }

    private static Relation strings(Outcome outcome) {
        return (actual, expected) -> actual.isTextual()
                && expected.isTextual()
                && outcome.of(actual.textValue().compareTo(expected.textValue()));
    }

    private static Relation numbers(Outcome outcome) {
        return (actual, expected) -> actual.isNumber()
                && expected.isNumber()
                && outcome.of(Double.compare(actual.doubleValue(), expected.doubleValue()));
    }

    /** Whether {@code actual} is a timestamp that stands in {@code outcome}'s relation to {@code expectedMillis}. */
    private static boolean timestampHolds(Outcome outcome, JsonNode actual, long expectedMillis) {
        if (!actual.isTextual() || expectedMillis == Long.MIN_VALUE) {
            return false;
        }
        long actualMillis = Timestamps.parseMillis(actual.textValue());
        return actualMillis != Long.MIN_VALUE && outcome.of(Long.compare(actualMillis, expectedMillis));
    }
}
