package dev.lockstep.graphql.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values as resolvers see them. Mapping templates work on plain Java values (maps, lists, strings, numbers,
 * booleans, null) that they may change in place, as AppSync's VTL does; everything outside the templates is JSON.
 * This class converts between the two.
 */
public final class Values {

    /** Keeps key order; integers read as the smallest fitting type, decimals as doubles, as AppSync's Java does. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Values() {}

    /** A mutable Java value with the same content as {@code node}. */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(toJava(item));
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            if (node.canConvertToLong()) {
                return node.longValue();
            }
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBinary()) {
            return node.asText();
        }
        return node.asText();
    }

    /** The JSON tree of a Java value built by templates or data sources. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f.doubleValue());
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof BigDecimal b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            }
            return object;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : collection) {
                array.add(toJson(item));
            }
            return array;
        }
        if (value instanceof Object[] items) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : items) {
                array.add(toJson(item));
            }
            return array;
        }
        if (value instanceof Character || value instanceof CharSequence || value instanceof Enum<?>) {
            return NODES.textNode(value.toString());
        }
        return MAPPER.valueToTree(value);
    }

    /** Compact JSON text of a Java value or JSON tree. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(toJson(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a value could not be written as JSON", e);
        }
    }

    /** Parses JSON text into a tree; throws with the position of the first problem. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * Parses JSON text straight into the mutable Java values {@link #toJava} gives for its tree, in one pass: objects
     * as {@code LinkedHashMap} in document order, arrays as {@code ArrayList}, integers as the smallest of
     * {@code Integer}, {@code Long}, {@code BigInteger}, decimals as {@code Double}. Null or blank text is null.
     *
     * @throws JsonProcessingException with the position of the first problem
     */
    public static Object read(String text) throws JsonProcessingException {
        if (text == null || text.isBlank()) {
            return null;
        }
        return MAPPER.readValue(text, Object.class);
    }

    /**
     * Reads GraphQL variables given as JSON text.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readVariables(String json) {
        Object parsed;
        try {
            parsed = read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Variables are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (parsed instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("Variables must be a JSON object, found: " + json);
    }

    /** A deep, mutable copy of a Java value, so that one template's changes do not reach another's input. */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), copy(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            for (Object item : collection) {
                copy.add(copy(item));
            }
            return copy;
        }
        return value;
    }
}
