package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.ExecutionListener;
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
            List<ExecutionListener> listeners) {}

    private final Config config;
    private final Kernel kernel;
    private final SplittableRandom random;
    private final Map<String, DeployedMachine> machines = new LinkedHashMap<>();
    private final Map<String, ExecutionRun> executions = new LinkedHashMap<>();
    private final EngineClock clock;

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
        ExecutionRun run = kernel.call(() -> {
            String name = request.name() != null ? request.name() : Names.uuid(random);
            String arn = machine.type() == StateMachineType.EXPRESS
                    ? Names.expressExecutionArn(
                            config.region(), config.accountId(), machine.name(), name, Names.uuid(random))
                    : Names.executionArn(config.region(), config.accountId(), machine.name(), name);
            if (executions.containsKey(arn)) {
                throw new AlreadyExistsException("Execution Already Exists: '" + arn + "'", arn);
            }
            ExecutionRun created =
                    new ExecutionRun(this, machine, name, arn, input.value, input.text, random.nextLong());
            executions.put(arn, created);
            kernel.schedule(created::start);
            return created;
        });
        return run;
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
