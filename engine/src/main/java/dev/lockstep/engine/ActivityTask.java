package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A task handed to an activity worker, as GetActivityTask returns it.
 *
 * @param taskToken the token to answer with
 * @param input the task's input as JSON text
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ActivityTask(String taskToken, String input) {}
