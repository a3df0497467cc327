package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.model.Timestamps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Choice rules (developer guide, "Choice workflow state"; https://states-language.net, "Choice State"). A JSONPath
 * rule is a comparison ({@code Variable} and exactly one operator) or a boolean expression (And, Or, Not); a JSONata
 * rule is a {@code Condition}. Only top-level rules have Next, Assign and Output.
 */
final class ChoiceRules {

    private static final List<String> BOOLEAN_OPERATORS = List.of("And", "Or", "Not");
    private static final Set<String> JSONPATH_FIELDS = Set.of("Variable", "Next", "Assign", "Comment");
    /** "the Next field can appear only in a top-level Choice Rule"; Assign likewise. */
    private static final Set<String> TOP_LEVEL_ONLY = Set.of("Next", "Assign");

    private static final Set<String> JSONATA_FIELDS = Set.of("Condition", "Next", "Assign", "Output", "Comment");

    private ChoiceRules() {}

    static void choices(JsonNode rules, Location at, StateScope state) {
        if (!state.checks().nonEmptyArray(rules, at)) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            if (state.jsonata()) {
                jsonataRule(rules.get(i), at.index(i), state);
            } else {
                jsonPathRule(rules.get(i), at.index(i), true, state);
            }
        }
    }

    /**
     * A JSONata rule: Condition and Next required, Condition a boolean or a JSONata string. JSONPath rule fields are
     * reported with the query-language message, as for state fields.
     */
    private static void jsonataRule(JsonNode rule, Location at, StateScope state) {
        Checks checks = state.checks();
        if (!checks.object(rule, at)) {
            return;
        }
        checks.required(rule, at, List.of("Condition", "Next"));
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (JSONATA_FIELDS.contains(field)) {
                continue;
            }
            boolean jsonPathField = field.equals("Variable")
                    || ComparisonOperators.contains(field)
                    || BOOLEAN_OPERATORS.contains(field);
            state.diagnostics()
                    .schema(
                            jsonPathField
                                    ? ValidationMessages.onlyForJsonPath(field)
                                    : ValidationMessages.notSupported(field),
                            at);
        }
        JsonNode condition = rule.get("Condition");
        if (condition != null && !condition.isBoolean()) {
            if (condition.isTextual()) {
                checks.jsonataExpression(condition, at.field("Condition"), "BOOLEAN");
            } else {
                state.diagnostics().schema(ValidationMessages.expectedTypeOrJsonata("BOOLEAN"), at.field("Condition"));
            }
        }
        common(rule, at, state);
        if (rule.has("Output")) {
            checks.jsonataStrings(rule.get("Output"), at.field("Output"));
        }
    }

    private static void jsonPathRule(JsonNode rule, Location at, boolean topLevel, StateScope state) {
        Checks checks = state.checks();
        Diagnostics diagnostics = state.diagnostics();
        if (!checks.object(rule, at)) {
            return;
        }
        List<String> operators = new ArrayList<>();
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (ComparisonOperators.contains(field) || BOOLEAN_OPERATORS.contains(field)) {
                operators.add(field);
            } else if (field.equals("Condition") || field.equals("Output")) {
                diagnostics.schema(ValidationMessages.onlyForJsonata(field), at);
            } else if (!JSONPATH_FIELDS.contains(field) || (!topLevel && TOP_LEVEL_ONLY.contains(field))) {
                diagnostics.schema(ValidationMessages.notSupported(field), at);
            }
        }
        if (operators.isEmpty()) {
            diagnostics.schema(ValidationMessages.choiceRuleWithoutComparison(), at);
        } else if (operators.size() > 1) {
            diagnostics.schema(ValidationMessages.onlyOneOf(operators), at);
        }
        if (topLevel) {
            checks.required(rule, at, List.of("Next"));
        }
        if (operators.size() == 1) {
            String operator = operators.get(0);
            if (BOOLEAN_OPERATORS.contains(operator)) {
                if (rule.has("Variable")) {
                    diagnostics.schema(ValidationMessages.notSupported("Variable"), at);
                }
                booleanExpression(operator, rule.get(operator), at.field(operator), state);
            } else {
                comparison(rule, operator, at, state);
            }
        }
        if (topLevel) {
            common(rule, at, state);
        } else if (rule.has("Comment")) {
            checks.string(rule.get("Comment"), at.field("Comment"));
        }
    }

    /** "The values of Variable and Path fields in a comparison must be valid Reference Paths." */
    private static void comparison(JsonNode rule, String operator, Location at, StateScope state) {
        if (state.checks().required(rule, at, List.of("Variable"))) {
            state.paths().referencePath(rule.get("Variable"), at.field("Variable"), "Variable");
        }
        operand(operator, rule.get(operator), at.field(operator), state);
    }

    /**
     * "The values of the And and Or operators must be non-empty arrays of Choice Rules that must not themselves
     * contain Next fields. Likewise, the value of a Not operator must be a single Choice Rule".
     */
    private static void booleanExpression(String operator, JsonNode value, Location at, StateScope state) {
        if (operator.equals("Not")) {
            jsonPathRule(value, at, false, state);
            return;
        }
        if (!state.checks().nonEmptyArray(value, at)) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            jsonPathRule(value.get(i), at.index(i), false, state);
        }
    }

    private static void operand(String operator, JsonNode value, Location at, StateScope state) {
        Checks checks = state.checks();
        switch (ComparisonOperators.operand(operator)) {
            case STRING -> {
                if (checks.string(value, at) && PathChecks.looksLikePath(value.textValue())) {
                    state.diagnostics().warning(DiagnosticCodes.NO_PATH, ValidationMessages.noPath(), at);
                }
            }
            case NUMBER -> {
                if (!Checks.isFiniteNumber(value)) {
                    state.diagnostics().schema(ValidationMessages.expectedType("NUMBER"), at);
                }
            }
            case BOOLEAN -> checks.bool(value, at);
            case TIMESTAMP -> {
                if (checks.string(value, at) && !Timestamps.isValid(value.textValue())) {
                    state.diagnostics().schema(ValidationMessages.invalidTimestamp(value.textValue()), at);
                }
            }
            case PATH -> state.paths().referencePath(value, at, operator);
        }
    }

    /** Next, Assign and Comment of a top-level rule. */
    private static void common(JsonNode rule, Location at, StateScope state) {
        if (rule.has("Next")) {
            state.checks().string(rule.get("Next"), at.field("Next"));
        }
        if (rule.has("Assign")) {
            state.paths().assign(rule.get("Assign"), at.field("Assign"), state.language());
        }
        if (rule.has("Comment")) {
            state.checks().string(rule.get("Comment"), at.field("Comment"));
        }
    }
}
