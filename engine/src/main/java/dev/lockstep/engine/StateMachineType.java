package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The two workflow types of Step Functions. They differ in limits and guarantees: Standard executions run exactly
 * once for up to a year and keep a history; Express executions run at least once (asynchronous) or at most once
 * (synchronous) for up to five minutes.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum StateMachineType {
    STANDARD,
    EXPRESS
}
