package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * What starting an execution takes: its input and, optionally, its name. Immutable.
 *
 * <pre>{@code
 * ExecutionRequest.withInput("{\"orderId\": 42}").named("order-42");
 * }</pre>
 *
 * @param inputJson the input as JSON text, or null when given as {@code input}
 * @param input the input as a JSON tree, or null when given as {@code inputJson}
 * @param name the execution's name, or null for a generated one
 * @param testCase the test case of the engine's {@link MockConfig} to run with, or null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ExecutionRequest(String inputJson, JsonNode input, String name, String testCase) {

    /** A request with this JSON text as input; {@code null} means {@code {}}, as in StartExecution. */
    public static ExecutionRequest withInput(String inputJson) {
        return new ExecutionRequest(inputJson == null ? "{}" : inputJson, null, null, null);
    }

    /** A request with this input. */
    public static ExecutionRequest withInput(JsonNode input) {
        return new ExecutionRequest(null, input, null, null);
    }

    /** The same request with this execution name. */
    public ExecutionRequest named(String newName) {
        return new ExecutionRequest(inputJson, input, newName, testCase);
    }

    /**
     * The same request running the test case {@code name} of the engine's mock config, as Step Functions Local's
     * {@code stateMachineArn#TestCaseName} does.
     */
    public ExecutionRequest testCase(String name) {
        return new ExecutionRequest(inputJson, input, this.name, name);
    }
}
