package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
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

    /** The seconds for this invocation, or -1 when the field is absent. */
    public long resolve(EvaluationContext context) {
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
