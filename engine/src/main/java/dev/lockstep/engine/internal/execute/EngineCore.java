package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Activity;
import dev.lockstep.engine.ActivityTask;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskTokenException;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.functions.Uuids;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.task.HandlerRegistry;
import dev.lockstep.engine.spi.ExecutionListener;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What an {@code Engine} is made of: its kernel, its state machines and their executions. Thread-safe. */
public final class EngineCore {

    private static final Logger LOG = Logger.getLogger(EngineCore.class.getName());

    /** AWS's payload limit: 256 KiB of UTF-8 (developer guide: "Step Functions service quotas"). */
    public static final int MAX_PAYLOAD_BYTES = 262_144;

    /**
     * How an engine is set up.
     *
     * @param startMillis where the clock starts, epoch milliseconds
     */
    public record Config(
            String region,
            String accountId,
            long seed,
            long startMillis,
            EngineClock.TimeMode timeMode,
            List<ExecutionListener> listeners,
            boolean strictTasks,
            MockConfig mockConfig) {}

    /**
     * States.DataLimitExceeded for a state whose input after Parameters passes the limit (developer guide: "Handling
     * errors", States.DataLimitExceeded). AWS's cause for it is not on record; this one says what happened.
     */
    static StatesError inputTooLarge(String stateName) {
        return StatesError.of(
                ErrorNames.DATA_LIMIT_EXCEEDED,
                "The state/task '" + stateName
                        + "' has an input after Parameters that exceeds the maximum number of bytes service limit.");
    }

    /** How many finished Express executions an engine keeps listed (StateMachine.executions()). */
    static final int RETAINED_EXPRESS_EXECUTIONS = 1_000;

    private final java.util.ArrayDeque<ExecutionRun> finishedExpress = new java.util.ArrayDeque<>();
    private final Config config;
    private final Kernel kernel;
    private final SplittableRandom random;
    private final Map<String, DeployedMachine> machines = new LinkedHashMap<>();
    private final Map<String, ExecutionRun> executions = new LinkedHashMap<>();
    private final EngineClock clock;
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final TaskTokens tokens;
    private final Activities activities = new Activities();

    public EngineCore(Config config) {
        this.config = config;
        this.kernel = new Kernel(config.timeMode(), config.startMillis());
        this.random = new SplittableRandom(config.seed());
        this.tokens = new TaskTokens(config.seed());
        this.clock = new KernelClock();
    }

    public Config config() {
        return config;
    }

    Kernel kernel() {
        return kernel;
    }

    public EngineClock clock() {
        return clock;
    }

    /**
     * Deploys a state machine, as CreateStateMachine does: the name is checked first, then the definition is made one
     * for {@code type} (parsed again only when it was parsed for another type).
     */
    public StateMachine deploy(
            String name, StateMachineDefinition definition, StateMachineType type, String requestedRoleArn) {
        Names.check(name, "state machine");
        StateMachineDefinition forType = definition.forType(type);
        return kernel.call(() -> {
            String arn = Names.stateMachineArn(config.region(), config.accountId(), name);
            if (machines.containsKey(name)) {
                throw new AlreadyExistsException("State Machine Already Exists: '" + arn + "'", arn);
            }
            String roleArn = requestedRoleArn != null
                    ? requestedRoleArn
                    : "arn:aws:iam::" + config.accountId() + ":role/LockstepExecutionRole";
            DeployedMachine machine = new DeployedMachine(this, name, arn, type, forType, roleArn);
            machines.put(name, machine);
            return machine;
        });
    }

    /** Removes a state machine, as DeleteStateMachine does; its running executions go on. */
    public boolean undeploy(String name) {
        return kernel.call(() -> machines.remove(name) != null);
    }

    public Optional<StateMachine> stateMachine(String name) {
        return kernel.read(() -> Optional.ofNullable(machines.get(name)));
    }

    public List<StateMachine> stateMachines() {
        return kernel.read(() -> List.copyOf(machines.values()));
    }

    public Optional<Execution> execution(String arn) {
        return kernel.read(() -> Optional.ofNullable(executions.get(arn)));
    }

    /** The executions of {@code machine} the engine keeps, oldest first: its own index, not a scan of all. */
    List<Execution> executionsOf(DeployedMachine machine) {
        return kernel.read(machine::executionsInside);
    }

    Execution start(DeployedMachine machine, ExecutionRequest request) {
        Input input = readInput(request);
        if (request.name() != null) {
            Names.check(request.name(), "execution");
        }
        Map<String, String> mocked = mockedStates(machine, request.testCase());
        return kernel.call(() -> create(machine, input, request.name(), request.testCase(), mocked));
    }

    /** Starts an execution from inside the kernel: a Task's child execution. */
    ExecutionRun startInside(DeployedMachine machine, JsonNode input, String name) {
        if (name != null) {
            Names.check(name, "execution");
        }
        return create(machine, Input.of(input), name, null, null);
    }

    private ExecutionRun create(
            DeployedMachine machine, Input input, String requestedName, String testCase, Map<String, String> mocked) {
        String name = requestedName != null ? requestedName : Uuids.randomV4(random);
        String arn = machine.type() == StateMachineType.EXPRESS
                ? Names.expressExecutionArn(
                        config.region(), config.accountId(), machine.name(), name, Uuids.randomV4(random))
                : Names.executionArn(config.region(), config.accountId(), machine.name(), name);
        if (executions.containsKey(arn)) {
            throw new AlreadyExistsException("Execution Already Exists: '" + arn + "'", arn);
        }
        ExecutionRun created = new ExecutionRun(
                this,
                machine,
                name,
                arn,
                input.value,
                input.text,
                input.size,
                random.nextLong(),
                testCase == null ? null : new ExecutionRun.TestCase(testCase, mocked));
        executions.put(arn, created);
        machine.started(created);
        kernel.schedule(created::start);
        return created;
    }

    /**
     * Starts a TestState run of {@code machine}: the first state is watched by {@code probe}; see
     * {@link ExecutionRun#testState}.
     */
    public Execution startTestState(
            StateMachine machine,
            JsonNode input,
            StateProbe probe,
            JsonNode context,
            com.fasterxml.jackson.databind.node.ObjectNode variables) {
        Execution started = kernel.call(() -> {
            ExecutionRun run = create((DeployedMachine) machine, Input.of(input), null, null, null);
            run.testState(probe, context, variables);
            return run;
        });
        kernel.drain();
        return started;
    }

    /** The most specific registered handler for {@code request}, or null: TestState's unmocked Task asks the engine. */
    public TaskHandler findHandler(TaskRequest request) {
        return handlers.find(request);
    }

    /** The mocked responses of a test case, by state; null without a test case. */
    private Map<String, String> mockedStates(DeployedMachine machine, String testCase) {
        if (testCase == null) {
            return null;
        }
        MockConfig mocks = config.mockConfig();
        if (mocks == null) {
            throw new IllegalArgumentException("Test case '" + testCase + "' was asked for, but the engine has no mock"
                    + " config; build it with Engine.builder().mockConfig(MockConfig.fromFile(...))");
        }
        Map<String, String> states = mocks.testCases(machine.name()).get(testCase);
        if (states == null) {
            throw new IllegalArgumentException("The mock config has no test case '" + testCase
                    + "' for the state machine '" + machine.name() + "'; it has "
                    + (mocks.testCases(machine.name()).isEmpty()
                            ? "none for it (state machines in it: " + mocks.stateMachines() + ")"
                            : mocks.testCases(machine.name()).keySet()));
        }
        return states;
    }

    DeployedMachine machineByArn(String arn) {
        for (DeployedMachine machine : machines.values()) {
            if (machine.arn().equals(arn)) {
                return machine;
            }
        }
        return null;
    }

    public TaskHandlers tasks() {
        return handlers;
    }

    TaskTokens tokens() {
        return tokens;
    }

    Activities activityQueues() {
        return activities;
    }

    /**
     * The handler that answers {@code request}: the execution's mocked response, else the most specific registered
     * handler, else null.
     */
    TaskHandler handlerFor(ExecutionRun run, TaskRequest request) {
        Map<String, String> mocked = run.mockedStates();
        if (mocked != null && mocked.containsKey(request.stateName())) {
            String response = mocked.get(request.stateName());
            return invocation -> config.mockConfig()
                    .outcome(response, invocation.invocation())
                    .orElseThrow(() -> StatesError.runtime("The mock config has no response for invocation "
                            + invocation.invocation() + " of the state '" + invocation.stateName()
                            + "': the mocked response '" + response + "' covers invocations "
                            + config.mockConfig().coverage(response) + ". Every invocation, retries included,"
                            + " needs a response (developer guide: mocked service integrations)."));
        }
        return handlers.find(request);
    }

    /** What answers a Task no handler answers: an error naming the fix (strict), or the task's own input. */
    public TaskHandler defaultHandler() {
        return defaultHandler(null, null);
    }

    /** The default handler for a Task of {@code run}, whose test case (if any) the strict error takes into account. */
    TaskHandler defaultHandlerFor(ExecutionRun run) {
        ExecutionRun.TestCase testCase = run.testCase();
        return testCase == null ? defaultHandler(null, null) : defaultHandler(testCase.name(), testCase.mocked());
    }

    private TaskHandler defaultHandler(String testCase, Map<String, String> mocked) {
        if (config.strictTasks()) {
            return request -> {
                throw StatesError.runtime(
                        testCase == null
                                ? handlers.explainMissing(request)
                                : handlers.explainMissing(request, testCase, mocked));
            };
        }
        return request -> {
            JsonNode input = request.input();
            boolean lambda = request.resource().service().equals("lambda");
            return TaskOutcome.succeed(lambda && input.has("Payload") ? input.get("Payload") : input);
        };
    }

    // ---- SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat ----

    public void sendTaskSuccess(String token, String outputJson) {
        JsonNode output;
        try {
            output = Json.parse(outputJson);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new TaskTokenException(
                    TaskTokenException.Reason.INVALID_OUTPUT,
                    "Invalid Output: 'The provided JSON output data is not valid.'");
        }
        sendTaskSuccess(token, output);
    }

    public void sendTaskSuccess(String token, JsonNode output) {
        if (output == null) {
            throw new TaskTokenException(
                    TaskTokenException.Reason.INVALID_OUTPUT,
                    "Invalid Output: 'The provided JSON output data is not valid.'");
        }
        kernel.call(() -> {
            TaskRun.Attempt attempt = tokens.find(token);
            attempt.owner().callbackSucceeded(attempt, output);
            return null;
        });
    }

    public void sendTaskFailure(String token, String error, String cause) {
        kernel.call(() -> {
            TaskRun.Attempt attempt = tokens.find(token);
            attempt.owner().callbackFailed(attempt, error, cause);
            return null;
        });
    }

    public void sendTaskHeartbeat(String token) {
        kernel.call(() -> {
            TaskRun.Attempt attempt = tokens.find(token);
            attempt.owner().callbackHeartbeat(attempt);
            return null;
        });
    }

    // ---- activities ----

    public Activity createActivity(String name) {
        Names.check(name, "activity");
        String arn = "arn:aws:states:" + config.region() + ":" + config.accountId() + ":activity:" + name;
        return kernel.call(() -> activities.create(name, arn, Instant.ofEpochMilli(kernel.now())));
    }

    public boolean deleteActivity(String arn) {
        return kernel.call(() -> activities.delete(arn));
    }

    public Optional<Activity> activity(String arn) {
        return kernel.call(() -> activities.find(arn));
    }

    public List<Activity> activities() {
        return kernel.call(activities::all);
    }

    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName) {
        return kernel.call(() -> activities.poll(activityArn, workerName));
    }

    /**
     * Hands the oldest task waiting for the activity to the worker, waiting up to {@code wait} (real time) for one to
     * be queued: the kernel wakes this thread whenever it ran something, an activity task scheduled included.
     *
     * @return the task; empty when none came in time, or when the thread was interrupted (its flag is set again)
     */
    public Optional<ActivityTask> awaitActivityTask(String activityArn, String workerName, Duration wait) {
        ActivityTask[] taken = new ActivityTask[1];
        try {
            kernel.driveUntil(
                    () -> {
                        taken[0] = activities.poll(activityArn, workerName).orElse(null);
                        return taken[0] != null;
                    },
                    () -> true,
                    wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(taken[0]);
    }

    /**
     * Tells the listeners about an event. A listener that throws fails the execution (see {@link ListenerFailure}),
     * named in the cause: it is the listener's failure, not Lockstep's.
     */
    void notifyEvent(ExecutionRun run, dev.lockstep.engine.HistoryEvent event) {
        for (ExecutionListener listener : config.listeners()) {
            try {
                listener.onEvent(run, event);
            } catch (RuntimeException e) {
                throw new ListenerFailure(listener, "onEvent", event.type().awsName(), e);
            }
        }
    }

    void notifyFinished(ExecutionRun run) {
        for (ExecutionListener listener : config.listeners()) {
            try {
                listener.onExecutionFinished(run);
            } catch (RuntimeException e) {
                // The execution has ended: nothing is left to fail, so the listener's failure is only reported.
                ListenerFailure failure = new ListenerFailure(listener, "onExecutionFinished", null, e);
                LOG.log(Level.WARNING, failure.getMessage(), e);
            }
        }
        if (run.stateMachine().type() == StateMachineType.EXPRESS) {
            forgetOldExpressExecutions(run);
        }
    }

    /**
     * AWS keeps no record of Express executions (no DescribeExecution, no history), so an engine serving many of them
     * keeps only the latest {@link #RETAINED_EXPRESS_EXECUTIONS} finished ones; whoever holds an Execution keeps it.
     */
    private void forgetOldExpressExecutions(ExecutionRun finished) {
        finishedExpress.add(finished);
        while (finishedExpress.size() > RETAINED_EXPRESS_EXECUTIONS) {
            ExecutionRun forgotten = finishedExpress.poll();
            executions.remove(forgotten.arn());
            ((DeployedMachine) forgotten.stateMachine()).forget(forgotten);
        }
    }

    public void close() {
        kernel.close();
    }

    /**
     * An execution's input: its value, the text the caller wrote (null when given as a tree) and its size in UTF-8
     * bytes (-1 when not measured yet), measured once per start.
     */
    private record Input(JsonNode value, String text, long size) {
        static Input of(JsonNode value) {
            return new Input(value, null, -1);
        }
    }

    private static Input readInput(ExecutionRequest request) {
        if (request.input() != null) {
            long size = Json.utf8Size(request.input());
            checkSize(size);
            return new Input(request.input(), null, size);
        }
        String text = request.inputJson();
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        checkSize(size);
        JsonNode value;
        try {
            value = Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new InvalidExecutionInputException(
                    "Invalid execution input: not JSON at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": "
                            + e.getOriginalMessage(),
                    e.getOriginalMessage());
        }
        if (value == null || value.isMissingNode()) {
            // AWS's recorded words for an empty input.
            throw new InvalidExecutionInputException(
                    "Invalid execution input: there is no JSON value in it (for no input, give {})",
                    "Invalid execution input.");
        }
        return new Input(value, text, size);
    }

    private static void checkSize(long bytes) {
        if (bytes > MAX_PAYLOAD_BYTES) {
            throw new InvalidExecutionInputException("Invalid execution input: " + bytes + " bytes; the maximum is "
                    + MAX_PAYLOAD_BYTES + " bytes (256 KiB)");
        }
    }

    /** The engine's clock, backed by the kernel. */
    private final class KernelClock implements EngineClock {
        @Override
        public Instant now() {
            return Instant.ofEpochMilli(kernel.now());
        }

        @Override
        public void advance(Duration duration) {
            kernel.advance(duration.toMillis());
        }

        @Override
        public void advanceTo(Instant instant) {
            long delta = instant.toEpochMilli() - kernel.now();
            if (delta > 0) {
                kernel.advance(delta);
            }
        }

        @Override
        public Instant nextTimer() {
            long next = kernel.nextTimerMillis();
            return next < 0 ? null : Instant.ofEpochMilli(next);
        }

        @Override
        public TimeMode mode() {
            return config.timeMode();
        }

        @Override
        public String toString() {
            return "EngineClock[" + now() + ", " + mode() + "]";
        }
    }
}
