package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Answers the invocations of Task states: a mock, a fault, or a call to a real service. Register handlers with
 * {@code engine.tasks().register(TaskMatcher, TaskHandler)}.
 *
 * <pre>{@code
 * engine.tasks().register(TaskMatcher.state("ChargeCard"),
 *         request -> TaskOutcome.succeed("{\"charged\": true}"));
 * }</pre>
 *
 * <p>Called inside the engine, on the thread that drives it: answer at once, with simulated latency
 * ({@link TaskOutcome#after}), or later from another thread ({@link TaskOutcome#async}); never block waiting for the
 * engine.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface TaskHandler {

    TaskOutcome handle(TaskRequest request);
}
