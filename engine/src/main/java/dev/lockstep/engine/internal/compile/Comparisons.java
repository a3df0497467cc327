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
        boolean byPath = operator.endsWith("Path");
        String base = byPath ? operator.substring(0, operator.length() - "Path".length()) : operator;
        Relation relation = relation(base);
        if (byPath) {
            JsonPath other = JsonPath.compile(value.asText());
            return context -> relation.holds(variableValue(path, context), variableValue(other, context));
        }
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

    private static Relation relation(String operator) {
        switch (operator) {
            case "StringEquals":
                return strings(c -> c == 0);
            case "StringLessThan":
                return strings(c -> c < 0);
            case "StringLessThanEquals":
                return strings(c -> c <= 0);
            case "StringGreaterThan":
                return strings(c -> c > 0);
            case "StringGreaterThanEquals":
                return strings(c -> c >= 0);
            case "NumericEquals":
                return numbers(c -> c == 0);
            case "NumericLessThan":
                return numbers(c -> c < 0);
            case "NumericLessThanEquals":
                return numbers(c -> c <= 0);
            case "NumericGreaterThan":
                return numbers(c -> c > 0);
            case "NumericGreaterThanEquals":
                return numbers(c -> c >= 0);
            case "BooleanEquals":
                return (actual, expected) ->
                        actual.isBoolean() && expected.isBoolean() && actual.booleanValue() == expected.booleanValue();
            case "TimestampEquals":
                return timestamps(c -> c == 0);
            case "TimestampLessThan":
                return timestamps(c -> c < 0);
            case "TimestampLessThanEquals":
                return timestamps(c -> c <= 0);
            case "TimestampGreaterThan":
                return timestamps(c -> c > 0);
            case "TimestampGreaterThanEquals":
                return timestamps(c -> c >= 0);
            default:
                throw new IllegalStateException("unknown comparison operator " + operator);
        }
    }

    @FunctionalInterface
    private interface Outcome {
        boolean of(int comparison);
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

    private static Relation timestamps(Outcome outcome) {
        return (actual, expected) -> {
            if (!actual.isTextual() || !expected.isTextual()) {
                return false;
            }
            long left = Timestamps.parseMillis(actual.textValue());
            long right = Timestamps.parseMillis(expected.textValue());
            return left != Long.MIN_VALUE && right != Long.MIN_VALUE && outcome.of(Long.compare(left, right));
        };
    }
}
