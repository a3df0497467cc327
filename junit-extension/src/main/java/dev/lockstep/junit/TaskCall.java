package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One invocation a {@link TaskMock} answered.
 *
 * @param stateName the Task state's name
 * @param input what the service would have received (the effective Parameters)
 * @param retryCount 0 for the first attempt, 1 for the first retry ...
 * @param executionArn the execution's ARN
 * @param taskToken the task token for callbacks and activities, or null
 * @param time the engine's time of the call
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TaskCall(
        String stateName, JsonNode input, int retryCount, String executionArn, String taskToken, Instant time) {}
