package dev.lockstep.graphql.internal.datasource;

import dev.lockstep.graphql.internal.json.Values;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's typed JSON ({@code {"S": "x"}}, {@code {"N": 1}}, ...) as mapping templates write it, to and from the
 * SDK's attribute values; results come back as plain JSON, as AppSync converts them.
 */
final class DynamoDbValues {

    private DynamoDbValues() {}

    static Map<String, AttributeValue> item(Object typed, String where) {
        if (!(typed instanceof Map<?, ?> map)) {
            throw new MappingTemplateException("Expected a map of attribute names to DynamoDB typed values in '" + where
                    + "', found " + Values.write(typed) + ". Use $util.dynamodb.toMapValuesJson(...) to build one.");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        map.forEach((name, value) -> item.put(String.valueOf(name), attribute(value, where + "." + name)));
        return item;
    }

    static AttributeValue attribute(Object typed, String where) {
        if (!(typed instanceof Map<?, ?> map) || map.size() != 1) {
            throw notTyped(typed, where);
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        String type = String.valueOf(entry.getKey());
        Object value = entry.getValue();
        try {
            return switch (type) {
                case "S" -> AttributeValue.fromS(String.valueOf(value));
                case "N" -> AttributeValue.fromN(number(value));
                case "B" -> AttributeValue.fromB(binary(value));
                case "BOOL" ->
                    AttributeValue.fromBool(
                            value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value)));
                case "NULL" -> AttributeValue.fromNul(true);
                case "SS" -> AttributeValue.fromSs(strings(value, where));
                case "NS" ->
                    AttributeValue.fromNs(strings(value, where).stream()
                            .map(DynamoDbValues::number)
                            .toList());
                case "BS" ->
                    AttributeValue.fromBs(strings(value, where).stream()
                            .map(DynamoDbValues::binary)
                            .toList());
                case "L" -> AttributeValue.fromL(list(value, where));
                case "M" -> AttributeValue.fromM(item(value, where));
                default -> throw notTyped(typed, where);
            };
        } catch (NumberFormatException e) {
            throw new MappingTemplateException(
                    "The number " + Values.write(value) + " in '" + where + "' is not a valid DynamoDB number.");
        }
    }

    private static MappingTemplateException notTyped(Object typed, String where) {
        return new MappingTemplateException(
                "Expected a DynamoDB typed value such as {\"S\": \"text\"} or {\"N\": 1} at '" + where + "', found "
                        + Values.write(typed) + ".");
    }

    private static String number(Object value) {
        return new BigDecimal(String.valueOf(value).trim()).toPlainString();
    }

    private static SdkBytes binary(Object value) {
        String text = String.valueOf(value);
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return SdkBytes.fromByteArray(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> strings(Object value, String where) {
        if (!(value instanceof Collection<?> items)) {
            throw new MappingTemplateException("Expected a list in the set at '" + where + "'.");
        }
        List<String> strings = new ArrayList<>();
        items.forEach(item -> strings.add(String.valueOf(item)));
        return strings;
    }

    private static List<AttributeValue> list(Object value, String where) {
        if (!(value instanceof Collection<?> items)) {
            throw new MappingTemplateException("Expected a list of typed values at '" + where + "'.");
        }
        List<AttributeValue> list = new ArrayList<>();
        int i = 0;
        for (Object item : items) {
            list.add(attribute(item, where + "[" + i++ + "]"));
        }
        return list;
    }

    /** A plain value of an item, as AppSync hands items to response templates. */
    static Object plain(AttributeValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.type()) {
            case S -> value.s();
            case N -> plainNumber(value.n());
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case BOOL -> value.bool();
            case NUL -> null;
            case SS -> new ArrayList<Object>(value.ss());
            case NS ->
                new ArrayList<Object>(
                        value.ns().stream().map(DynamoDbValues::plainNumber).toList());
            case BS ->
                new ArrayList<Object>(value.bs().stream()
                        .map(b -> Base64.getEncoder().encodeToString(b.asByteArray()))
                        .toList());
            case L -> {
                List<Object> list = new ArrayList<>();
                value.l().forEach(item -> list.add(plain(item)));
                yield list;
            }
            case M -> plainItem(value.m());
            default -> null;
        };
    }

    static Map<String, Object> plainItem(Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> plain.put(name, plain(value)));
        return plain;
    }

    private static Object plainNumber(String text) {
        BigDecimal number = new BigDecimal(text);
        if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
            try {
                long whole = number.longValueExact();
                return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? (Object) (int) whole : whole;
            } catch (ArithmeticException e) {
                return number.toBigInteger();
            }
        }
        return number.doubleValue();
    }

    /** The typed form of an item, for {@code nextToken}s and keys in results. */
    static Map<String, Object> typedItem(Map<String, AttributeValue> item) {
        Map<String, Object> typed = new LinkedHashMap<>();
        item.forEach((name, value) -> typed.put(name, typed(value)));
        return typed;
    }

    private static Object typed(AttributeValue value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case B ->
                typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> typed.put("BOOL", value.bool());
            case NUL -> typed.put("NULL", true);
            case SS -> typed.put("SS", value.ss());
            case NS -> typed.put("NS", value.ns());
            case BS ->
                typed.put(
                        "BS",
                        value.bs().stream()
                                .map(b -> Base64.getEncoder().encodeToString(b.asByteArray()))
                                .toList());
            case L ->
                typed.put("L", value.l().stream().map(DynamoDbValues::typed).toList());
            case M -> typed.put("M", typedItem(value.m()));
            default -> typed.put("NULL", true);
        }
        return typed;
    }
}
