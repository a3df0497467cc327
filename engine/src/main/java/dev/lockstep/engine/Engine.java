package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.internal.execute.EngineCore;
import dev.lockstep.engine.spi.ExecutionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Step Functions engine: deploys state machines and runs their executions in-process, in virtual time.
 * Deterministic: the same definitions, inputs, seed and start time give the same executions, byte for byte.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().seed(42).startTime(Instant.parse("2026-01-01T00:00:00Z")).build();
 * StateMachine hello = engine.deploy("Hello", StateMachineDefinition.parse(definitionJson));
 * Execution execution = hello.run("{}");
 * }</pre>
 *
 * <p>Thread-safe. Closing an engine releases the thread a {@link EngineClock.TimeMode#REAL} clock uses.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Engine implements AutoCloseable {

    private final EngineCore core;

    private Engine(Builder builder) {
        this.core = new EngineCore(new EngineCore.Config(
                builder.region,
                builder.accountId,
                builder.seed,
                builder.startTime != null ? builder.startTime.toEpochMilli() : System.currentTimeMillis(),
                builder.timeMode,
                List.copyOf(builder.listeners),
                builder.strictTasks,
                builder.mockConfig));
    }

    /** An engine with the defaults: region us-east-1, account 123456789012, seed 0, starting now, AUTO time. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deploys a Standard state machine, as CreateStateMachine does.
     *
     * @throws InvalidNameException when AWS would refuse the name
     * @throws AlreadyExistsException when a state machine of that name exists
     */
    public StateMachine deploy(String name, StateMachineDefinition definition) {
        return deploy(name, definition, StateMachineType.STANDARD);
    }

    /** Parses, validates and deploys a Standard state machine. */
    public StateMachine deploy(String name, String definitionText) {
        return deploy(name, StateMachineDefinition.parse(definitionText));
    }

    /**
     * Deploys a state machine of the given type.
     *
     * @throws InvalidDefinitionException when the definition is not valid for that type (e.g. {@code .sync} in an
     *     Express machine)
     */
    public StateMachine deploy(String name, StateMachineDefinition definition, StateMachineType type) {
        return deploy(name, definition, type, null);
    }

    /**
     * Deploys a state machine of the given type that runs as {@code roleArn} (null for a default role in the
     * engine's account), as CreateStateMachine does.
     *
     * @throws InvalidDefinitionException when the definition is not valid for that type
     * @throws InvalidNameException when AWS would refuse the name
     * @throws AlreadyExistsException when a state machine of that name exists
     */
    public StateMachine deploy(String name, StateMachineDefinition definition, StateMachineType type, String roleArn) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(type, "type");
        return core.deploy(name, definition, type, roleArn);
    }

    /**
     * Removes a state machine, as DeleteStateMachine does; its running executions go on to their end.
     *
     * @return whether a state machine of that name existed
     */
    public boolean undeploy(String name) {
        return core.undeploy(name);
    }

    /** The deployed state machine with this name, if any. */
    public Optional<StateMachine> stateMachine(String name) {
        return core.stateMachine(name);
    }

    /** Every deployed state machine, in deployment order. */
    public List<StateMachine> stateMachines() {
        return core.stateMachines();
    }

    /** The execution with this ARN, if any. */
    public Optional<Execution> execution(String executionArn) {
        return core.execution(executionArn);
    }

    public EngineClock clock() {
        return core.clock();
    }

    /** The task handlers: mocks, faults and real-service handlers for Task states. */
    public TaskHandlers tasks() {
        return core.tasks();
    }

    /**
     * Answers a task token with a result, as SendTaskSuccess does.
     *
     * @throws TaskTokenException with AWS's error: InvalidToken, TaskDoesNotExist, TaskTimedOut or InvalidOutput
     */
    public void sendTaskSuccess(String taskToken, String outputJson) {
        core.sendTaskSuccess(taskToken, outputJson);
    }

    /** Answers a task token with a result, as SendTaskSuccess does. */
    public void sendTaskSuccess(String taskToken, com.fasterxml.jackson.databind.JsonNode output) {
        core.sendTaskSuccess(taskToken, output);
    }

    /**
     * Answers a task token with a failure, as SendTaskFailure does; error and cause may be null.
     *
     * @throws TaskTokenException with AWS's error: InvalidToken, TaskDoesNotExist or TaskTimedOut
     */
    public void sendTaskFailure(String taskToken, String error, String cause) {
        core.sendTaskFailure(taskToken, error, cause);
    }

    /** Restarts a task's heartbeat timeout, as SendTaskHeartbeat does. */
    public void sendTaskHeartbeat(String taskToken) {
        core.sendTaskHeartbeat(taskToken);
    }

    /**
     * Tests one state, as the TestState API does: with an input, optionally a mocked result or error, and the data
     * flow at each step (inspection levels DEBUG and TRACE). The state runs on a scratch engine with this engine's
     * settings; a Task without a mock is answered by this engine's task handlers.
     *
     * @throws TestStateException with AWS's error name and message when AWS would refuse the request
     */
    public TestStateResult testState(TestStateRequest request) {
        return dev.lockstep.engine.internal.teststate.TestStateRunner.run(core, request);
    }

    /** Creates an activity, as CreateActivity does; creating one that exists returns it. */
    public Activity createActivity(String name) {
        return core.createActivity(name);
    }

    /** Deletes an activity, as DeleteActivity does; returns whether it existed. */
    public boolean deleteActivity(String activityArn) {
        return core.deleteActivity(activityArn);
    }

    public Optional<Activity> activity(String activityArn) {
        return core.activity(activityArn);
    }

    public List<Activity> activities() {
        return core.activities();
    }

    /**
     * Hands the oldest task waiting for the activity to a worker, as GetActivityTask does; empty when none waits (this
     * method does not wait: see {@link #getActivityTask(String, String, Duration)}).
     *
     * @throws ActivityDoesNotExistException when there is no such activity
     */
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName) {
        return core.getActivityTask(activityArn, workerName);
    }

    /**
     * Hands the oldest task waiting for the activity to a worker, waiting up to {@code wait} (wall-clock time) for one
     * to be scheduled, as GetActivityTask's long poll does (AWS waits up to 60 seconds). The calling thread sleeps
     * until the engine has run something, a newly scheduled activity task included; it does not poll.
     *
     * <pre>{@code
     * Optional<ActivityTask> task = engine.getActivityTask(activityArn, "worker-1", Duration.ofSeconds(60));
     * }</pre>
     *
     * @return the task; empty when none was scheduled in time, or when the thread was interrupted (its interrupt flag
     *     is set again)
     * @throws ActivityDoesNotExistException when there is no such activity
     * @since 0.1.0
     */
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName, Duration wait) {
        return core.awaitActivityTask(activityArn, workerName, Objects.requireNonNull(wait, "wait"));
    }

    /** The seed every generated value comes from; print it to reproduce a run. */
    public long seed() {
        return core.config().seed();
    }

    public String region() {
        return core.config().region();
    }

    public String accountId() {
        return core.config().accountId();
    }

    /**
     * Closes the engine: a {@link EngineClock.TimeMode#REAL} clock's thread stops, and from now on the engine starts,
     * runs and answers nothing (deploying, starting, sending task tokens and moving the clock throw an
     * {@link IllegalStateException} saying the engine is closed). What executions recorded stays readable.
     */
    @Override
    public void close() {
        core.close();
    }

    /** Builds an {@link Engine}. */
    public static final class Builder {
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private long seed;
        private Instant startTime;
        private EngineClock.TimeMode timeMode = EngineClock.TimeMode.AUTO;
        private final List<ExecutionListener> listeners = new ArrayList<>();
        private boolean strictTasks = true;
        private MockConfig mockConfig;

        private Builder() {}

        /** The AWS region in ARNs; default {@code us-east-1}. */
        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** The account id in ARNs; default {@code 123456789012}. */
        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        /** The seed for execution names, UUIDs, random numbers and jitter; default 0. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Where the virtual clock starts; default: the wall-clock time when the engine is built. */
        public Builder startTime(Instant value) {
            this.startTime = Objects.requireNonNull(value, "startTime");
            return this;
        }

        /** How the clock moves; default {@link EngineClock.TimeMode#AUTO}. */
        public Builder timeMode(EngineClock.TimeMode value) {
            this.timeMode = Objects.requireNonNull(value, "timeMode");
            return this;
        }

        /** Adds a listener that sees every history event of every execution. */
        public Builder listener(ExecutionListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Whether a Task no handler answers fails the execution with a message naming the state, its resource and the
         * handlers there are (true, the default), or answers with its own input (false). Callbacks and activities
         * without a handler always wait for their token.
         */
        public Builder strictTasks(boolean value) {
            this.strictTasks = value;
            return this;
        }

        /**
         * A Step Functions Local mock configuration; executions started with {@link ExecutionRequest#testCase} use its
         * mocked responses.
         */
        public Builder mockConfig(MockConfig value) {
            this.mockConfig = value;
            return this;
        }

        public Engine build() {
            return new Engine(this);
        }
    }
}
