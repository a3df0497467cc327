package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The boolean expression inside {@code [?(...)]}, with Jayway's semantics: a path that finds nothing is "undefined",
 * which equals nothing, is ordered against nothing, and makes {@code !=} and {@code nin} true.
 */
sealed interface FilterExpression {

    /** Whether {@code current} (the {@code @}) passes; {@code root} is what {@code $} means inside the filter. */
    boolean test(JsonNode current, JsonNode root);

    record Or(FilterExpression[] alternatives) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            for (FilterExpression alternative : alternatives) {
                if (alternative.test(current, root)) {
                    return true;
                }
            }
            return false;
        }
    }

    record And(FilterExpression[] conditions) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            for (FilterExpression condition : conditions) {
                if (!condition.test(current, root)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Not(FilterExpression negated) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            return !negated.test(current, root);
        }
    }

    /** {@code [?(@.isbn)]}: the path finds something, JSON null included. */
    record Exists(Operand.PathOperand path) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            JsonNode found = path.value(current, root);
            return found != null && !(path.indefinite() && found.isEmpty());
        }
    }

    record Comparison(Operand left, Operator operator, Operand right) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            return operator.holds(left.value(current, root), right.value(current, root));
        }
    }

    /** {@code =~ /regex/flags}: the whole text must match, as Jayway's {@code Matcher.matches()}. */
    record RegexMatch(Operand subject, Pattern pattern) implements FilterExpression {
        @Override
        public boolean test(JsonNode current, JsonNode root) {
            return pattern.matcher(regexInput(subject.value(current, root))).matches();
        }

        /** Jayway matches strings, numbers and booleans by their text and anything else as the empty string. */
        private static String regexInput(JsonNode value) {
            if (value == null) {
                return "";
            }
            if (value.isTextual()) {
                return value.textValue();
            }
            if (value.isNumber()) {
                return decimal(value).toString();
            }
            if (value.isBoolean()) {
                return value.asText();
            }
            return "";
        }
    }

    /** A value in a filter: a literal, or a path from {@code @} or {@code $}. */
    sealed interface Operand {

        /** The value, or {@code null} when a path finds nothing. */
        JsonNode value(JsonNode current, JsonNode root);

        record Literal(JsonNode value) implements Operand {
            @Override
            public JsonNode value(JsonNode current, JsonNode root) {
                return value;
            }
        }

        record PathOperand(boolean fromRoot, Steps steps) implements Operand {
            @Override
            public JsonNode value(JsonNode current, JsonNode root) {
                return steps.find(fromRoot ? root : current);
            }

            boolean indefinite() {
                return !steps.definite();
            }
        }
    }

    enum Operator {
        EQUAL("==") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                return equal(left, right);
            }
        },
        NOT_EQUAL("!=") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                return !equal(left, right);
            }
        },
        LESS("<") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                Integer order = order(left, right);
                return order != null && order < 0;
            }
        },
        LESS_OR_EQUAL("<=") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                Integer order = order(left, right);
                return order != null && order <= 0;
            }
        },
        GREATER(">") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                Integer order = order(left, right);
                return order != null && order > 0;
            }
        },
        GREATER_OR_EQUAL(">=") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                Integer order = order(left, right);
                return order != null && order >= 0;
            }
        },
        IN("in") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                if (left == null || right == null || !right.isArray()) {
                    return false;
                }
                for (JsonNode element : right) {
                    if (equal(left, element)) {
                        return true;
                    }
                }
                return false;
            }
        },
        NOT_IN("nin") {
            @Override
            boolean holds(JsonNode left, JsonNode right) {
                return !IN.holds(left, right);
            }
        };

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        abstract boolean holds(JsonNode left, JsonNode right);

        /** JSON equality, with numbers compared by value ({@code 1 == 1.0}); undefined equals nothing. */
        static boolean equal(JsonNode left, JsonNode right) {
            if (left == null || right == null) {
                return false;
            }
            if (left.isNumber() && right.isNumber()) {
                return compareNumbers(left, right) == 0;
            }
            return left.equals(right);
        }

        /** Numbers by value, strings by UTF-16 code units (Java's compareTo); anything else has no order. */
        static Integer order(JsonNode left, JsonNode right) {
            if (left == null || right == null) {
                return null;
            }
            if (left.isNumber() && right.isNumber()) {
                return compareNumbers(left, right);
            }
            if (left.isTextual() && right.isTextual()) {
                return left.textValue().compareTo(right.textValue());
            }
            return null;
        }

        private static int compareNumbers(JsonNode left, JsonNode right) {
            if (left.canConvertToExactIntegral()
                    && right.canConvertToExactIntegral()
                    && left.canConvertToLong()
                    && right.canConvertToLong()) {
                return Long.compare(left.longValue(), right.longValue());
            }
            return decimal(left).compareTo(decimal(right));
        }
    }

    private static BigDecimal decimal(JsonNode number) {
        if (number.isIntegralNumber()) {
            return new BigDecimal(number.bigIntegerValue());
        }
        double value = number.doubleValue();
        if (number.isDouble() || number.isFloat()) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(value);
        }
        return number.decimalValue();
    }
}
