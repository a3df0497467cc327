package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A state machine deployed on an {@link Engine}.
 *
 * <pre>{@code
 * StateMachine orders = engine.deploy("Orders", StateMachineDefinition.fromResource("orders.asl.json"));
 * Execution done = orders.run("{\"orderId\": 42}");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface StateMachine {

    String name();

    /** The ARN, e.g. {@code arn:aws:states:us-east-1:123456789012:stateMachine:Orders}. */
    String arn();

    StateMachineType type();

    /** The current definition; executions started after an {@link #update} run the new one. */
    StateMachineDefinition definition();

    /**
     * Replaces the definition and, when not null, the role, as UpdateStateMachine does: running executions keep
     * the definition they started with.
     *
     * @throws InvalidDefinitionException when the definition is not valid for this machine's type
     */
    void update(StateMachineDefinition definition, String roleArn);

    /** When the state machine was deployed, in the engine's time. */
    java.time.Instant creationTime();

    /** The IAM role the state machine runs as; it appears in the history and the context object. */
    String roleArn();

    /**
     * Starts an execution. It runs in the calling thread until it ends or waits on something outside the engine, so
     * with the automatic virtual clock most executions have ended when this returns.
     *
     * @throws InvalidExecutionInputException when the input is not JSON or is too large
     */
    Execution start(ExecutionRequest request);

    /** Starts an execution with this JSON input and a generated name. */
    default Execution start(String inputJson) {
        return start(ExecutionRequest.withInput(inputJson));
    }

    /** Starts an execution with this input and a generated name. */
    default Execution start(JsonNode input) {
        return start(ExecutionRequest.withInput(input));
    }

    /** Starts an execution and {@linkplain Execution#awaitCompletion() waits for it to end}. */
    default Execution run(String inputJson) {
        return start(inputJson).awaitCompletion();
    }

    /** Starts an execution and {@linkplain Execution#awaitCompletion() waits for it to end}. */
    default Execution run(ExecutionRequest request) {
        return start(request).awaitCompletion();
    }

    /** The executions started so far, oldest first. */
    List<Execution> executions();
}
