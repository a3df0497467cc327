package dev.lockstep.junit.internal;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.PendingTask;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Waits, in real time, for a task to wait at a state: a callback or activity appears when the execution reaches the
 * state, maybe on another thread. Nothing announces it, so this looks every few milliseconds, sleeping on the
 * execution's own end (awaitCompletion), which wakes it at once when the execution ends without the task.
 */
public final class PendingTasks {

    private static final Duration LOOK_EVERY = Duration.ofMillis(5);

    private PendingTasks() {}

    /**
     * The first task of {@code execution} waiting at {@code stateName} that {@code kind} accepts; empty when the
     * execution ended, or {@code wait} passed, without one.
     */
    public static Optional<PendingTask> await(
            Execution execution, String stateName, Predicate<PendingTask> kind, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<PendingTask> task = execution.pendingTasks().stream()
                    .filter(t -> t.stateName().equals(stateName) && kind.test(t))
                    .findFirst();
            long left = deadline - System.nanoTime();
            if (task.isPresent() || execution.status().isTerminal() || left <= 0) {
                return task;
            }
            execution.awaitCompletion(Duration.ofNanos(Math.min(left, LOOK_EVERY.toNanos())));
        }
    }
}
