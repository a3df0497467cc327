package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.model.Timestamps;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;

/**
 * When a Wait state ends: after Seconds or SecondsPath, or at Timestamp or TimestampPath (developer guide: "Wait
 * workflow state"). AWS considers a timestamp only to the second and truncates milliseconds.
 */
public final class WaitDuration {

    private final long seconds;
    private final long timestampMillis;
    private final JsonPath secondsPath;
    private final JsonPath timestampPath;
    private JsonataField jsonataSeconds;
    private JsonataField jsonataTimestamp;

    private WaitDuration(long seconds, long timestampMillis, JsonPath secondsPath, JsonPath timestampPath) {
        this.seconds = seconds;
        this.timestampMillis = timestampMillis;
        this.secondsPath = secondsPath;
        this.timestampPath = timestampPath;
    }

    static WaitDuration of(JsonNode seconds, JsonNode timestamp, String secondsPath, String timestampPath) {
        if (seconds != null) {
            return new WaitDuration(seconds.asLong(), -1, null, null);
        }
        if (timestamp != null) {
            return new WaitDuration(-1, truncateToSecond(Timestamps.parseMillis(timestamp.asText())), null, null);
        }
        if (secondsPath != null) {
            return new WaitDuration(-1, -1, JsonPath.compile(secondsPath), null);
        }
        return new WaitDuration(-1, -1, null, JsonPath.compile(timestampPath));
    }

    /** A JSONata Wait state's Seconds or Timestamp: a literal, or an expression evaluated when the state runs. */
    static WaitDuration jsonata(JsonNode seconds, JsonNode timestamp, String statePointer) {
        JsonNode field = seconds != null ? seconds : timestamp;
        if (!(field.isTextual() && JsonataField.isExpression(field.textValue()))) {
            return of(seconds, timestamp, null, null);
        }
        WaitDuration duration = new WaitDuration(-1, -1, null, null);
        if (seconds != null) {
            duration.jsonataSeconds = JsonataField.compile(seconds, "Seconds", statePointer + "/Seconds");
        } else {
            duration.jsonataTimestamp = JsonataField.compile(timestamp, "Timestamp", statePointer + "/Timestamp");
        }
        return duration;
    }

    /**
     * The time the wait ends, in epoch milliseconds, for a state entered at {@code enteredMillis} with the effective
     * input in {@code context}.
     */
    public long endMillis(long enteredMillis, StateScope scope, EvaluationContext context) {
        if (jsonataSeconds != null) {
            JsonNode value = jsonataSeconds.evaluate(scope);
            if (!value.isNumber() || !value.canConvertToExactIntegral() || value.asLong() < 0) {
                throw JsonataFailure.wrongType("Seconds", "a non-negative integer", ChoiceBranch.describe(value));
            }
            return enteredMillis + value.asLong() * 1000;
        }
        if (jsonataTimestamp != null) {
            JsonNode value = jsonataTimestamp.evaluate(scope);
            long millis = value.isTextual() ? Timestamps.parseMillis(value.textValue()) : Long.MIN_VALUE;
            if (millis == Long.MIN_VALUE) {
                throw JsonataFailure.wrongType(
                        "Timestamp", "an ISO-8601 extended offset date-time string", ChoiceBranch.describe(value));
            }
            return truncateToSecond(millis);
        }
        if (seconds >= 0) {
            return enteredMillis + seconds * 1000;
        }
        if (timestampMillis != -1) {
            return timestampMillis;
        }
        if (secondsPath != null) {
            return enteredMillis + secondsFromInput(context) * 1000;
        }
        return timestampFromInput(context);
    }

    private long secondsFromInput(EvaluationContext context) {
        JsonNode value = secondsPath.find(context);
        String path = secondsPath.text();
        if (value == null) {
            throw StatesError.runtime("The SecondsPath parameter does not reference an input value: " + path);
        }
        if (!value.canConvertToExactIntegral() || !value.isNumber()) {
            throw StatesError.runtime(
                    "The SecondsPath parameter cannot be parsed as a long value: " + path + " == " + describe(value));
        }
        long result = value.asLong();
        if (result < 0) {
            throw StatesError.runtime(
                    "The SecondsPath parameter references a negative value: " + path + " == " + describe(value));
        }
        return result;
    }

    private long timestampFromInput(EvaluationContext context) {
        JsonNode value = timestampPath.find(context);
        String path = timestampPath.text();
        if (value == null) {
            throw StatesError.runtime("The TimestampPath parameter does not reference an input value: " + path);
        }
        long millis = value.isTextual() ? Timestamps.parseMillis(value.textValue()) : Long.MIN_VALUE;
        if (millis == Long.MIN_VALUE) {
            throw StatesError.runtime(
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format"
                            + " string: " + path + " == " + describe(value));
        }
        return truncateToSecond(millis);
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.compact(value);
    }

    private static long truncateToSecond(long millis) {
        return Math.floorDiv(millis, 1000) * 1000;
    }
}
