package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.HistoryEvent;
import org.apiguardian.api.API;

/**
 * Sees what executions do, as it happens: reports, coverage and assertions build on this, not on engine internals.
 * Called inside the engine, in order, on the thread that drives it: keep it quick and never call back into the engine
 * from here. Every method has a no-op default.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ExecutionListener {

    /** A history event was recorded (the first is always ExecutionStarted). */
    default void onEvent(Execution execution, HistoryEvent event) {}

    /** The execution ended; its status, output and history are final. */
    default void onExecutionFinished(Execution execution) {}
}
