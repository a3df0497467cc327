package dev.lockstep.graphql.internal.util;

import dev.lockstep.graphql.internal.json.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $util.transform} ("Transformation helpers in $util.transform"). The DynamoDB helpers turn the filter objects
 * that code generators emit ({@code {"title": {"contains": "Hello"}}}, with {@code and}, {@code or}, {@code not}) into
 * a {@code {expression, expressionNames, expressionValues}} JSON string; one condition prints bare, as the docs'
 * example {@code contains(#title, :title_contains)}, several are joined in parentheses.
 */
public final class TransformUtil {

    private final DynamoDbUtil dynamodb = new DynamoDbUtil();

    public String toDynamoDBFilterExpression(Map<String, ?> filter) {
        return expression(filter);
    }

    public String toDynamoDBConditionExpression(Map<String, ?> condition) {
        return expression(condition);
    }

    /** The OpenSearch query DSL for a filter object; several conditions are combined with {@code bool.must}. */
    public String toElasticsearchQueryDSL(Map<String, ?> filter) {
        return Values.write(openSearch(filter));
    }

    private String expression(Map<String, ?> filter) {
        ExpressionBuilder builder = new ExpressionBuilder();
        String expression = builder.group(filter, "AND");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("expression", expression);
        out.put("expressionNames", builder.names);
        out.put("expressionValues", builder.values);
        return Values.write(out);
    }

    private final class ExpressionBuilder {
        final Map<String, Object> names = new LinkedHashMap<>();
        final Map<String, Object> values = new LinkedHashMap<>();

        String group(Map<String, ?> filter, String joiner) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, ?> entry : filter.entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                switch (key) {
                    case "and", "or" -> parts.add(logical(value, key.toUpperCase(java.util.Locale.ROOT)));
                    case "not" -> parts.add("(NOT " + group(asMap(value, key), "AND") + ")");
                    default -> parts.add(field(key, asMap(value, key)));
                }
            }
            return join(parts, joiner);
        }

        private String logical(Object value, String joiner) {
            List<String> parts = new ArrayList<>();
            if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    parts.add(group(asMap(item, joiner.toLowerCase(java.util.Locale.ROOT)), "AND"));
                }
            } else {
                parts.add(group(asMap(value, joiner), "AND"));
            }
            return parts.size() == 1 ? parts.get(0) : "(" + String.join(" " + joiner + " ", parts) + ")";
        }

        private String field(String field, Map<String, ?> conditions) {
            String name = "#" + field;
            names.put(name, field);
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, ?> condition : conditions.entrySet()) {
                String op = condition.getKey();
                Object operand = condition.getValue();
                parts.add(
                        switch (op) {
                            case "eq" -> name + " = " + value(field, op, operand);
                            case "ne" -> name + " <> " + value(field, op, operand);
                            case "le" -> name + " <= " + value(field, op, operand);
                            case "lt" -> name + " < " + value(field, op, operand);
                            case "ge" -> name + " >= " + value(field, op, operand);
                            case "gt" -> name + " > " + value(field, op, operand);
                            case "contains" -> "contains(" + name + ", " + value(field, op, operand) + ")";
                            case "notContains" -> "(NOT contains(" + name + ", " + value(field, op, operand) + "))";
                            case "beginsWith" -> "begins_with(" + name + ", " + value(field, op, operand) + ")";
                            case "between" -> between(field, name, operand);
                            case "in" -> in(field, name, operand);
                            case "attributeExists" ->
                                Boolean.TRUE.equals(operand)
                                        ? "attribute_exists(" + name + ")"
                                        : "attribute_not_exists(" + name + ")";
                            case "attributeType" -> "attribute_type(" + name + ", " + value(field, op, operand) + ")";
                            case "size" -> size(field, name, asMap(operand, "size"));
                            default ->
                                throw new TemplateErrorSignal(
                                        "Unsupported filter operator '" + op + "' on field '" + field
                                                + "': expected eq, ne, le, lt, ge, gt, contains, notContains,"
                                                + " beginsWith, between, in, attributeExists, attributeType or size",
                                        "MappingTemplate",
                                        null,
                                        null);
                        });
            }
            return join(parts, "AND");
        }

        private String between(String field, String name, Object operand) {
            if (!(operand instanceof List<?> range) || range.size() != 2) {
                throw new TemplateErrorSignal(
                        "The 'between' filter on '" + field + "' needs a list of two values",
                        "MappingTemplate",
                        null,
                        null);
            }
            return name + " BETWEEN " + value(field, "between_0", range.get(0)) + " AND "
                    + value(field, "between_1", range.get(1));
        }

        private String in(String field, String name, Object operand) {
            List<String> placeholders = new ArrayList<>();
            int i = 0;
            for (Object item : operand instanceof Collection<?> c ? c : List.of(operand)) {
                placeholders.add(value(field, "in_" + i++, item));
            }
            return name + " IN (" + String.join(", ", placeholders) + ")";
        }

        private String size(String field, String name, Map<String, ?> conditions) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, ?> condition : conditions.entrySet()) {
                String op = condition.getKey();
                String symbol = switch (op) {
                    case "eq" -> "=";
                    case "ne" -> "<>";
                    case "le" -> "<=";
                    case "lt" -> "<";
                    case "ge" -> ">=";
                    case "gt" -> ">";
                    default -> null;
                };
                if (symbol == null) {
                    throw new TemplateErrorSignal(
                            "Unsupported size operator '" + op + "' on field '" + field + "'",
                            "MappingTemplate",
                            null,
                            null);
                }
                parts.add("size(" + name + ") " + symbol + " " + value(field, "size_" + op, condition.getValue()));
            }
            return join(parts, "AND");
        }

        private String value(String field, String op, Object operand) {
            String base = ":" + field + "_" + op;
            String placeholder = base;
            int suffix = 1;
            while (values.containsKey(placeholder)) {
                placeholder = base + "_" + suffix++;
            }
            values.put(placeholder, dynamodb.toDynamoDB(operand));
            return placeholder;
        }

        private String join(List<String> parts, String joiner) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return "(" + String.join(" " + joiner + " ", parts) + ")";
        }
    }

    private Object openSearch(Map<String, ?> filter) {
        List<Object> must = new ArrayList<>();
        for (Map.Entry<String, ?> entry : filter.entrySet()) {
            String key = entry.getKey();
            switch (key) {
                case "and" -> must.add(bool("must", openSearchAll(entry.getValue())));
                case "or" -> must.add(bool("should", openSearchAll(entry.getValue())));
                case "not" -> must.add(Map.of("bool", Map.of("must_not", openSearch(asMap(entry.getValue(), key)))));
                default -> must.add(openSearchField(key, asMap(entry.getValue(), key)));
            }
        }
        return must.size() == 1 ? must.get(0) : bool("must", must);
    }

    private List<Object> openSearchAll(Object value) {
        List<Object> all = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                all.add(openSearch(asMap(item, "and/or")));
            }
        }
        return all;
    }

    private Object openSearchField(String field, Map<String, ?> conditions) {
        List<Object> must = new ArrayList<>();
        for (Map.Entry<String, ?> condition : conditions.entrySet()) {
            Object operand = condition.getValue();
            must.add(
                    switch (condition.getKey()) {
                        case "eq" -> Map.of("term", Map.of(field, operand));
                        case "ne" -> Map.of("bool", Map.of("must_not", Map.of("term", Map.of(field, operand))));
                        case "match" -> Map.of("match", Map.of(field, operand));
                        case "matchPhrase" -> Map.of("match_phrase", Map.of(field, operand));
                        case "matchPhrasePrefix" -> Map.of("match_phrase_prefix", Map.of(field, operand));
                        case "multiMatch" -> Map.of("multi_match", operand);
                        case "exists" -> Map.of("exists", Map.of("field", field));
                        case "wildcard" -> Map.of("wildcard", Map.of(field, operand));
                        case "regexp" -> Map.of("regexp", Map.of(field, operand));
                        case "gt" -> range(field, "gt", operand);
                        case "gte" -> range(field, "gte", operand);
                        case "lt" -> range(field, "lt", operand);
                        case "lte" -> range(field, "lte", operand);
                        case "range" -> rangeOf(field, operand);
                        default ->
                            throw new TemplateErrorSignal(
                                    "Unsupported OpenSearch filter operator '" + condition.getKey() + "' on field '"
                                            + field + "'",
                                    "MappingTemplate",
                                    null,
                                    null);
                    });
        }
        return must.size() == 1 ? must.get(0) : bool("must", must);
    }

    private static Object range(String field, String op, Object operand) {
        return Map.of("range", Map.of(field, Map.of(op, operand)));
    }

    private static Object rangeOf(String field, Object operand) {
        if (operand instanceof List<?> bounds && bounds.size() == 2) {
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("gte", bounds.get(0));
            limits.put("lte", bounds.get(1));
            return Map.of("range", Map.of(field, limits));
        }
        throw new TemplateErrorSignal(
                "The 'range' filter on '" + field + "' needs a list of two values", "MappingTemplate", null, null);
    }

    private static Map<String, Object> bool(String occurrence, List<Object> clauses) {
        return Map.of("bool", Map.of(occurrence, clauses));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        throw new TemplateErrorSignal(
                "Expected an object of conditions for '" + where + "', found " + Values.write(value),
                "MappingTemplate",
                null,
                null);
    }
}
