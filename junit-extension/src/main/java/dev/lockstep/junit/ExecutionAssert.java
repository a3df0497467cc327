package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.PendingTask;
import dev.lockstep.junit.internal.AwaitDefault;
import dev.lockstep.junit.internal.ExecutionMessages;
import dev.lockstep.junit.internal.PendingTasks;
import dev.lockstep.junit.internal.SimpleJsonPath;
import dev.lockstep.junit.internal.report.TraversalAnalysis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on an {@link Execution}; start with {@link LockstepAssertions#assertThat(Execution)}. Every failure
 * message shows the path the execution took and a compact timeline of its history.
 *
 * <p>Assertions about how the execution ended ({@link #succeeded()}, {@link #failed()}, {@link #timedOut()}, the
 * output) wait while it is RUNNING, in real time, for up to the test's {@code @LockstepTest(awaitSeconds)} (ten
 * seconds by default; {@link #within} changes it for one assertion), and fail at once when it ends another way. Assertions about its path and history look at it as it is now.
 *
 * <pre>{@code
 * assertThat(execution)
 *         .succeeded()
 *         .hasPath("Validate", "ChargeCard", "Ship")
 *         .retried("ChargeCard", 2)
 *         .outputAt("$.order.id").isEqualTo(42);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ExecutionAssert extends AbstractAssert<ExecutionAssert, Execution> {

    private final Duration wait;

    ExecutionAssert(Execution actual) {
        this(actual, AwaitDefault.current());
    }

    private ExecutionAssert(Execution actual, Duration wait) {
        super(actual, ExecutionAssert.class);
        this.wait = wait;
    }

    /** The same assertions, waiting up to {@code timeout} of real time for a running execution to end. */
    public ExecutionAssert within(Duration timeout) {
        ExecutionAssert copy = new ExecutionAssert(actual, Objects.requireNonNull(timeout, "timeout"));
        return info.hasDescription() ? copy.as(info.description()) : copy;
    }

    /** The execution ended SUCCEEDED. */
    public ExecutionAssert succeeded() {
        return endedAs(ExecutionStatus.SUCCEEDED);
    }

    /** The execution ended FAILED; follow with {@link #withError} and {@link #withCause}. */
    public ExecutionAssert failed() {
        return endedAs(ExecutionStatus.FAILED);
    }

    /** The execution ended TIMED_OUT (its TimeoutSeconds passed). */
    public ExecutionAssert timedOut() {
        return endedAs(ExecutionStatus.TIMED_OUT);
    }

    /** The execution ended ABORTED (stopped). */
    public ExecutionAssert aborted() {
        return endedAs(ExecutionStatus.ABORTED);
    }

    /** The execution is still running (it waits for a timer, a task token, an activity worker ...). */
    public ExecutionAssert isRunning() {
        isNotNull();
        if (actual.status() != ExecutionStatus.RUNNING) {
            fail(ExecutionMessages.expectedStatus(actual, ExecutionStatus.RUNNING));
        }
        return this;
    }

    /** The execution's error is {@code error}, e.g. {@code States.TaskFailed}; waits for it to end. */
    public ExecutionAssert withError(String error) {
        awaitEnd(null);
        if (!Objects.equals(actual.error(), error)) {
            fail(ExecutionMessages.expectedError(actual, error));
        }
        return this;
    }

    /** The execution's cause is exactly {@code cause}. */
    public ExecutionAssert withCause(String cause) {
        awaitEnd(null);
        if (!Objects.equals(actual.cause(), cause)) {
            fail(ExecutionMessages.expectedCause(actual, cause, false));
        }
        return this;
    }

    /** The execution's cause contains {@code part}. */
    public ExecutionAssert withCauseContaining(String part) {
        awaitEnd(null);
        if (actual.cause() == null || !actual.cause().contains(part)) {
            fail(ExecutionMessages.expectedCause(actual, part, true));
        }
        return this;
    }

    /** The execution entered exactly these states, in this order, and no others. */
    public ExecutionAssert hasPath(String... states) {
        isNotNull();
        List<String> expected = Arrays.asList(states);
        if (!actual.path().equals(expected)) {
            fail(ExecutionMessages.expectedPath(actual, "to be exactly", expected));
        }
        return this;
    }

    /** The execution entered these states in this order, maybe with others between them. */
    public ExecutionAssert containsPath(String... states) {
        isNotNull();
        List<String> expected = Arrays.asList(states);
        int next = 0;
        for (String state : actual.path()) {
            if (next < expected.size() && expected.get(next).equals(state)) {
                next++;
            }
        }
        if (next < expected.size()) {
            fail(ExecutionMessages.expectedPath(actual, "to contain, in order", expected));
        }
        return this;
    }

    /** The execution's path begins with these states. */
    public ExecutionAssert pathStartsWith(String... states) {
        isNotNull();
        List<String> expected = Arrays.asList(states);
        List<String> path = actual.path();
        if (path.size() < expected.size() || !path.subList(0, expected.size()).equals(expected)) {
            fail(ExecutionMessages.expectedPath(actual, "to start with", expected));
        }
        return this;
    }

    /** The execution entered {@code state} at least once. */
    public ExecutionAssert entered(String state) {
        isNotNull();
        if (!actual.path().contains(state)) {
            fail(ExecutionMessages.entered(actual, state, true));
        }
        return this;
    }

    /** The execution never entered {@code state}. */
    public ExecutionAssert neverEntered(String state) {
        isNotNull();
        if (actual.path().contains(state)) {
            fail(ExecutionMessages.entered(actual, state, false));
        }
        return this;
    }

    /** The Task state {@code state} was retried exactly {@code times} times (attempts after the first). */
    public ExecutionAssert retried(String state, int times) {
        isNotNull();
        Integer retries = actual.retries().get(state);
        if (retries == null || retries != times) {
            fail(ExecutionMessages.retried(actual, state, times, retries));
        }
        return this;
    }

    /** The execution left {@code state} through one of its Catch clauses. */
    public ExecutionAssert caughtAt(String state) {
        return caughtAt(state, null);
    }

    /** The execution left {@code state} through a Catch clause, having failed there with {@code error}. */
    public ExecutionAssert caughtAt(String state, String error) {
        isNotNull();
        List<TraversalAnalysis.Caught> caught = TraversalAnalysis.caught(actual.history());
        boolean found = caught.stream()
                .anyMatch(
                        c -> c.state().equals(state) && c.next() != null && (error == null || error.equals(c.error())));
        if (!found) {
            List<String> where = new ArrayList<>();
            caught.forEach(c -> where.add(c.state() + " (" + c.error() + ")"));
            fail(ExecutionMessages.caught(actual, state, error, where));
        }
        return this;
    }

    /** The input of the first visit of {@code state}. */
    public JsonNodeAssert stateInput(String state) {
        return stateInput(state, 1);
    }

    /** The input of the {@code visit}-th visit (from 1) of {@code state}. */
    public JsonNodeAssert stateInput(String state, int visit) {
        isNotNull();
        HistoryEvent entered = visit(state, visit);
        return new JsonNodeAssert(entered.input(), "the input of " + state);
    }

    /** The output of the first visit of {@code state}. */
    public JsonNodeAssert stateOutput(String state) {
        return stateOutput(state, 1);
    }

    /** The output of the {@code visit}-th visit (from 1) of {@code state}. */
    public JsonNodeAssert stateOutput(String state, int visit) {
        isNotNull();
        visit(state, visit);
        int seen = 0;
        for (HistoryEvent event : actual.history()) {
            if (state.equals(event.stateName()) && event.type().name().endsWith("_STATE_EXITED") && ++seen == visit) {
                return new JsonNodeAssert(event.output(), "the output of " + state);
            }
        }
        fail(ExecutionMessages.notExited(actual, state));
        return null;
    }

    /** The execution's output; waits for it to succeed. */
    public JsonNodeAssert output() {
        awaitEnd(ExecutionStatus.SUCCEEDED);
        return new JsonNodeAssert(actual.output(), "the output of " + ExecutionMessages.subject(actual));
    }

    /** The value at {@code path} in the output, e.g. {@code outputAt("$.order.id")}; waits for it to succeed. */
    public JsonNodeAssert outputAt(String path) {
        awaitEnd(ExecutionStatus.SUCCEEDED);
        return new JsonNodeAssert(
                SimpleJsonPath.read(actual.output(), path), path.equals("$") ? "the output" : path + " of the output");
    }

    /** The output equals this JSON text, key order aside; waits for it to succeed. */
    public ExecutionAssert hasOutput(String json) {
        output().isEqualToJson(json);
        return this;
    }

    /** The history has at least one event of each type, in this order (others may come between). */
    public ExecutionAssert hasHistoryEvents(HistoryEventType... types) {
        isNotNull();
        int next = 0;
        for (HistoryEvent event : actual.history()) {
            if (next < types.length && event.type() == types[next]) {
                next++;
            }
        }
        if (next < types.length) {
            List<String> names =
                    Arrays.stream(types).map(HistoryEventType::awsName).toList();
            fail(ExecutionMessages.noEvent(actual, "the events " + names + " in this order"));
        }
        return this;
    }

    /** The history's events, for AssertJ's list assertions. */
    public ListAssert<HistoryEvent> history() {
        isNotNull();
        return Assertions.assertThat(actual.history());
    }

    /** A {@code .waitForTaskToken} task waits for its token at {@code state}; waits for it to appear. */
    public ExecutionAssert isWaitingForTaskToken(String state) {
        return waitingAt(state, "a task token", false);
    }

    /** An activity task waits for a worker at {@code state}; waits for it to appear. */
    public ExecutionAssert isWaitingAtActivity(String state) {
        return waitingAt(state, "an activity worker", true);
    }

    private ExecutionAssert waitingAt(String state, String what, boolean activity) {
        isNotNull();
        if (PendingTasks.await(actual, state, task -> isActivity(task) == activity, wait)
                .isEmpty()) {
            List<String> waiting =
                    actual.pendingTasks().stream().map(PendingTask::stateName).toList();
            fail(ExecutionMessages.notWaiting(actual, state, what, waiting));
        }
        return this;
    }

    private static boolean isActivity(PendingTask task) {
        return task.resource().contains(":activity:");
    }

    private HistoryEvent visit(String state, int visit) {
        int seen = 0;
        for (HistoryEvent event : actual.history()) {
            if (state.equals(event.stateName()) && event.type().name().endsWith("_STATE_ENTERED") && ++seen == visit) {
                return event;
            }
        }
        fail(ExecutionMessages.noVisit(actual, state, visit));
        return null;
    }

    private ExecutionAssert endedAs(ExecutionStatus expected) {
        awaitEnd(expected);
        return this;
    }

    /** Waits for the end; fails if it does not come in time or (when {@code expected} is given) comes otherwise. */
    private void awaitEnd(ExecutionStatus expected) {
        isNotNull();
        if (!actual.status().isTerminal()
                && !actual.awaitCompletion(wait).status().isTerminal()) {
            fail(ExecutionMessages.stillRunning(actual, expected != null ? expected : ExecutionStatus.FAILED, wait));
        }
        if (expected != null && actual.status() != expected) {
            fail(ExecutionMessages.expectedStatus(actual, expected));
        }
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
