package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.path.JsonPath;

/**
 * TimeoutSeconds or HeartbeatSeconds of a Task state: a literal, a reference path to a positive integer, or absent
 * (developer guide: "Task workflow state"; AWS's default of 99999999 seconds is never written into the history).
 */
public final class TaskSeconds {

    private static final TaskSeconds ABSENT = new TaskSeconds(-1, null, null);

    private final long seconds;
    private final JsonPath path;
    private final String pathField;
    private JsonataField jsonata;

    private TaskSeconds(long seconds, JsonPath path, String pathField) {
        this.seconds = seconds;
        this.path = path;
        this.pathField = pathField;
    }

    static TaskSeconds of(JsonNode literal, String path, String pathField) {
        if (literal != null && literal.isNumber()) {
            return new TaskSeconds(literal.asLong(), null, null);
        }
        if (path != null) {
            return new TaskSeconds(-1, JsonPath.compile(path), pathField);
        }
        return ABSENT;
    }

    /** A JSONata state's TimeoutSeconds or HeartbeatSeconds: an integer, or an expression that yields one. */
    static TaskSeconds jsonata(JsonNode value, String fieldName, String pointer) {
        if (value == null) {
            return ABSENT;
        }
        if (value.isNumber()) {
            return new TaskSeconds(value.asLong(), null, null);
        }
        TaskSeconds compiled = new TaskSeconds(-1, null, fieldName);
        compiled.jsonata = JsonataField.compile(value, fieldName, pointer);
        return compiled;
    }

    /** The seconds for this invocation, or -1 when the field is absent. */
    public long resolve(StateScope context) {
        if (jsonata != null) {
            JsonNode value = jsonata.evaluate(context);
            if (!value.canConvertToExactIntegral() || !value.isNumber() || value.asLong() <= 0) {
                throw JsonataFailure.wrongType(pathField, "a positive integer", ChoiceBranch.describe(value));
            }
            return value.asLong();
        }
        if (path == null) {
            return seconds;
        }
        JsonNode value = path.find(context);
        if (value == null) {
            throw StatesError.runtime(
                    "The " + pathField + " parameter does not reference an input value: " + path.text());
        }
        if (!value.isIntegralNumber() || value.asLong() <= 0) {
            throw StatesError.runtime("The " + pathField + " parameter does not reference a positive integer: "
                    + path.text() + " == " + Json.compact(value));
        }
        return value.asLong();
    }
}
