package dev.lockstep.engine.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A Choice rule: a comparison, a boolean combination of rules, or (JSONata) a Condition expression. */
public sealed interface ChoiceRule
        permits ChoiceRule.Comparison, ChoiceRule.And, ChoiceRule.Or, ChoiceRule.Not, ChoiceRule.Condition {

    /** Where the rule is, e.g. {@code /States/C/Choices[0]}. */
    String pointer();

    /** For a top-level rule, the Next state; null in nested rules. */
    String next();

    /** For a top-level rule, its Assign block, or null. */
    JsonNode assign();

    /** For a top-level JSONata rule, its Output, or null. */
    JsonNode output();

    /**
     * {@code Variable} compared by {@code operator} (e.g. {@code StringEquals}, {@code NumericLessThanPath},
     * {@code IsPresent}) to {@code value}.
     */
    record Comparison(
            String variable,
            String operator,
            JsonNode value,
            String pointer,
            String next,
            JsonNode assign,
            JsonNode output)
            implements ChoiceRule {}

    record And(List<ChoiceRule> rules, String pointer, String next, JsonNode assign, JsonNode output)
            implements ChoiceRule {}

    record Or(List<ChoiceRule> rules, String pointer, String next, JsonNode assign, JsonNode output)
            implements ChoiceRule {}

    record Not(ChoiceRule rule, String pointer, String next, JsonNode assign, JsonNode output) implements ChoiceRule {}

    /** A JSONata Choice rule: {@code Condition} is a {@code {% %}} expression or a boolean literal. */
    record Condition(JsonNode condition, String pointer, String next, JsonNode assign, JsonNode output)
            implements ChoiceRule {}
}
