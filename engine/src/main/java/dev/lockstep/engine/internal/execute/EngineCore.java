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
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.task.HandlerRegistry;
import dev.lockstep.engine.spi.ExecutionListener;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** What an {@code Engine} is made of: its kernel, its state machines and their executions. Thread-safe. */
public final class EngineCore {

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

    private final Config config;
    private final Kernel kernel;
    private final SplittableRandom random;
    private final Map<String, DeployedMachine> machines = new LinkedHashMap<>();
    private final Map<String, ExecutionRun> executions = new LinkedHashMap<>();
    private final EngineClock clock;
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final TaskTokens tokens = new TaskTokens();
    private final Activities activities = new Activities();

    public EngineCore(Config config) {
        this.config = config;
        this.kernel = new Kernel(Kernel.TimeMode.valueOf(config.timeMode().name()), config.startMillis());
        this.random = new SplittableRandom(config.seed());
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

    public StateMachine deploy(
            String name, StateMachineDefinition definition, StateMachineType type, String requestedRoleArn) {
        Names.check(name, "state machine");
        return kernel.call(() -> {
            String arn = Names.stateMachineArn(config.region(), config.accountId(), name);
            if (machines.containsKey(name)) {
                throw new AlreadyExistsException("State Machine Already Exists: '" + arn + "'", arn);
            }
            String roleArn = requestedRoleArn != null
                    ? requestedRoleArn
                    : "arn:aws:iam::" + config.accountId() + ":role/LockstepExecutionRole";
            DeployedMachine machine = new DeployedMachine(this, name, arn, type, definition, roleArn);
            machines.put(name, machine);
            return machine;
        });
    }

    /** Removes a state machine, as DeleteStateMachine does; its running executions go on. */
    public boolean undeploy(String name) {
        return kernel.call(() -> machines.remove(name) != null);
    }

    public Optional<StateMachine> stateMachine(String name) {
        return kernel.call(() -> Optional.ofNullable(machines.get(name)));
    }

    public List<StateMachine> stateMachines() {
        return kernel.call(() -> List.copyOf(machines.values()));
    }

    public Optional<Execution> execution(String arn) {
        return kernel.call(() -> Optional.ofNullable(executions.get(arn)));
    }

    List<Execution> executionsOf(DeployedMachine machine) {
        return kernel.call(() -> {
            List<Execution> found = new ArrayList<>();
            for (ExecutionRun run : executions.values()) {
                if (run.stateMachine() == machine) {
                    found.add(run);
                }
            }
            return found;
        });
    }

    Execution start(DeployedMachine machine, ExecutionRequest request) {
        Input input = readInput(request);
        if (request.name() != null) {
            Names.check(request.name(), "execution");
        }
        Map<String, String> mocked = mockedStates(machine, request.testCase());
        return kernel.call(() -> create(machine, input.value, input.text, request.name(), mocked));
    }

    /** Starts an execution from inside the kernel: a Task's child execution. */
    ExecutionRun startInside(DeployedMachine machine, JsonNode input, String name) {
        if (name != null) {
            Names.check(name, "execution");
        }
        return create(machine, input, null, name, null);
    }

    private ExecutionRun create(
            DeployedMachine machine,
            JsonNode input,
            String inputText,
            String requestedName,
            Map<String, String> mocked) {
        String name = requestedName != null ? requestedName : Names.uuid(random);
        String arn = machine.type() == StateMachineType.EXPRESS
                ? Names.expressExecutionArn(
                        config.region(), config.accountId(), machine.name(), name, Names.uuid(random))
                : Names.executionArn(config.region(), config.accountId(), machine.name(), name);
        if (executions.containsKey(arn)) {
            throw new AlreadyExistsException("Execution Already Exists: '" + arn + "'", arn);
        }
        ExecutionRun created = new ExecutionRun(this, machine, name, arn, input, inputText, random.nextLong(), mocked);
        executions.put(arn, created);
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
            ExecutionRun run = create((DeployedMachine) machine, input, null, null, null);
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
        if (config.strictTasks()) {
            return request -> {
                throw StatesError.runtime(handlers.explainMissing(request));
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

    void notifyEvent(ExecutionRun run, dev.lockstep.engine.HistoryEvent event) {
        for (ExecutionListener listener : config.listeners()) {
            listener.onEvent(run, event);
        }
    }

    void notifyFinished(ExecutionRun run) {
        for (ExecutionListener listener : config.listeners()) {
            listener.onExecutionFinished(run);
        }
    }

    public void close() {
        kernel.close();
    }

    private record Input(JsonNode value, String text) {}

    private static Input readInput(ExecutionRequest request) {
        if (request.input() != null) {
            checkSize(Json.utf8Size(request.input()));
            return new Input(request.input(), null);
        }
        String text = request.inputJson();
        checkSize(text.getBytes(StandardCharsets.UTF_8).length);
        try {
            return new Input(Json.parse(text), text);
        } catch (JsonProcessingException e) {
            throw new InvalidExecutionInputException("Invalid execution input: not JSON at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        }
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
