package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * How a {@link TaskHandler} answers a Task invocation.
 *
 * <ul>
 *   <li>{@link #succeed(JsonNode)}: the task's result. For {@code lambda:invoke} it is the function's return value,
 *       and the state sees it wrapped as AWS wraps it ({@code Payload}, {@code StatusCode}, {@code SdkHttpMetadata}
 *       ...); for other optimized integrations it is laid over AWS's default response (generated ids and HTTP
 *       metadata); for callbacks and {@code .sync} jobs it is the final output; for a Lambda function ARN and for
 *       AWS SDK integrations it is the result as is.
 *   <li>{@link #respond(JsonNode)}: the service's whole response, used exactly as given (as a MockConfigFile's
 *       {@code Return} is).
 *   <li>{@link #fail(String, String)}: the task fails with this error and cause.
 *   <li>{@link #noAnswer()}: the task never answers: its timeout or heartbeat fires, or (for callbacks and
 *       activities) whoever holds the task token answers.
 *   <li>{@link #after(Duration)}: the same answer after a delay, in the engine's (virtual) time.
 *   <li>{@link #async(CompletionStage)}: an answer from real I/O, later, on another thread.
 * </ul>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface TaskOutcome
        permits TaskOutcome.Success, TaskOutcome.Failure, TaskOutcome.NoAnswer, TaskOutcome.Delayed, TaskOutcome.Async {

    /** The task's result; see the class description for how each integration presents it. */
    static TaskOutcome succeed(JsonNode result) {
        return new Success(Objects.requireNonNull(result, "result"), false);
    }

    /** The task's result, given as JSON text. */
    static TaskOutcome succeed(String resultJson) {
        return succeed(parse(resultJson));
    }

    /** The service's whole response, used as the task result exactly as given. */
    static TaskOutcome respond(JsonNode response) {
        return new Success(Objects.requireNonNull(response, "response"), true);
    }

    /** The task fails with {@code error} and {@code cause} (either may be null). */
    static TaskOutcome fail(String error, String cause) {
        return new Failure(error, cause);
    }

    /** The task never answers. */
    static TaskOutcome noAnswer() {
        return NoAnswer.INSTANCE;
    }

    /** An answer that arrives later from real I/O; the engine waits for it. */
    static TaskOutcome async(CompletionStage<TaskOutcome> answer) {
        return new Async(Objects.requireNonNull(answer, "answer"));
    }

    /** This answer, delivered {@code latency} later in the engine's time. */
    default TaskOutcome after(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        return latency.isZero() ? this : new Delayed(latency, this);
    }

    /** A result. {@code verbatim} means the result is the whole service response. */
    record Success(JsonNode result, boolean verbatim) implements TaskOutcome {}

    /** A failure with an error name and a cause. */
    record Failure(String error, String cause) implements TaskOutcome {}

    /** No answer at all. */
    enum NoAnswer implements TaskOutcome {
        INSTANCE
    }

    /** An answer after a delay. */
    record Delayed(Duration latency, TaskOutcome outcome) implements TaskOutcome {}

    /** An answer from another thread. */
    record Async(CompletionStage<TaskOutcome> answer) implements TaskOutcome {}

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A task result must be JSON: " + e.getOriginalMessage(), e);
        }
    }
}
