package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fail (developer guide, "Fail workflow state"): Error and Cause are strings (JSONata strings in JSONata);
 * ErrorPath and CausePath are Reference Paths or one of seven intrinsics; a static value and its Path variant exclude
 * each other.
 */
final class FailRules {

    private FailRules() {}

    static void field(String field, JsonNode value, Location at, StateScope state) {
        if (field.endsWith("Path")) {
            state.paths().failPath(value, at, field);
            return;
        }
        if (!state.checks().string(value, at)) {
            return;
        }
        String text = value.textValue();
        if (state.jsonata()) {
            state.checks().jsonataStrings(value, at);
        } else if (PathChecks.looksLikePath(text)) {
            state.diagnostics().warning(DiagnosticCodes.NO_PATH, ValidationMessages.noPath(), at);
        }
    }
}
