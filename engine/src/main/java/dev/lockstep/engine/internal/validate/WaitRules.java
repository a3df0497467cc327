package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.model.Timestamps;
import java.util.List;

/**
 * Wait (developer guide, "Wait workflow state"): exactly one of Seconds, Timestamp, SecondsPath, TimestampPath in
 * JSONPath, of Seconds and Timestamp in JSONata; Seconds "an integer value from 0 to 99999999".
 */
final class WaitRules {

    private WaitRules() {}

    static void structure(StateScope state) {
        StateValidator.exactlyOne(
                state,
                state.jsonata()
                        ? List.of("Seconds", "Timestamp")
                        : List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath"));
    }

    static void field(String field, JsonNode value, Location at, StateScope state) {
        switch (field) {
            case "Seconds" -> state.checks().integerOrJsonata(value, at, state.language(), 0, Checks.MAX_SECONDS);
            case "Timestamp" -> timestamp(value, at, state);
            default -> state.paths().referencePath(value, at, field);
        }
    }

    private static void timestamp(JsonNode value, Location at, StateScope state) {
        if (state.jsonata() && Checks.isJsonata(value)) {
            return;
        }
        if (state.checks().string(value, at) && !Timestamps.isValid(value.textValue())) {
            state.diagnostics()
                    .schema(
                            Checks.opensJsonata(value.textValue())
                                    ? ValidationMessages.malformedJsonata()
                                    : ValidationMessages.invalidTimestamp(value.textValue()),
                            at);
        }
    }
}
