package dev.lockstep.engine.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A field of a JSONata state, compiled: a {@code {% %}} string is an expression; an object or array is walked, and
 * each string in it that is a {@code {% %}} expression is evaluated, everything else taken literally (developer
 * guide, "Transforming data with JSONata": Arguments and Output). Expressions are compiled once.
 *
 * <p>An expression that evaluates to undefined fails the field with States.QueryEvaluationError, at any depth (AWS
 * recording: {@code Output/result} "returned nothing (undefined)").
 */
public abstract class JsonataField {

    private JsonataField() {}

    /**
     * Compiles {@code value}; {@code location} names the field relative to its state (e.g. {@code Output},
     * {@code Choices[0]/Condition}), {@code pointer} where it is in the definition, for syntax errors.
     *
     * @throws JsonataSyntaxException when a {@code {% %}} string is not a JSONata expression
     */
    public static JsonataField compile(JsonNode value, String location, String pointer) {
        if (value.isTextual() && isExpression(value.textValue())) {
            try {
                return new Expression(JsonataExpression.compile(body(value.textValue())), location);
            } catch (JsonataSyntaxException e) {
                throw e.at(pointer);
            }
        }
        if (value.isObject() && containsExpression(value)) {
            List<String> names = new ArrayList<>();
            List<JsonataField> fields = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                names.add(entry.getKey());
                fields.add(compile(
                        entry.getValue(),
                        location + "/" + entry.getKey(),
                        pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1")));
            }
            return new ObjectTemplate(names.toArray(new String[0]), fields.toArray(new JsonataField[0]));
        }
        if (value.isArray() && containsExpression(value)) {
            JsonataField[] elements = new JsonataField[value.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = compile(value.get(i), location + "[" + i + "]", pointer + "/" + i);
            }
            return new ArrayTemplate(elements);
        }
        return new Literal(value);
    }

    /** True for a string that is a whole JSONata expression: starts with {@code {%} and ends with {@code %}}. */
    public static boolean isExpression(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    private static String body(String text) {
        return text.substring(2, text.length() - 2).trim();
    }

    private static boolean containsExpression(JsonNode value) {
        if (value.isTextual()) {
            return isExpression(value.textValue());
        }
        for (JsonNode child : value) {
            if (containsExpression(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field's value in {@code scope}; never null.
     *
     * @throws JsonataFailure when an expression in it is undefined or fails
     */
    public abstract JsonNode evaluate(JsonataScope scope);

    /** True when the field holds no expression at all. */
    public boolean isLiteral() {
        return false;
    }

    private static final class Literal extends JsonataField {
        private final JsonNode value;

        Literal(JsonNode value) {
            this.value = value;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            return value;
        }

        @Override
        public boolean isLiteral() {
            return true;
        }
    }

    private static final class Expression extends JsonataField {
        private final JsonataExpression expression;
        private final String location;

        Expression(JsonataExpression expression, String location) {
            this.expression = expression;
            this.location = location;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            JsonNode value;
            try {
                value = expression.evaluate(scope);
            } catch (JsonataEvaluationException e) {
                throw JsonataFailure.threw(expression, location, e.getMessage());
            }
            if (value == null) {
                throw JsonataFailure.undefined(expression, location);
            }
            return value;
        }
    }

    private static final class ObjectTemplate extends JsonataField {
        private final String[] names;
        private final JsonataField[] fields;

        ObjectTemplate(String[] names, JsonataField[] fields) {
            this.names = names;
            this.fields = fields;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            ObjectNode object = Json.NODES.objectNode();
            for (int i = 0; i < names.length; i++) {
                object.set(names[i], fields[i].evaluate(scope));
            }
            return object;
        }
    }

    private static final class ArrayTemplate extends JsonataField {
        private final JsonataField[] elements;

        ArrayTemplate(JsonataField[] elements) {
            this.elements = elements;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            ArrayNode array = Json.NODES.arrayNode(elements.length);
            for (JsonataField element : elements) {
                array.add(element.evaluate(scope));
            }
            return array;
        }
    }
}
