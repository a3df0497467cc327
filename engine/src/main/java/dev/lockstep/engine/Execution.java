package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One execution of a state machine. A handle: it stays valid while the engine lives, and its accessors show the
 * execution as it is now. All methods are safe to call from any thread.
 *
 * <pre>{@code
 * Execution execution = stateMachine.start("{\"orderId\": 42}");
 * execution.status();   // SUCCEEDED
 * execution.output();   // {"orderId":42,"shipped":true}
 * execution.path();     // [Validate, Ship, Done]
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Execution {

    /** The execution's ARN, e.g. {@code arn:aws:states:us-east-1:123456789012:execution:Orders:run-1}. */
    String arn();

    /** The execution's name: as given to start it, or a UUID drawn from the engine's seed. */
    String name();

    /** The state machine this is an execution of. */
    StateMachine stateMachine();

    /** The definition this execution runs: the state machine's definition when the execution started. */
    StateMachineDefinition definition();

    ExecutionStatus status();

    /** The input the execution started with. */
    JsonNode input();

    /**
     * The input as text: exactly as the caller wrote it when the execution was started from JSON text (AWS keeps that
     * text verbatim, e.g. in DescribeExecution), else the input's compact JSON.
     *
     * @since 0.1.0
     */
    String inputText();

    /** The output of a SUCCEEDED execution; {@code null} otherwise. */
    JsonNode output();

    /** The error name of a FAILED or ABORTED execution, e.g. {@code States.Runtime}; {@code null} when none. */
    String error();

    /** The cause of a FAILED or ABORTED execution; {@code null} when none. */
    String cause();

    /** When the execution started, in the engine's (virtual) time. */
    Instant startTime();

    /** When the execution ended, in the engine's time; {@code null} while it runs. */
    Instant stopTime();

    /** The names of the states entered so far, in the order they were entered (repeats included). */
    List<String> path();

    /** The history so far, as GetExecutionHistory would return it, oldest first. */
    List<HistoryEvent> history();

    /**
     * Stops a running execution as StopExecution does: it ends ABORTED with the given error and cause (both may be
     * {@code null}). Does nothing to an execution that has ended.
     */
    void stop(String error, String cause);

    /**
     * Runs the engine until this execution ends and returns it. With the engine's automatic virtual clock, waits and
     * timers pass at once.
     *
     * @throws IllegalStateException when the execution cannot end without help from outside (a task token to send, an
     *     activity worker, or a manual clock to advance); the message says what it is waiting for
     */
    Execution awaitCompletion();

    /**
     * Waits, in real time, up to {@code timeout} for this execution to end, for example while another thread sends a
     * task token. Returns this execution whatever its status then.
     */
    Execution awaitCompletion(Duration timeout);

    /** What the execution is waiting for right now, e.g. {@code Wait state 'Pause' until 2026-01-01T00:00:00Z}. */
    List<String> waitingFor();

    /**
     * How many times each Task state retried in this execution, by state name, in the order the states were first
     * entered; states that were entered but never retried map to 0. Read from the history: each attempt records a
     * Scheduled event, each visit an Entered event.
     */
    default java.util.Map<String, Integer> retries() {
        java.util.Map<Long, String> stateOfEvent = new java.util.HashMap<>();
        java.util.Map<String, Integer> retries = new java.util.LinkedHashMap<>();
        for (HistoryEvent event : history()) {
            String state = event.stateName() != null && event.type().name().endsWith("_STATE_ENTERED")
                    ? event.stateName()
                    : stateOfEvent.get(event.previousEventId());
            if (state != null) {
                stateOfEvent.put(event.id(), state);
            }
            if (event.type() == HistoryEventType.TASK_STATE_ENTERED) {
                retries.merge(state, -1, Integer::sum);
            } else if (state != null
                    && (event.type() == HistoryEventType.TASK_SCHEDULED
                            || event.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED
                            || event.type() == HistoryEventType.ACTIVITY_SCHEDULED)) {
                retries.merge(state, 1, Integer::sum);
            }
        }
        return retries;
    }

    /**
     * The tasks of this execution that wait for someone outside the engine to answer them: {@code .waitForTaskToken}
     * callbacks and activities, oldest first.
     */
    List<PendingTask> pendingTasks();

    /**
     * The task waiting at the state {@code stateName}, to approve or reject in one call:
     *
     * <pre>{@code
     * execution.pendingTask("ManagerApproval").succeed("{\"approved\": true}");
     * }</pre>
     *
     * @throws IllegalStateException when no task waits there; the message lists the states that wait
     */
    default PendingTask pendingTask(String stateName) {
        List<PendingTask> pending = pendingTasks();
        for (PendingTask task : pending) {
            if (task.stateName().equals(stateName)) {
                return task;
            }
        }
        List<String> waiting = new java.util.ArrayList<>();
        pending.forEach(task -> waiting.add(task.stateName()));
        throw new IllegalStateException("No task waits for its token at the state '" + stateName + "' of execution '"
                + name() + "' (status " + status() + "); "
                + (waiting.isEmpty() ? "no task waits for a token." : "tasks wait at " + waiting + ".")
                + " Now it waits for: " + waitingFor());
    }
}
