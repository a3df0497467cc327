package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.jsonata.JsonataScope;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.PayloadTemplate;
import dev.lockstep.engine.internal.path.ValueExpression;

/**
 * An Assign block, compiled in its state's query language (developer guide: "Passing data between states with
 * variables"). In a JSONPath state it is a payload template: keys ending in {@code .$} take a path or an intrinsic
 * function, whose {@code $} is the state's result (LocalStack's AWS recording of a Pass with Result: {@code
 * "question.$": "$.theQuestion"} reads the Result, not the input). In a JSONata state its strings in {@code {% %}}
 * are expressions. Either way every value is computed before any is assigned.
 */
public abstract class AssignField {

    private AssignField() {}

    static AssignField of(JsonNode assign, boolean jsonata, String location, String pointer) {
        if (assign == null) {
            return null;
        }
        if (jsonata) {
            JsonataField field = JsonataField.compile(assign, location, pointer);
            return new AssignField() {
                @Override
                public ObjectNode evaluate(EvaluationContext pathContext, JsonataScope jsonataScope) {
                    return (ObjectNode) field.evaluate(jsonataScope);
                }
            };
        }
        ValueExpression template = PayloadTemplate.compile(assign, "Assign");
        return new AssignField() {
            @Override
            public ObjectNode evaluate(EvaluationContext pathContext, JsonataScope jsonataScope) {
                return (ObjectNode) template.evaluate(pathContext);
            }
        };
    }

    /**
     * The values to assign, by variable name, in the order written.
     *
     * @param pathContext for a JSONPath block: {@code $} bound to the state's result
     * @param jsonataScope for a JSONata block: {@code $states} as the field sees it
     */
    public abstract ObjectNode evaluate(EvaluationContext pathContext, JsonataScope jsonataScope);
}
