package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An activity: work done by a worker outside Step Functions, which polls for tasks with GetActivityTask.
 *
 * @param name the activity's name
 * @param arn its ARN, {@code arn:aws:states:REGION:ACCOUNT:activity:NAME}
 * @param creationTime when it was created, in the engine's time
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Activity(String name, String arn, Instant creationTime) {}
