package dev.lockstep.junit.internal;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.spi.ExecutionListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Every execution an engine starts, in order, seen through the listener SPI: the ones the test starts and the ones
 * the code under test starts through the API alike.
 */
public final class ExecutionLog implements ExecutionListener {

    private final List<Execution> started = new ArrayList<>();
    private int taken;

    @Override
    public void onEvent(Execution execution, HistoryEvent event) {
        if (event.type() == HistoryEventType.EXECUTION_STARTED) {
            synchronized (started) {
                started.add(execution);
            }
        }
    }

    /** Every execution started so far. */
    public List<Execution> all() {
        synchronized (started) {
            return List.copyOf(started);
        }
    }

    /** The executions started since the last call: what one test of a shared engine ran. */
    public List<Execution> takeNew() {
        synchronized (started) {
            List<Execution> fresh = new ArrayList<>(started.subList(taken, started.size()));
            taken = started.size();
            return fresh;
        }
    }
}
