package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/** Retry and Catch (developer guide, "Handling errors in Step Functions workflows"). */
final class ErrorHandlingRules {

    private static final Set<String> RETRIER_FIELDS = Set.of(
            "ErrorEquals",
            "IntervalSeconds",
            "MaxAttempts",
            "BackoffRate",
            "MaxDelaySeconds",
            "JitterStrategy",
            "Comment");
    private static final Set<String> CATCHER_FIELDS =
            Set.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment");

    private ErrorHandlingRules() {}

    static void retry(JsonNode retriers, Location at, StateScope state) {
        Checks checks = state.checks();
        if (!checks.array(retriers, at)) {
            return;
        }
        for (int i = 0; i < retriers.size(); i++) {
            JsonNode retrier = retriers.get(i);
            Location here = at.index(i);
            if (!checks.object(retrier, here)) {
                continue;
            }
            checks.required(retrier, here, List.of("ErrorEquals"));
            checks.unknownFields(retrier, here, RETRIER_FIELDS);
            if (retrier.has("ErrorEquals")) {
                errorEquals(retrier.get("ErrorEquals"), here.field("ErrorEquals"), i == retriers.size() - 1, state);
            }
            // Ranges from the developer guide: IntervalSeconds and MaxAttempts have a maximum of 99999999,
            // MaxDelaySeconds must be "greater than 0 and less than 31622401", BackoffRate at least 1.0.
            if (retrier.has("IntervalSeconds")) {
                checks.integer(retrier.get("IntervalSeconds"), here.field("IntervalSeconds"), 1, Checks.MAX_SECONDS);
            }
            if (retrier.has("MaxAttempts")) {
                checks.integer(retrier.get("MaxAttempts"), here.field("MaxAttempts"), 0, Checks.MAX_SECONDS);
            }
            if (retrier.has("BackoffRate")) {
                checks.number(retrier.get("BackoffRate"), here.field("BackoffRate"), "1.0", null);
            }
            if (retrier.has("MaxDelaySeconds")) {
                checks.integer(
                        retrier.get("MaxDelaySeconds"),
                        here.field("MaxDelaySeconds"),
                        1,
                        BigInteger.valueOf(31_622_400));
            }
            if (retrier.has("JitterStrategy")) {
                checks.enumeration(
                        retrier.get("JitterStrategy"), here.field("JitterStrategy"), List.of("FULL", "NONE"));
            }
            if (retrier.has("Comment")) {
                checks.string(retrier.get("Comment"), here.field("Comment"));
            }
        }
    }

    /**
     * Catchers: ErrorEquals and Next required; ResultPath in JSONPath, Output in JSONata, Assign in both. An unknown
     * field is reported at the catcher, as AWS reports {@code Field '_comment' is not supported at .../Catch[0]}.
     */
    static void catchers(JsonNode catchers, Location at, StateScope state) {
        Checks checks = state.checks();
        if (!checks.array(catchers, at)) {
            return;
        }
        for (int i = 0; i < catchers.size(); i++) {
            JsonNode catcher = catchers.get(i);
            Location here = at.index(i);
            if (!checks.object(catcher, here)) {
                continue;
            }
            checks.required(catcher, here, List.of("ErrorEquals", "Next"));
            for (String field : List.of("ResultPath", "Output")) {
                if (catcher.has(field) && StateFields.foreignTo(field, state.language())) {
                    state.diagnostics().schema(StateFields.foreignMessage(field, state.language()), here);
                }
            }
            checks.unknownFields(catcher, here, CATCHER_FIELDS);
            if (catcher.has("ErrorEquals")) {
                errorEquals(catcher.get("ErrorEquals"), here.field("ErrorEquals"), i == catchers.size() - 1, state);
            }
            if (catcher.has("Next")) {
                checks.string(catcher.get("Next"), here.field("Next"));
            }
            if (catcher.has("ResultPath") && !state.jsonata()) {
                state.paths().resultPath(catcher.get("ResultPath"), here.field("ResultPath"), "ResultPath");
            }
            if (catcher.has("Output") && state.jsonata()) {
                checks.jsonataStrings(catcher.get("Output"), here.field("Output"));
            }
            if (catcher.has("Assign")) {
                state.paths().assign(catcher.get("Assign"), here.field("Assign"), state.language());
            }
            if (catcher.has("Comment")) {
                checks.string(catcher.get("Comment"), here.field("Comment"));
            }
        }
    }

    /**
     * A non-empty array of error names. States.ALL "must appear alone in the ErrorEquals array and must appear in
     * the last retrier/catcher" and custom names "must not begin with States." (developer guide, "Error names").
     */
    private static void errorEquals(JsonNode names, Location at, boolean last, StateScope state) {
        Checks checks = state.checks();
        if (!checks.nonEmptyArray(names, at)) {
            return;
        }
        boolean all = false;
        for (int j = 0; j < names.size(); j++) {
            JsonNode name = names.get(j);
            if (!checks.string(name, at.index(j))) {
                continue;
            }
            String text = name.textValue();
            all |= ErrorNames.ALL.equals(text);
            if (text.startsWith("States.") && !ErrorNames.PREDEFINED.contains(text)) {
                state.diagnostics().schema(ValidationMessages.unknownStatesError(text), at.index(j));
            }
        }
        if (all && (names.size() > 1 || !last)) {
            state.diagnostics().schema(ValidationMessages.statesAllAloneAndLast(), at);
        }
    }
}
