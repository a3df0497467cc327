package dev.lockstep.engine.internal.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison operators of JSONPath Choice rules and what each one's value must be (developer guide, "Choice
 * rules"): the one list the validator checks rules against and the model builder reads them with.
 */
public final class ComparisonOperators {

    /** What the value of a comparison operator must be. */
    enum Operand {
        STRING,
        NUMBER,
        BOOLEAN,
        TIMESTAMP,
        PATH
    }

    private static final Map<String, Operand> OPERANDS = operands();

    private ComparisonOperators() {}

    /** True for a comparison operator such as {@code StringEquals} or {@code IsPresent}; false for And, Or, Not. */
    public static boolean contains(String name) {
        return OPERANDS.containsKey(name);
    }

    /** What the value of {@code operator}, one of these operators, must be. */
    static Operand operand(String operator) {
        return OPERANDS.get(operator);
    }

    /** The developer guide's list; there is no StringMatchesPath. */
    private static Map<String, Operand> operands() {
        Map<String, Operand> operators = new LinkedHashMap<>();
        for (String comparison : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
            operators.put("String" + comparison, Operand.STRING);
            operators.put("String" + comparison + "Path", Operand.PATH);
            operators.put("Numeric" + comparison, Operand.NUMBER);
            operators.put("Numeric" + comparison + "Path", Operand.PATH);
            operators.put("Timestamp" + comparison, Operand.TIMESTAMP);
            operators.put("Timestamp" + comparison + "Path", Operand.PATH);
        }
        operators.put("StringMatches", Operand.STRING);
        operators.put("BooleanEquals", Operand.BOOLEAN);
        operators.put("BooleanEqualsPath", Operand.PATH);
        for (String test : List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp")) {
            operators.put(test, Operand.BOOLEAN);
        }
        return Map.copyOf(operators);
    }
}
