package dev.lockstep.junit.internal;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.PendingTask;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.junit.Lockstep;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.TaskMock;
import dev.lockstep.junit.internal.mock.MockState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one test sees: the {@link Lockstep} context over an engine session. Owns the test's mocks and failure notes;
 * closing it removes the mocks and, when the engine is the test's own, closes the engine.
 */
public final class TestSession implements Lockstep, AutoCloseable {

    private final EngineSession engine;
    private final boolean ownsEngine;
    private final LockstepOptions options;
    private final String testName;
    private final List<MockState> mocks = new ArrayList<>();
    private final List<java.util.function.Supplier<String>> notes = new ArrayList<>();
    private final List<RecordedExecution> recorded = new ArrayList<>();
    private boolean closed;

    public TestSession(EngineSession engine, boolean ownsEngine, LockstepOptions options, String testName) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.options = options;
        this.testName = testName;
    }

    public String testName() {
        return testName;
    }

    @Override
    public Engine engine() {
        return engine.engine();
    }

    @Override
    public EngineClock clock() {
        return engine.engine().clock();
    }

    @Override
    public TaskHandlers tasks() {
        return engine.engine().tasks();
    }

    @Override
    public LockstepOptions options() {
        return options;
    }

    @Override
    public StateMachine stateMachine() {
        List<StateMachine> deployed = stateMachines();
        if (deployed.size() != 1) {
            throw new IllegalStateException(
                    deployed.isEmpty()
                            ? "No state machine is deployed: add @StateMachine(\"your-definition.asl.json\") to the test class"
                                    + " or method"
                            : deployed.size() + " state machines are deployed (" + names(deployed)
                                    + "): choose one with stateMachine(\""
                                    + deployed.get(0).name() + "\")");
        }
        return deployed.get(0);
    }

    @Override
    public StateMachine stateMachine(String name) {
        Objects.requireNonNull(name, "name");
        return engine.engine()
                .stateMachine(name)
                .map(this::withTestCase)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No state machine named '" + name + "' is deployed; deployed: " + names(stateMachines())));
    }

    @Override
    public List<StateMachine> stateMachines() {
        return engine.stateMachines().stream().map(this::withTestCase).toList();
    }

    private StateMachine withTestCase(StateMachine machine) {
        LockstepOptions.MockConfigSource config = options.mockConfig();
        return config == null || config.testCase() == null
                ? machine
                : new TestCaseStateMachine(machine, config.testCase());
    }

    @Override
    public List<Execution> executions() {
        return engine.log().all();
    }

    @Override
    public TaskMock task(String stateName) {
        return task(TaskMatcher.state(Objects.requireNonNull(stateName, "stateName")));
    }

    @Override
    public synchronized TaskMock task(TaskMatcher matcher) {
        MockState state = new MockState(tasks(), matcher);
        mocks.add(state);
        return TaskMock.of(state);
    }

    @Override
    public PendingTask pendingTask(Execution execution, String stateName) {
        Optional<PendingTask> task = PendingTasks.await(execution, stateName, any -> true, options.awaitTimeout());
        if (task.isPresent()) {
            return task.get();
        }
        try {
            return execution.pendingTask(stateName); // a task that came after the last look
        } catch (IllegalStateException none) {
            throw new AssertionError(none.getMessage() + ". Path: " + execution.path()
                    + (execution.status().isTerminal()
                            ? ""
                            : " (waited " + options.awaitTimeout().toMillis() + " ms)"));
        }
    }

    @Override
    public Instant initialTime() {
        return engine.initialTime();
    }

    @Override
    public synchronized void noteOnFailure(String line) {
        Objects.requireNonNull(line, "line");
        notes.add(() -> line);
    }

    @Override
    public synchronized void noteOnFailure(java.util.function.Supplier<String> lines) {
        notes.add(Objects.requireNonNull(lines, "lines"));
    }

    @Override
    public dev.lockstep.fixtures.Chaos chaos(dev.lockstep.fixtures.Chaos chaos) {
        noteOnFailure(ChaosNotes.of(Objects.requireNonNull(chaos, "chaos")));
        return chaos;
    }

    /** The lines to add to a failure: how to replay the run, then the notes the test added. */
    public synchronized List<String> failureNotes() {
        List<String> lines = new ArrayList<>();
        lines.add("Lockstep: seed " + engine().seed() + ", initial time " + initialTime() + ", time mode "
                + options.timeMode() + "; replay with @LockstepTest(seed = " + engine().seed() + ") @InitialTime(\""
                + initialTime() + "\")");
        for (java.util.function.Supplier<String> note : notes) {
            lines.add(note.get());
        }
        return lines;
    }

    @Override
    public <T> T resource(Class<T> type) {
        return engine.resource(type);
    }

    /** Snapshots this test's executions for the reports; call once, when the test has run. */
    public synchronized List<RecordedExecution> record() {
        if (recorded.isEmpty()) {
            for (Execution execution : engine.log().takeNew()) {
                recorded.add(RecordedExecution.of(execution));
            }
        }
        return List.copyOf(recorded);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (MockState mock : mocks) {
            mock.close();
        }
        mocks.clear();
        if (ownsEngine) {
            engine.close();
        }
    }

    private static String names(List<StateMachine> machines) {
        return machines.stream().map(StateMachine::name).toList().toString();
    }
}
