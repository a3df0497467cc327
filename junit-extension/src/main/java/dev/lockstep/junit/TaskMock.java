package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.junit.internal.mock.MockScript;
import dev.lockstep.junit.internal.mock.MockState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A mock for Task states, made by {@link Lockstep#task(String)}: it answers the invocations its matcher selects by
 * following a script, and records every call. Each method that changes the script returns a new handle on the same
 * mock (the script is replaced atomically); every handle reports the same calls.
 *
 * <pre>{@code
 * lockstep.task("ChargeCard").returns("{\"charged\": true}");
 * lockstep.task("ChargeCard").fails("Lambda.TooManyRequestsException").times(2).thenReturns("{\"charged\": true}");
 * lockstep.task("Quote").answers(input -> Json.object("price", input.get("qty").asInt() * 10));
 * lockstep.task("Ship").returns("{}").after(Duration.ofHours(2)); // two hours of virtual latency
 * }</pre>
 *
 * <p>Steps run in order, as Mockito's do: a step answers {@link #times(int) n} calls when given a count, one call
 * when another step follows it, and every call from then on when it is the last. Calls past the end of a script
 * whose last step has a count fail the task with {@code Lockstep.MockExhausted}, naming the state and the script, so
 * a test that under-counts finds out. Calls are counted per mock, across executions, retries included.
 *
 * <p>Results are what the service returns: for {@code lambda:invoke} the function's return value, which the state
 * sees wrapped in {@code Payload} as AWS does (see {@link TaskOutcome}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TaskMock {

    private final MockState state;
    private final MockScript script;

    private TaskMock(MockState state, MockScript script) {
        this.state = state;
        this.script = script;
    }

    /** Internal: a handle on a mock whose script is empty. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static TaskMock of(MockState state) {
        return new TaskMock(state, state.script());
    }

    /** Every call answered, returning this JSON text as the task's result. */
    public TaskMock returns(String resultJson) {
        return then(MockScript.Step.returning(MockScript.parse(resultJson)), true);
    }

    /** Every call answered, returning this result. */
    public TaskMock returns(JsonNode result) {
        return then(MockScript.Step.returning(Objects.requireNonNull(result, "result")), true);
    }

    /** Every call failing with this error name and no cause. */
    public TaskMock fails(String error) {
        return fails(error, null);
    }

    /** Every call failing with this error name and cause. */
    public TaskMock fails(String error, String cause) {
        return then(MockScript.Step.failing(error, cause), true);
    }

    /** Every call answered by {@code answer}, from the task's input to its result. */
    public TaskMock answers(UnaryOperator<JsonNode> answer) {
        Objects.requireNonNull(answer, "answer");
        return then(MockScript.Step.answering(answer), true);
    }

    /** Every call answered by a handler that sees the whole request and chooses any outcome. */
    public TaskMock answersWith(TaskHandler handler) {
        return then(MockScript.Step.handledBy(Objects.requireNonNull(handler, "handler")), true);
    }

    /** Every call left unanswered: the task's timeout fires, or whoever holds its token answers. */
    public TaskMock neverAnswers() {
        return then(MockScript.Step.silent(), true);
    }

    /** The last step answers only {@code count} calls; what comes after it answers the next ones. */
    public TaskMock times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("times(n) needs n >= 1, got " + count);
        }
        return install(script.withLastStep(step -> step.times(count)));
    }

    /** The last step's answer arrives {@code latency} later, in the engine's (virtual) time. */
    public TaskMock after(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + latency);
        }
        return install(script.withLastStep(step -> step.after(latency)));
    }

    /** Then: return this JSON text. */
    public TaskMock thenReturns(String resultJson) {
        return then(MockScript.Step.returning(MockScript.parse(resultJson)), false);
    }

    /** Then: return this result. */
    public TaskMock thenReturns(JsonNode result) {
        return then(MockScript.Step.returning(Objects.requireNonNull(result, "result")), false);
    }

    /** Then: fail with this error and no cause. */
    public TaskMock thenFails(String error) {
        return thenFails(error, null);
    }

    /** Then: fail with this error and cause. */
    public TaskMock thenFails(String error, String cause) {
        return then(MockScript.Step.failing(error, cause), false);
    }

    /** Then: answer with {@code answer}. */
    public TaskMock thenAnswers(UnaryOperator<JsonNode> answer) {
        return then(MockScript.Step.answering(Objects.requireNonNull(answer, "answer")), false);
    }

    /** Which invocations this mock answers. */
    public TaskMatcher matcher() {
        return state.matcher();
    }

    /** Every call answered so far, oldest first. */
    public List<TaskCall> calls() {
        return state.calls();
    }

    /** The inputs of every call so far, oldest first. */
    public List<JsonNode> inputs() {
        return calls().stream().map(TaskCall::input).toList();
    }

    /** How many calls were answered. */
    public int callCount() {
        return calls().size();
    }

    /**
     * The input of the last call.
     *
     * @throws IllegalStateException when the mock was never called
     */
    public JsonNode lastInput() {
        List<TaskCall> calls = calls();
        if (calls.isEmpty()) {
            throw new IllegalStateException("The mock for " + matcher() + " was never called");
        }
        return calls.get(calls.size() - 1).input();
    }

    /** Removes the mock; the state's tasks go back to other handlers. */
    public void remove() {
        state.close();
    }

    @Override
    public String toString() {
        return "TaskMock[" + matcher() + ": " + script + ", " + callCount() + " call(s)]";
    }

    private TaskMock then(MockScript.Step step, boolean replace) {
        return install(replace ? MockScript.of(step) : script.append(step));
    }

    private TaskMock install(MockScript next) {
        state.install(next);
        return new TaskMock(state, next);
    }
}
