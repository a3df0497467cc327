package dev.lockstep.graphql.internal.util;

import dev.lockstep.graphql.internal.json.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $util.dynamodb} ("DynamoDB helpers in $util.dynamodb"): plain values to DynamoDB's typed attribute values.
 * Numbers stay JSON numbers ({@code {"N": 12345}}), as the docs print them; the DynamoDB data source accepts them as
 * numbers or strings.
 */
public final class DynamoDbUtil {

    public Map<String, Object> toDynamoDB(Object value) {
        if (value == null) {
            return typed("NULL", true);
        }
        if (value instanceof CharSequence s) {
            return typed("S", s.toString());
        }
        if (value instanceof Number n) {
            return typed("N", n);
        }
        if (value instanceof Boolean b) {
            return typed("BOOL", b);
        }
        if (value instanceof Map<?, ?> map) {
            return typed("M", toMapValues(map));
        }
        if (value instanceof Collection<?> list) {
            return toList(list);
        }
        if (value instanceof Object[] array) {
            return toList(List.of(array));
        }
        return typed("S", value.toString());
    }

    public String toDynamoDBJson(Object value) {
        return Values.write(toDynamoDB(value));
    }

    public Map<String, Object> toString(String value) {
        return typed("S", value);
    }

    public String toStringJson(String value) {
        return Values.write(toString(value));
    }

    public Map<String, Object> toStringSet(Collection<?> values) {
        List<Object> strings = new ArrayList<>();
        values.forEach(v -> strings.add(String.valueOf(v)));
        return typed("SS", strings);
    }

    public String toStringSetJson(Collection<?> values) {
        return Values.write(toStringSet(values));
    }

    public Map<String, Object> toNumber(Number value) {
        return typed("N", value);
    }

    public String toNumberJson(Number value) {
        return Values.write(toNumber(value));
    }

    public Map<String, Object> toNumberSet(Collection<?> values) {
        return typed("NS", new ArrayList<>(values));
    }

    public String toNumberSetJson(Collection<?> values) {
        return Values.write(toNumberSet(values));
    }

    public Map<String, Object> toBinary(String value) {
        return typed("B", value);
    }

    public String toBinaryJson(String value) {
        return Values.write(toBinary(value));
    }

    public Map<String, Object> toBinarySet(Collection<?> values) {
        return typed("BS", new ArrayList<>(values));
    }

    public String toBinarySetJson(Collection<?> values) {
        return Values.write(toBinarySet(values));
    }

    public Map<String, Object> toBoolean(boolean value) {
        return typed("BOOL", value);
    }

    public String toBooleanJson(boolean value) {
        return Values.write(toBoolean(value));
    }

    /** {@code { "NULL" : null }}, as the docs show. */
    public Map<String, Object> toNull() {
        return typed("NULL", null);
    }

    public String toNullJson() {
        return Values.write(toNull());
    }

    public Map<String, Object> toList(Collection<?> values) {
        List<Object> items = new ArrayList<>();
        for (Object item : values) {
            items.add(toDynamoDB(item));
        }
        return typed("L", items);
    }

    public String toListJson(Collection<?> values) {
        return Values.write(toList(values));
    }

    public Map<String, Object> toMap(Map<?, ?> values) {
        return typed("M", toMapValues(values));
    }

    public String toMapJson(Map<?, ?> values) {
        return Values.write(toMap(values));
    }

    /** Each value typed, the map itself not: what {@code key} and {@code attributeValues} take. */
    public Map<String, Object> toMapValues(Map<?, ?> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> typed.put(String.valueOf(k), toDynamoDB(v)));
        return typed;
    }

    public String toMapValuesJson(Map<?, ?> values) {
        return Values.write(toMapValues(values));
    }

    public Map<String, Object> toS3Object(String key, String bucket, String region) {
        return toS3Object(key, bucket, region, null);
    }

    public Map<String, Object> toS3Object(String key, String bucket, String region, String version) {
        Map<String, Object> s3 = new LinkedHashMap<>();
        s3.put("key", key);
        s3.put("bucket", bucket);
        s3.put("region", region);
        if (version != null) {
            s3.put("version", version);
        }
        return typed("S", Values.write(Map.of("s3", s3)));
    }

    public String toS3ObjectJson(String key, String bucket, String region) {
        return Values.write(toS3Object(key, bucket, region));
    }

    public String toS3ObjectJson(String key, String bucket, String region, String version) {
        return Values.write(toS3Object(key, bucket, region, version));
    }

    /** The {@code key}, {@code bucket}, {@code region} (and {@code version}) stored by toS3Object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fromS3ObjectJson(String json) {
        try {
            Object parsed = Values.read(json);
            if (parsed instanceof Map<?, ?> map && map.get("s3") instanceof Map<?, ?> s3) {
                return (Map<String, Object>) s3;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // reported below
        }
        throw new TemplateErrorSignal(
                "Unable to read an S3 object from '" + json + "': expected {\"s3\":{\"key\":...,\"bucket\":...,"
                        + "\"region\":...}}",
                "MappingTemplate",
                null,
                null);
    }

    private static Map<String, Object> typed(String type, Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put(type, value);
        return typed;
    }
}
