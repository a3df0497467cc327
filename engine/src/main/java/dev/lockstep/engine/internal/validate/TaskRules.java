package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.StateMachineType;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Task fields: Resource, the timeouts and Credentials. */
final class TaskRules {

    private TaskRules() {}

    static void field(String field, JsonNode value, Location at, StateScope state) {
        switch (field) {
            case "Resource" -> resource(value, at, state);
            case "TimeoutSeconds" ->
                state.checks().integerOrJsonata(value, at, state.language(), 1, Checks.MAX_SECONDS);
            case "HeartbeatSeconds" -> heartbeat(value, at, state);
            default -> state.paths().referencePath(value, at, field);
        }
    }

    /**
     * A Resource AWS recognizes. A value that is not an ARN at all gets the wording users quote from CreateStateMachine
     * ({@code Value is not a valid resource ARN}); an ARN AWS does not know gets the recorded
     * {@code The resource provided ... is not recognized...}. Express machines support only the request-response
     * pattern and no activities (developer guide, "Choosing workflow type").
     */
    private static void resource(JsonNode value, Location at, StateScope state) {
        if (!state.checks().string(value, at)) {
            return;
        }
        String arn = value.textValue();
        Optional<ResourceArns.TaskResource> resource = ResourceArns.parse(arn);
        if (resource.isEmpty()) {
            state.diagnostics()
                    .schema(
                            arn.startsWith("arn:")
                                    ? ValidationMessages.resourceNotRecognized(arn)
                                    : ValidationMessages.resourceNotAnArn(),
                            at);
            return;
        }
        if (state.context().machineType != StateMachineType.EXPRESS) {
            return;
        }
        if (!resource.get().pattern().isEmpty()) {
            state.diagnostics()
                    .schema(
                            ValidationMessages.expressUnsupportedIntegration(
                                    resource.get().pattern()),
                            at);
        } else if (resource.get().kind() == ResourceArns.Kind.ACTIVITY) {
            state.diagnostics().schema(ValidationMessages.expressUnsupportedActivity(), at);
        }
    }

    /**
     * "If provided, the HeartbeatSeconds interval MUST be smaller than the TimeoutSeconds value"
     * (https://states-language.net, Task "Timeouts"); checked when both are literal integers.
     */
    private static void heartbeat(JsonNode value, Location at, StateScope state) {
        Optional<BigInteger> heartbeat =
                state.checks().integerOrJsonata(value, at, state.language(), 1, Checks.MAX_SECONDS);
        JsonNode timeoutField = state.get("TimeoutSeconds");
        Optional<BigInteger> timeout = timeoutField == null ? Optional.empty() : Checks.integerValue(timeoutField);
        if (heartbeat.isPresent() && timeout.isPresent() && heartbeat.get().compareTo(timeout.get()) >= 0) {
            state.diagnostics()
                    .schema(
                            ValidationMessages.heartbeatNotBelowTimeout(
                                    heartbeat.get().toString(), timeout.get().toString()),
                            at);
        }
    }

    /**
     * Credentials name the role the task assumes: an object with RoleArn (or RoleArn.$), a payload template in a
     * JSONPath state (intrinsics are allowed there, developer guide "Intrinsic functions").
     */
    static void credentials(JsonNode value, Location at, StateScope state) {
        if (!state.checks().object(value, at)) {
            return;
        }
        if (!value.has("RoleArn") && !(state.language() == QueryLanguage.JSONPATH && value.has("RoleArn.$"))) {
            state.diagnostics().schema(ValidationMessages.required(List.of("RoleArn")), at);
        }
        if (state.jsonata()) {
            state.checks().jsonataStrings(value, at);
        } else {
            state.paths().template(value, at, "Credentials");
        }
    }
}
