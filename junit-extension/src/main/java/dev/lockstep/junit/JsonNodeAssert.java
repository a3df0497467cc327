package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.junit.internal.JsonText;
import dev.lockstep.junit.internal.SimpleJsonPath;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a JSON value: an execution's output, a part of it, a state's input or output.
 *
 * <pre>{@code
 * assertThat(execution).outputAt("$.order.id").isEqualTo(42);
 * assertThat(execution).output().isEqualToJson("{\"shipped\": true}");
 * assertThat(execution).stateOutput("Quote").at("$.price").isEqualTo(30);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JsonNodeAssert extends AbstractAssert<JsonNodeAssert, JsonNode> {

    private final String where;

    JsonNodeAssert(JsonNode actual, String where) {
        super(actual, JsonNodeAssert.class);
        this.where = where;
    }

    /**
     * The value equals {@code expected}: a {@link JsonNode}, a number (compared by value, so {@code 42} equals {@code
     * 42.0}), a string (a JSON string's text), a boolean, or null (JSON null).
     */
    @Override
    public JsonNodeAssert isEqualTo(Object expected) {
        isNotNull();
        if (!matches(actual, expected)) {
            failWithMessage(
                    "%s",
                    "Expecting " + where + " to be " + describeExpected(expected) + " but was "
                            + describeActual(actual));
        }
        return this;
    }

    /** The value equals the JSON text {@code json}, key order aside. */
    public JsonNodeAssert isEqualToJson(String json) {
        isNotNull();
        JsonNode expected;
        try {
            expected = JsonText.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "The expected value is not JSON: " + e.getOriginalMessage() + ": " + json);
        }
        if (!expected.equals(actual)) {
            failWithMessage(
                    "%s",
                    "Expecting " + where + " to be " + JsonText.compact(expected) + " but was "
                            + describeActual(actual));
        }
        return this;
    }

    /** The value is there (not a missing field). */
    public JsonNodeAssert exists() {
        isNotNull();
        if (actual.isMissingNode()) {
            failWithMessage("%s", "Expecting " + where + " to exist, but it does not");
        }
        return this;
    }

    /** The value is not there. */
    public JsonNodeAssert doesNotExist() {
        isNotNull();
        if (!actual.isMissingNode()) {
            failWithMessage("%s", "Expecting " + where + " not to exist, but it is " + describeActual(actual));
        }
        return this;
    }

    /** The value at {@code path} inside this one, e.g. {@code at("$.items[0].sku")}. */
    public JsonNodeAssert at(String path) {
        isNotNull();
        return new JsonNodeAssert(SimpleJsonPath.read(actual, path), path + " of " + where);
    }

    /** The value itself. */
    public JsonNode value() {
        return actual;
    }

    static boolean matches(JsonNode actual, Object expected) {
        if (expected instanceof JsonNode node) {
            return node.equals(actual);
        }
        if (expected == null) {
            return actual.isNull();
        }
        if (expected instanceof Number number) {
            return actual.isNumber() && actual.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
        }
        if (expected instanceof CharSequence text) {
            return actual.isTextual() && actual.textValue().contentEquals(text);
        }
        if (expected instanceof Boolean flag) {
            return actual.isBoolean() && actual.booleanValue() == flag;
        }
        return false;
    }

    private static String describeExpected(Object expected) {
        if (expected instanceof JsonNode node) {
            return JsonText.compact(node);
        }
        if (expected instanceof CharSequence) {
            return "\"" + expected + "\"";
        }
        return String.valueOf(expected);
    }

    static String describeActual(JsonNode actual) {
        return actual.isMissingNode() ? "missing" : JsonText.abbreviated(actual, 500);
    }
}
