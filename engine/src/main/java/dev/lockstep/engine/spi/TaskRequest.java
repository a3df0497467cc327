package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One invocation of a Task state, as a {@link TaskHandler} sees it: what would be sent to the service.
 *
 * @param stateName the Task state's name
 * @param resource the state's Resource, parsed
 * @param input what the service receives: the effective Parameters (or the effective input without them)
 * @param taskToken the task token for {@code .waitForTaskToken} tasks and activities, otherwise null
 * @param retryCount 0 for the first attempt, 1 for the first retry, and so on ({@code $$.State.RetryCount})
 * @param invocation how many times this state was invoked in this execution before, retries and re-entries
 *     included (0 for the first): the index Step Functions Local's mock files count with
 * @param executionArn the execution's ARN
 * @param stateMachineName the state machine's name
 * @param region the engine's region
 * @param time the engine's time of the invocation
 * @param credentials the state's effective Credentials, or null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TaskRequest(
        String stateName,
        TaskResource resource,
        JsonNode input,
        String taskToken,
        int retryCount,
        int invocation,
        String executionArn,
        String stateMachineName,
        String region,
        Instant time,
        JsonNode credentials) {}
