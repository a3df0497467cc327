package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.TestStateException;
import dev.lockstep.engine.TestStateRequest;
import dev.lockstep.engine.TestStateResult;
import java.util.List;

/**
 * TestState (API reference: TestState): one state, tested on the engine with an optional mock, its data flow shown at
 * the DEBUG and TRACE inspection levels. Values travel as JSON text, as AWS sends them.
 *
 * <p>{@code mock.fieldValidationMode} is checked against its enum and otherwise not used: AWS validates a mocked
 * result against the service's API model (STRICT, its default: required fields present and every field of the right
 * shape; PRESENT: the fields present; NONE: nothing; API reference: MockInput), and the engine has no API models, so
 * every mode behaves as NONE here.
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
        String validationMode = mock == null ? null : textOrNull(mock.get("fieldValidationMode"));
        params.length("definition", definition, 1, StateMachineOperations.MAX_DEFINITION, true)
                .length("input", input, 0, ExecutionOperations.MAX_INPUT, true)
                .length("roleArn", roleArn, 1, 256)
                .length("stateName", stateName, 1, 80)
                .length("context", context, 0, ExecutionOperations.MAX_INPUT, true)
                .length("variables", variables, 0, ExecutionOperations.MAX_INPUT, true)
                .oneOf("inspectionLevel", level, LEVELS)
                .oneOf("mock.fieldValidationMode", validationMode, VALIDATION_MODES);
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
                .inspectionLevel(level == null ? null : TestStateRequest.InspectionLevel.valueOf(level));
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
