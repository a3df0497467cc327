package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameters of one request: typed reads that fail as AWS fails them, and a list of model-constraint violations
 * that {@link #check()} turns into one ValidationException, as AWS reports every violated constraint at once.
 *
 * <p>A field of the wrong JSON type is a SerializationException (AWS's framework answers e.g. {@code NUMBER_VALUE
 * cannot be converted to String}); the field's name is added so that the caller can find it. A missing required
 * field, a string of the wrong length, a number out of range or an unknown enum value is a ValidationException with
 * AWS's wording ({@code Value '...' at '...' failed to satisfy constraint: ...}). Unknown fields are ignored, as AWS
 * ignores them.
 */
public final class Params {

    /** The default and largest page of the list operations (API reference: ListStateMachines, "maxResults"). */
    static final int DEFAULT_PAGE = 100;

    private final ObjectNode body;
    private final List<String> violations = new ArrayList<>();

    Params(ObjectNode body) {
        this.body = body;
    }

    /** A string field, or null when absent or JSON null. */
    public String string(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(value, "String", field);
        }
        return value.asText();
    }

    /** A string field that must be present. */
    public String requiredString(String field) {
        String value = string(field);
        if (value == null) {
            violations.add("Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** An integer field, or null when absent. */
    public Integer integer(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(value, "Integer", field);
        }
        return value.intValue();
    }

    /** A boolean field, or null when absent. */
    public Boolean bool(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(value, "Boolean", field);
        }
        return value.booleanValue();
    }

    /** An object field, or null when absent. */
    public ObjectNode object(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(value, "Structure", field);
        }
        return (ObjectNode) value;
    }

    /** A list field, or null when absent. */
    public ArrayNode array(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(value, "List", field);
        }
        return (ArrayNode) value;
    }

    /**
     * A page size field of a list operation: a violation when outside {@code [0, max]}; absent or 0 means the default of
     * 100 (API reference of each list operation, "maxResults").
     */
    public int pageSize(String field, int max) {
        Integer value = integer(field);
        range(field, value, 0, max);
        return value == null || value == 0 ? DEFAULT_PAGE : value;
    }

    /** Records a violation when {@code value} is not null and its length is outside {@code [min, max]}. */
    public Params length(String field, String value, int min, int max) {
        return length(field, value, min, max, false);
    }

    /**
     * Records a violation of a length constraint. For members the API marks sensitive (definitions, inputs, errors,
     * causes) the value is left out of the message.
     */
    public Params length(String field, String value, int min, int max, boolean sensitive) {
        if (value == null) {
            return this;
        }
        String shown = sensitive ? "Value at '" + field + "'" : "Value '" + value + "' at '" + field + "'";
        if (value.length() > max) {
            violations.add(
                    shown + " failed to satisfy constraint: Member must have length less than or equal to " + max);
        } else if (value.length() < min) {
            violations.add(
                    shown + " failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        return this;
    }

    /** Records a violation when {@code value} is not null and outside {@code [min, max]}. */
    public Params range(String field, Integer value, int min, int max) {
        if (value == null) {
            return this;
        }
        if (value > max) {
            violations.add("Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        } else if (value < min) {
            violations.add("Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return this;
    }

    /** Records a violation when {@code value} is not null and not one of {@code allowed} (listed in AWS's order). */
    public Params oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            violations.add("Value '" + value + "' at '" + field
                    + "' failed to satisfy constraint: Member must satisfy enum value set: ["
                    + String.join(", ", allowed)
                    + "]");
        }
        return this;
    }

    /** Records a violation found by the caller, in AWS's {@code Value ... at ...} form. */
    public Params violation(String text) {
        violations.add(text);
        return this;
    }

    /** Throws one ValidationException listing every recorded violation, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw AwsErrors.validation(List.copyOf(violations));
        }
    }

    private static ApiException wrongType(JsonNode value, String expected, String field) {
        String found = kind(value);
        if (found.equals("START_OBJECT")) {
            return AwsErrors.serialization("Start of structure or map found where not expected (at '" + field + "')");
        }
        if (found.equals("START_ARRAY")) {
            return AwsErrors.serialization("Start of list found where not expected (at '" + field + "')");
        }
        return AwsErrors.serialization(found + " cannot be converted to " + expected + " (at '" + field + "')");
    }

    /** The JSON kind as AWS's framework names it: STRING_VALUE, NUMBER_VALUE, ... */
    static String kind(JsonNode value) {
        if (value.isObject()) {
            return "START_OBJECT";
        }
        if (value.isArray()) {
            return "START_ARRAY";
        }
        if (value.isNumber()) {
            return "NUMBER_VALUE";
        }
        if (value.isBoolean()) {
            return "BOOLEAN_VALUE";
        }
        if (value.isTextual()) {
            return "STRING_VALUE";
        }
        return value.getNodeType().name().toUpperCase(Locale.ROOT) + "_VALUE";
    }
}
