package dev.lockstep.engine.internal.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jackson values as the JSONata library sees them, and back.
 *
 * <p>Objects and arrays are read through views, not copied: an expression that reads one field of a large input costs
 * one lookup, and a value that comes back unchanged (such as {@code $states.input.order}) is the very node that went
 * in, so outputs share structure with inputs. Numbers follow JSONata's (JavaScript's) model as AWS applies it: integers
 * stay integers while they fit in a {@code long}, everything else is a double; a whole number comes back as an integer
 * ({@code 3.0 * 2} is {@code 6}).
 */
final class JsonataValues {

    /** Whole doubles below this are written out in full, as JavaScript's number-to-string does. */
    private static final double PLAIN_LIMIT = 1e21;

    private JsonataValues() {}

    /** The value the library reads for {@code node}; JSON null is the library's {@link Jsonata#NULL_VALUE}. */
    static Object toJsonata(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT:
                return new ObjectView((ObjectNode) node);
            case ARRAY:
                return new ArrayView((ArrayNode) node);
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NULL:
                return Jsonata.NULL_VALUE;
            case NUMBER:
                return number(node);
            default:
                return node.asText();
        }
    }

    private static Object number(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger()) {
            BigInteger value = node.bigIntegerValue();
            return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
        }
        if (node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            try {
                return value.longValueExact();
            } catch (ArithmeticException notAWholeLong) {
                return value.doubleValue();
            }
        }
        return node.doubleValue();
    }

    /**
     * The JSON value of a library result. Views come back as the nodes they show. Returns {@code null} for JSONata's
     * undefined (a Java {@code null} at the top); throws {@link NotJson} for a value JSON cannot hold.
     */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return null;
        }
        return toJsonValue(value);
    }

    private static JsonNode toJsonValue(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return Json.NODES.nullNode();
        }
        if (value instanceof ObjectView) {
            return ((ObjectView) value).node;
        }
        if (value instanceof ArrayView) {
            return ((ArrayView) value).node;
        }
        if (value instanceof String) {
            return Json.NODES.textNode((String) value);
        }
        if (value instanceof Boolean) {
            return Json.NODES.booleanNode((Boolean) value);
        }
        if (value instanceof Number) {
            return numberNode((Number) value);
        }
        if (value instanceof Map) {
            ObjectNode object = Json.NODES.objectNode();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                object.set(String.valueOf(entry.getKey()), toJsonValue(entry.getValue()));
            }
            return object;
        }
        if (value instanceof List) {
            ArrayNode array = Json.NODES.arrayNode();
            for (Object element : (List<?>) value) {
                array.add(toJsonValue(element));
            }
            return array;
        }
        throw new NotJson(value);
    }

    /** A number as AWS writes it: integers exact, whole doubles without a fraction, other doubles as doubles. */
    static JsonNode numberNode(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return Json.NODES.numberNode(number.intValue());
        }
        if (number instanceof Long) {
            long value = number.longValue();
            return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
        }
        if (number instanceof BigInteger) {
            return numberNode(((BigInteger) number).doubleValue());
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new NotJson(number);
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT) {
            if (Math.abs(value) < 0x1p63) {
                return numberNode((long) value);
            }
            return Json.NODES.numberNode(new BigDecimal(value).toBigInteger());
        }
        return Json.NODES.numberNode(value);
    }

    /** A value an expression produced that JSON has no form for (a function, an infinite number). */
    static final class NotJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotJson(Object value) {
            super(describe(value), null, false, false);
        }

        private static String describe(Object value) {
            if (value instanceof Number) {
                return "the number " + value + " cannot be represented in JSON";
            }
            return "a function cannot be represented in JSON";
        }
    }

    /** A read-only view of a JSON object, in its key order. */
    static final class ObjectView extends AbstractMap<String, Object> {
        final ObjectNode node;

        ObjectView(ObjectNode node) {
            this.node = node;
        }

        @Override
        public Object get(Object key) {
            return key instanceof String ? toJsonata(node.get((String) key)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String && node.has((String) key);
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return fields.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            Map.Entry<String, JsonNode> field = fields.next();
                            return new SimpleImmutableEntry<>(field.getKey(), toJsonata(field.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node.size();
                }
            };
        }
    }

    /** A read-only view of a JSON array. */
    static final class ArrayView extends AbstractList<Object> {
        final ArrayNode node;

        ArrayView(ArrayNode node) {
            this.node = node;
        }

        @Override
        public Object get(int index) {
            return toJsonata(node.get(index));
        }

        @Override
        public int size() {
            return node.size();
        }
    }
}
