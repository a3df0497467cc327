package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.intrinsic.Intrinsics;
import dev.lockstep.engine.internal.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a payload template (Parameters, ResultSelector, ItemSelector, Credentials): a JSON value whose object
 * keys ending in {@code .$} take their value from a path or an intrinsic function call.
 *
 * <p>The template is walked once, at compile time. Objects and arrays are walked at any depth; a key ending in
 * {@code .$} loses the suffix in the output and its string value is a path ({@code $...}, {@code $$...},
 * {@code $name...}) or an intrinsic call ({@code States.Format(...)}). Output keys keep the template's order. A subtree
 * without any {@code .$} key is a constant: every evaluation returns the template's own node, uncopied.
 */
public final class PayloadTemplate {

    private PayloadTemplate() {}

    /**
     * Compiles {@code template} for the field {@code fieldName} (used in error messages).
     *
     * @throws PathSyntaxException when a {@code .$} value is neither a valid path nor a valid intrinsic call. The
     *     message is AWS's validation wording ({@code The value for the field 'k.$' must be a valid JSONPath or a valid
     *     intrinsic function call}); when the value was a malformed path or call, {@link Throwable#getCause()} is the
     *     {@link PathSyntaxException} that says what exactly is wrong and where.
     */
    public static ValueExpression compile(JsonNode template, String fieldName) {
        Objects.requireNonNull(template, "template");
        return compileNode(template, fieldName);
    }

    private static ValueExpression compileNode(JsonNode node, String fieldName) {
        if (node.isObject()) {
            return compileObject(node, fieldName);
        }
        if (node.isArray()) {
            return compileArray(node, fieldName);
        }
        return new Constant(node);
    }

    private static ValueExpression compileObject(JsonNode object, String fieldName) {
        List<String> keys = new ArrayList<>(object.size());
        List<ValueExpression> values = new ArrayList<>(object.size());
        Map<String, String> writtenAs = new HashMap<>();
        boolean constant = true;
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            ValueExpression value;
            String outputKey;
            if (key.endsWith(".$")) {
                outputKey = key.substring(0, key.length() - 2);
                value = compileDynamic(key, field.getValue());
                constant = false;
            } else {
                outputKey = key;
                value = compileNode(field.getValue(), fieldName);
                constant &= value instanceof Constant;
            }
            String earlier = writtenAs.putIfAbsent(outputKey, key);
            if (earlier != null) {
                // ASL: "A JSON object MUST NOT have duplicate field names after fields ending with the characters
                // ".$" are renamed to strip the ".$" suffix."
                throw new PathSyntaxException(
                        key,
                        -1,
                        "The fields '" + earlier + "' and '" + key + "' in " + fieldName + " both produce the field '"
                                + outputKey + "'; remove one of them");
            }
            keys.add(outputKey);
            values.add(value);
        }
        if (constant) {
            return new Constant(object);
        }
        return inAwsOrder(keys, values);
    }

    /**
     * AWS writes the fields of an evaluated template in the iteration order of a Java {@code HashMap} filled in
     * template order, not in template order (recorded: LocalStack's
     * tests/aws/services/stepfunctions/v2/base/test_base.snapshot.json, test_query_context_object_values, whose 13
     * fields come out exactly in that order). The order is fixed per template, so it is worked out once here.
     */
    private static ObjectTemplate inAwsOrder(List<String> keys, List<ValueExpression> values) {
        Map<String, ValueExpression> awsOrder = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            awsOrder.put(keys.get(i), values.get(i));
        }
        String[] orderedKeys = new String[awsOrder.size()];
        ValueExpression[] orderedValues = new ValueExpression[awsOrder.size()];
        int index = 0;
        for (Map.Entry<String, ValueExpression> field : awsOrder.entrySet()) {
            orderedKeys[index] = field.getKey();
            orderedValues[index++] = field.getValue();
        }
        return new ObjectTemplate(orderedKeys, orderedValues);
    }

    private static ValueExpression compileArray(JsonNode array, String fieldName) {
        ValueExpression[] elements = new ValueExpression[array.size()];
        boolean constant = true;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = compileNode(array.get(i), fieldName);
            constant &= elements[i] instanceof Constant;
        }
        return constant ? new Constant(array) : new ArrayTemplate(elements);
    }

    /** The value of a {@code key.$} field: a path or an intrinsic function call, nothing else. */
    private static ValueExpression compileDynamic(String key, JsonNode value) {
        if (!value.isTextual()) {
            throw notPathOrIntrinsic(key, Json.compact(value), null);
        }
        String text = value.textValue();
        try {
            if (text.startsWith("$")) {
                return new PathField(JsonPath.compile(text), key);
            }
            if (Intrinsics.isCall(text)) {
                return Intrinsics.compile(text);
            }
        } catch (PathSyntaxException malformed) {
            throw notPathOrIntrinsic(key, text, malformed);
        }
        throw notPathOrIntrinsic(key, text, null);
    }

    /** AWS's SCHEMA_VALIDATION_FAILED wording; the validator adds the location ("at /States/S/Parameters"). */
    private static PathSyntaxException notPathOrIntrinsic(String key, String text, PathSyntaxException detail) {
        PathSyntaxException error = new PathSyntaxException(
                text,
                detail == null ? -1 : detail.position(),
                "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call");
        if (detail != null) {
            error.initCause(detail);
        }
        return error;
    }

    /** A template subtree without {@code .$} keys: the template node itself, shared by every evaluation. */
    record Constant(JsonNode value) implements ValueExpression {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            return value;
        }
    }

    /** An object with at least one dynamic value below it; keys are the output keys, in AWS's order. */
    record ObjectTemplate(String[] keys, ValueExpression[] values) implements ValueExpression {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            // Sized up front: one allocation of the table, no rehashing.
            Map<String, JsonNode> fields = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
            for (int i = 0; i < keys.length; i++) {
                fields.put(keys[i], values[i].evaluate(context));
            }
            return new ObjectNode(Json.NODES, fields);
        }
    }

    record ArrayTemplate(ValueExpression[] elements) implements ValueExpression {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            ArrayNode array = Json.NODES.arrayNode(elements.length);
            for (ValueExpression element : elements) {
                array.add(element.evaluate(context));
            }
            return array;
        }
    }

    /**
     * {@code "key.$": "$.path"}. A definite path must find something (an array index past the end counts as JSON
     * null, as on AWS); an indefinite path yields the array of its matches, possibly empty.
     */
    record PathField(JsonPath path, String key) implements ValueExpression {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            JsonNode document = path.document(context);
            JsonNode value = document == null ? null : path.findLenient(document);
            if (value == null) {
                throw notFound(document, context);
            }
            return value;
        }

        /**
         * AWS: {@code The JSONPath '$.x' specified for the field 'k.$' could not be found in the input '{...}'}, a
         * States.Runtime error. The "input" printed is the document the path read: the context object for {@code $$}
         * paths (as a real AWS message shows) and, by the same logic, the variable's value for variable paths.
         */
        private StatesError notFound(JsonNode document, EvaluationContext context) {
            String start =
                    "The JSONPath '" + path.text() + "' specified for the field '" + key + "' could not be found";
            if (document == null) {
                // AWS's wording for an unassigned variable is not on record; this says what happened instead.
                return StatesError.runtime(start + ": the variable '" + path.variableName() + "' is not defined");
            }
            return StatesError.runtime(start + " in the input '" + context.textOf(document) + "'");
        }
    }
}
