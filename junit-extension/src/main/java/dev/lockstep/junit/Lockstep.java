package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.PendingTask;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A test's view of Lockstep: its engine with the state machines deployed, the clock, mocks for Task states, and
 * one-call answers for callbacks. Ask for it as a test (or lifecycle) method parameter, or declare a field of this
 * type. Thread-safe.
 *
 * <pre>{@code
 * @Test
 * void retries_a_throttled_charge(Lockstep lockstep) {
 *     TaskMock charge = lockstep.task("ChargeCard")
 *             .fails("Lambda.TooManyRequestsException").times(2)
 *             .thenReturns("{\"charged\": true}");
 *     Execution execution = lockstep.run("{\"orderId\": 42}");
 *     assertThat(execution).succeeded().retried("ChargeCard", 2);
 *     assertThat(charge.calls()).hasSize(3);
 * }
 * }</pre>
 *
 * <p>Mocks registered through this object are removed when the test ends.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Lockstep {

    /** The engine the test runs on. */
    Engine engine();

    /** The engine's clock: {@code clock().advance(Duration.ofDays(1))}. */
    EngineClock clock();

    /** The engine's task handlers, for handlers the mock DSL does not cover. */
    TaskHandlers tasks();

    /** The options this test runs with. */
    LockstepOptions options();

    /**
     * The only deployed state machine.
     *
     * @throws IllegalStateException when none or several are deployed; the message lists them
     */
    StateMachine stateMachine();

    /**
     * The deployed state machine named {@code name}.
     *
     * @throws IllegalArgumentException when there is none; the message lists those deployed
     */
    StateMachine stateMachine(String name);

    /** Every deployed state machine, in deployment order. */
    List<StateMachine> stateMachines();

    /** Starts an execution of the only state machine with this JSON input; it runs until it ends or waits. */
    default Execution start(String inputJson) {
        return stateMachine().start(ExecutionRequest.withInput(inputJson));
    }

    /** Starts an execution of the only state machine with this input. */
    default Execution start(JsonNode input) {
        return stateMachine().start(ExecutionRequest.withInput(input));
    }

    /**
     * Starts an execution of the only state machine and runs it to its end (waits pass at once in AUTO time).
     *
     * @throws IllegalStateException when it cannot end without help (a task token, an activity worker, a manual
     *     clock); use {@link #start(String)} for those
     */
    default Execution run(String inputJson) {
        return start(inputJson).awaitCompletion();
    }

    /** Starts an execution of the only state machine and runs it to its end. */
    default Execution run(JsonNode input) {
        return start(input).awaitCompletion();
    }

    /** Every execution of every state machine on the engine, oldest first (those the code under test started too). */
    List<Execution> executions();

    /** Mocks the Task states named {@code stateName}, of any state machine. */
    TaskMock task(String stateName);

    /** Mocks the Task invocations {@code matcher} selects. */
    TaskMock task(TaskMatcher matcher);

    /**
     * The task waiting for its token at {@code stateName} in {@code execution}; waits (in real time, up to the await
     * timeout) for it to appear, for executions driven from another thread.
     *
     * @throws AssertionError when none appears; the message says what the execution waits for instead
     */
    PendingTask pendingTask(Execution execution, String stateName);

    /** Approves the task waiting at {@code stateName}: SendTaskSuccess with this JSON output. */
    default void approve(Execution execution, String stateName, String outputJson) {
        pendingTask(execution, stateName).succeed(outputJson);
    }

    /** Approves the task waiting at {@code stateName}: SendTaskSuccess with this output. */
    default void approve(Execution execution, String stateName, JsonNode output) {
        pendingTask(execution, stateName).succeed(output);
    }

    /** Rejects the task waiting at {@code stateName}: SendTaskFailure with this error and cause (either may be null). */
    default void reject(Execution execution, String stateName, String error, String cause) {
        pendingTask(execution, stateName).fail(error, cause);
    }

    /** Moves the clock forward, running every timer that falls due on the way. */
    default void advance(Duration duration) {
        clock().advance(duration);
    }

    /** Where this test's clock started. */
    Instant initialTime();

    /** The engine's seed. */
    default long seed() {
        return engine().seed();
    }

    /**
     * Adds a line to print if the test fails, after the seed and the initial time: e.g. how to replay a chaos run.
     */
    void noteOnFailure(String line);

    /** Adds lines to print if the test fails, computed then (so they can tell what happened during the test). */
    void noteOnFailure(java.util.function.Supplier<String> lines);

    /**
     * Uses a chaos run of lockstep-fixtures in this test: if the test fails, its seed, its one-line replay
     * instruction and the faults it injected are printed with the failure. Register the chaos's handlers as usual.
     *
     * <pre>{@code
     * Chaos chaos = lockstep.chaos(Chaos.builder().seedFromSystemProperty()
     *         .inject("ChargeCard", 0.3, Faults.throttling()).build());
     * chaos.register(lockstep.tasks(), TaskMatcher.state("ChargeCard"), Answers.result("{\"charged\": true}"));
     * }</pre>
     *
     * @return {@code chaos}
     */
    dev.lockstep.fixtures.Chaos chaos(dev.lockstep.fixtures.Chaos chaos);

    /**
     * A value an {@link dev.lockstep.junit.spi.LockstepResourceProvider} contributes (an {@code SfnClient}, a GraphQL
     * endpoint ...), created on first use and closed with the engine.
     *
     * @throws IllegalArgumentException when no provider supplies the type; the message lists the providers
     */
    <T> T resource(Class<T> type);
}
