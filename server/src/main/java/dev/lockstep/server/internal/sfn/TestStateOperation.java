package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.TestStateException;
import dev.lockstep.engine.TestStateRequest;
import dev.lockstep.engine.TestStateResult;
import java.util.List;
import java.util.Locale;

/**
 * TestState (API reference: TestState): one state, tested on the engine with an optional mock, its data flow shown at
 * the DEBUG and TRACE inspection levels. Values travel as JSON text, as AWS sends them.
 */
final class TestStateOperation {

    private static final List<String> LEVELS = List.of("INFO", "DEBUG", "TRACE");
    private static final List<String> VALIDATION_MODES = List.of("STRICT", "PRESENT", "NONE");

    private final Catalog catalog;

    TestStateOperation(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(SfnApi api) {
        api.register("TestState", this::testState);
    }

    JsonNode testState(Params params) {
        String definition = params.requiredString("definition");
        String input = params.string("input");
        String roleArn = params.string("roleArn");
        String level = params.string("inspectionLevel");
        String stateName = params.string("stateName");
        String context = params.string("context");
        String variables = params.string("variables");
        Boolean revealSecrets = params.bool("revealSecrets");
        ObjectNode mock = params.object("mock");
        ObjectNode configuration = params.object("stateConfiguration");
        params.length("definition", definition, 1, 1_048_576, true)
                .length("input", input, 0, ExecutionOperations.MAX_INPUT, true)
                .length("roleArn", roleArn, 1, 256)
                .length("stateName", stateName, 1, 80)
                .length("context", context, 0, ExecutionOperations.MAX_INPUT, true)
                .length("variables", variables, 0, ExecutionOperations.MAX_INPUT, true);
        if (level != null && !LEVELS.contains(level)) {
            params.violation("Value '" + level + "' at 'inspectionLevel' failed to satisfy constraint: Member must"
                    + " satisfy enum value set: [INFO, DEBUG, TRACE]");
        }
        String validationMode = mock == null ? null : textOrNull(mock.get("fieldValidationMode"));
        if (validationMode != null && !VALIDATION_MODES.contains(validationMode)) {
            params.violation("Value '" + validationMode + "' at 'mock.fieldValidationMode' failed to satisfy"
                    + " constraint: Member must satisfy enum value set: [STRICT, PRESENT, NONE]");
        }
        params.check();
        if (Boolean.TRUE.equals(revealSecrets) && mock != null) {
            throw AwsErrors.validationMessage("TestState does not support RevealSecrets when a mock is specified.");
        }

        TestStateRequest request = TestStateRequest.of(definition)
                .stateName(stateName)
                .input(input)
                .roleArn(roleArn)
                .context(context)
                .variables(variables)
                .inspectionLevel(
                        level == null
                                ? null
                                : TestStateRequest.InspectionLevel.valueOf(level.toUpperCase(Locale.ROOT)));
        if (mock != null) {
            JsonNode result = mock.get("result");
            JsonNode errorOutput = mock.get("errorOutput");
            if (result != null && !result.isNull()) {
                request = request.mockResult(result.asText());
            }
            if (errorOutput != null && !errorOutput.isNull()) {
                request = request.mockError(textOrNull(errorOutput.get("error")), textOrNull(errorOutput.get("cause")));
            }
        }
        if (configuration != null && configuration.hasNonNull("retrierRetryCount")) {
            request = request.retrierRetryCount(
                    configuration.get("retrierRetryCount").asInt());
        }
        TestStateResult result;
        try {
            result = catalog.engine().testState(request);
        } catch (TestStateException e) {
            throw refused(e);
        }
        return response(result);
    }

    private static ApiException refused(TestStateException e) {
        switch (e.error()) {
            case "InvalidDefinition":
                return AwsErrors.invalidDefinition(e.getMessage());
            case "InvalidExecutionInput":
                return AwsErrors.invalidExecutionInputMessage(e.getMessage());
            default:
                return AwsErrors.validationMessage(e.getMessage());
        }
    }

    private static ObjectNode response(TestStateResult result) {
        ObjectNode response = SfnJson.object();
        if (result.output() != null) {
            response.put("output", result.output());
        }
        if (result.error() != null) {
            response.put("error", result.error());
        }
        if (result.cause() != null) {
            response.put("cause", result.cause());
        }
        if (result.inspectionData() != null) {
            ObjectNode inspection = response.putObject("inspectionData");
            result.inspectionData().forEach(inspection::put);
            if (!result.errorDetails().isEmpty()) {
                ObjectNode details = inspection.putObject("errorDetails");
                result.errorDetails().forEach(details::put);
            }
        }
        if (result.nextState() != null) {
            response.put("nextState", result.nextState());
        }
        response.put("status", result.status().name());
        return response;
    }

    private static String textOrNull(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
