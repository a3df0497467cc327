package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import dev.lockstep.engine.internal.jsonata.JsonataField;

/**
 * A top-level Choice rule, the state it leads to, and what it assigns and (JSONata) outputs when it matches (developer
 * guide, "Choice workflow state": a rule's Assign and Output apply only when that rule is taken).
 */
public final class ChoiceBranch {

    /** A JSONPath rule's compiled comparison; null for a JSONata rule. */
    private final ChoiceCondition condition;

    private final JsonataField jsonataCondition;
    private final String nextName;
    private final AssignField assign;
    private final JsonataField output;
    private final String conditionLocation;
    private CompiledState next;

    ChoiceBranch(
            ChoiceCondition condition,
            JsonataField jsonataCondition,
            String nextName,
            AssignField assign,
            JsonataField output,
            String conditionLocation) {
        this.condition = condition;
        this.jsonataCondition = jsonataCondition;
        this.nextName = nextName;
        this.assign = assign;
        this.output = output;
        this.conditionLocation = conditionLocation;
    }

    /** True when the rule matches in {@code scope}. */
    public boolean matches(StateScope scope) {
        if (condition != null) {
            return condition.test(scope);
        }
        JsonNode value = jsonataCondition.evaluate(scope);
        if (!value.isBoolean()) {
            throw JsonataFailure.wrongType(conditionLocation, "a boolean", describe(value));
        }
        return value.booleanValue();
    }

    /** The rule's Assign block, or null. */
    public AssignField assign() {
        return assign;
    }

    /** The rule's JSONata Output, or null. */
    public JsonataField output() {
        return output;
    }

    public CompiledState next() {
        return next;
    }

    String nextName() {
        return nextName;
    }

    void link(CompiledState target) {
        this.next = target;
    }

    static String describe(JsonNode value) {
        String text = dev.lockstep.engine.internal.json.Json.compact(value);
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}
