package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.intrinsic.Intrinsics;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;
import dev.lockstep.engine.internal.path.ValueExpression;

/**
 * A Fail state's Error or Cause: a literal, or (ErrorPath, CausePath) a reference path or an intrinsic function that
 * yields a string (developer guide: "Fail workflow state").
 */
public final class FailField {

    private static final FailField ABSENT = new FailField(null, null, null);

    private final String literal;
    private final ValueExpression expression;
    private final String fieldName;
    private JsonataField jsonata;

    private FailField(String literal, ValueExpression expression, String fieldName) {
        this.literal = literal;
        this.expression = expression;
        this.fieldName = fieldName;
    }

    /** A JSONata state's Error or Cause: a string, or an expression that must yield a string. */
    static FailField jsonata(JsonNode value, String fieldName, String pointer) {
        if (value == null || value.isNull()) {
            return ABSENT;
        }
        JsonataField field = JsonataField.compile(value, fieldName, pointer);
        if (field.isLiteral()) {
            return new FailField(value.asText(), null, null);
        }
        FailField compiled = new FailField(null, null, fieldName);
        compiled.jsonata = field;
        return compiled;
    }

    static FailField of(JsonNode literal, String path, String pathFieldName) {
        if (path != null) {
            if (Intrinsics.isCall(path)) {
                return new FailField(null, Intrinsics.compile(path), pathFieldName);
            }
            JsonPath compiled = JsonPath.compile(path);
            return new FailField(null, context -> find(compiled, context, pathFieldName), pathFieldName);
        }
        if (literal == null || literal.isNull()) {
            return ABSENT;
        }
        return new FailField(literal.asText(), null, null);
    }

    private static JsonNode find(JsonPath path, EvaluationContext context, String fieldName) {
        JsonNode value = path.find(context);
        if (value == null) {
            throw StatesError.runtime("The JSONPath '" + path.text() + "' specified for the field '" + fieldName
                    + "' could not be found in the input '" + context.textOf(context.input()) + "'");
        }
        return value;
    }

    /** The value, or null when the field is absent. */
    public String evaluate(StateScope context) {
        if (jsonata != null) {
            JsonNode value = jsonata.evaluate(context);
            if (!value.isTextual()) {
                throw JsonataFailure.wrongType(fieldName, "a string", ChoiceBranch.describe(value));
            }
            return value.textValue();
        }
        if (expression == null) {
            return literal;
        }
        JsonNode value = expression.evaluate(context);
        if (!value.isTextual()) {
            throw StatesError.runtime(
                    "The value of the field '" + fieldName + "' must be a string, but it is " + Json.compact(value));
        }
        return value.textValue();
    }
}
