package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A Task waiting for someone outside the engine: a {@code .waitForTaskToken} callback or an activity. The test (or
 * the code under test) answers it, as SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat would.
 *
 * <pre>{@code
 * execution.pendingTask("ManagerApproval").succeed("{\"approved\": true}");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface PendingTask {

    String stateName();

    /** The task token, as {@code $$.Task.Token} gave it to the state. */
    String taskToken();

    /** What the task received: its effective Parameters (the message sent with the token, for a callback). */
    JsonNode input();

    /** The state's Resource. */
    String resource();

    /** The execution the task belongs to. */
    Execution execution();

    /** Answers as SendTaskSuccess does, with JSON text. */
    void succeed(String outputJson);

    /** Answers as SendTaskSuccess does. */
    void succeed(JsonNode output);

    /** Answers as SendTaskFailure does; either argument may be null. */
    void fail(String error, String cause);

    /** Reports progress as SendTaskHeartbeat does, restarting the heartbeat timeout. */
    void heartbeat();
}
