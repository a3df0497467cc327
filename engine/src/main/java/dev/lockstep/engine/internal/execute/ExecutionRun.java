package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One execution: its identity, its history and how it ends. All mutation happens inside the kernel; the public
 * accessors are safe from any thread.
 */
final class ExecutionRun implements Execution {

    private static final Logger LOG = Logger.getLogger(ExecutionRun.class.getName());

    /** AWS's limit on one execution's history (developer guide: "Step Functions service quotas"). */
    static final int MAX_HISTORY_EVENTS = 25_000;

    /**
     * Standard executions run up to one year, Express up to five minutes (developer guide: quotas). AWS does not say
     * which year; we take the longest, 366 days and a second, the bound AWS gives Retry's MaxDelaySeconds (31622401),
     * so that a Wait of 365 days (the developer guide's "one year") completes.
     */
    static final long STANDARD_MAX_SECONDS = 31_622_401L;

    static final long EXPRESS_MAX_SECONDS = 5 * 60;

    /** Thrown when recording one more event would pass the history limit; the execution then fails as AWS fails it. */
    static final class HistoryLimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HistoryLimitReached() {
            super(null, null, false, false);
        }
    }

    private final EngineCore engine;
    private final DeployedMachine machine;
    private final StateMachineDefinition definition;
    private final String name;
    private final String arn;
    private final JsonNode input;
    private final String inputText;
    private final long inputSize;
    private final long startMillis;
    private final SplittableRandom random;
    private final ContextObject contextObject;
    private final OutputSizes sizes = new OutputSizes();
    private final List<HistoryEvent> history = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    /** The task attempts whose handler's answer is on its way from real I/O ({@code TaskOutcome.async}). */
    private final java.util.Set<TaskRun.Attempt> asyncAnswers = new java.util.LinkedHashSet<>();

    private final java.util.Map<String, Integer> invocations = new java.util.HashMap<>();
    private final List<Runnable> onFinish = new ArrayList<>();
    private final TestCase testCase;
    private Strand root;
    private StateProbe probe;
    private JsonNode contextOverride;
    private com.fasterxml.jackson.databind.node.ObjectNode initialVariables;
    private Kernel.Timer timeout;
    /** Set once the execution is being ended (stopped, timed out, failed by Lockstep): its last events are recorded. */
    private boolean ending;

    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;
    private volatile long stopMillis = -1;

    ExecutionRun(
            EngineCore engine,
            DeployedMachine machine,
            String name,
            String arn,
            JsonNode input,
            String inputText,
            long inputSize,
            long seed,
            TestCase testCase) {
        this.engine = engine;
        this.machine = machine;
        this.definition = machine.definition(); // AWS: an update applies to executions started after it
        this.name = name;
        this.arn = arn;
        this.input = input;
        this.inputText = inputText;
        this.startMillis = engine.kernel().now();
        this.random = new SplittableRandom(seed);
        this.inputSize = inputSize >= 0 ? inputSize : Json.utf8Size(input);
        this.testCase = testCase;
        this.contextObject =
                new ContextObject(arn, input, startMillis, name, machine.roleArn(), machine.arn(), machine.name());
    }

    // ---- inside the kernel ----

    void start() {
        try {
            begin();
        } catch (ListenerFailure failure) {
            listenerFailed(failure);
        } catch (RuntimeException | StackOverflowError bug) {
            internalError(null, bug);
        }
    }

    private void begin() {
        ObjectNode role = Json.NODES.objectNode();
        role.put("roleArn", machine.roleArn());
        record(
                HistoryEvent.builder(HistoryEventType.EXECUTION_STARTED)
                        .input(input)
                        .inputText(inputText)
                        .extraDetails(role),
                0);
        Long limit = definition.compiled().timeoutSeconds();
        long max = machine.type() == StateMachineType.EXPRESS ? EXPRESS_MAX_SECONDS : STANDARD_MAX_SECONDS;
        long seconds = limit == null ? max : Math.min(limit, max);
        timeout = kernel().scheduleAt(startMillis + seconds * 1000, this::timeOut);
        Variables variables = Variables.root();
        if (initialVariables != null) {
            variables.assign(initialVariables, "TestState");
        }
        root = new Strand(this, definition.compiled().root(), variables, 0, new Strand.Completion() {
            @Override
            public void succeeded(JsonNode result, long lastEventId) {
                succeed(result, lastEventId);
            }

            @Override
            public void failed(String failedError, String failedCause, long lastEventId) {
                failWith(failedError, failedCause, lastEventId);
            }
        });
        root.begin(input, inputSize);
    }

    Kernel kernel() {
        return engine.kernel();
    }

    EngineCore engine() {
        return engine;
    }

    /**
     * Makes this execution a TestState run: the first state entered is watched by {@code stateProbe}, {@code $$} is
     * {@code context} when given, and the variables start as {@code variables} when given. Before start only.
     */
    void testState(StateProbe stateProbe, JsonNode context, com.fasterxml.jackson.databind.node.ObjectNode variables) {
        this.probe = stateProbe;
        this.contextOverride = context;
        this.initialVariables = variables;
    }

    /** The TestState probe for the first state entered; null afterwards and in executions. */
    StateProbe takeProbe() {
        StateProbe taken = probe;
        probe = null;
        return taken;
    }

    /** The context object TestState was given, or null. */
    JsonNode contextOverride() {
        return contextOverride;
    }

    /** The invocation number of the next call of a Task state in this execution: 0, 1, 2 ... retries included. */
    int nextInvocation(String stateName) {
        return invocations.merge(stateName, 1, Integer::sum) - 1;
    }

    /** The test case of the engine's mock config this execution runs, and the states it mocks. */
    record TestCase(String name, java.util.Map<String, String> mocked) {}

    /** The mocked response each Task state of the execution's test case uses, or null without a test case. */
    java.util.Map<String, String> mockedStates() {
        return testCase == null ? null : testCase.mocked();
    }

    /** The execution's test case, or null. */
    TestCase testCase() {
        return testCase;
    }

    /** Runs {@code action} inside the kernel when the execution ends (at once if it has). */
    void onFinish(Runnable action) {
        if (status.isTerminal()) {
            action.run();
        } else {
            onFinish.add(action);
        }
    }

    long now() {
        return engine.kernel().now();
    }

    SplittableRandom random() {
        return random;
    }

    /** The sizes of this execution's values, remembered by node. */
    OutputSizes sizes() {
        return sizes;
    }

    ContextObject contextObject() {
        return contextObject;
    }

    /** The text the caller wrote, when {@code value} is the execution's input as given (AWS keeps it verbatim). */
    String originalTextOf(JsonNode value) {
        return value == input ? inputText : null;
    }

    void entered(String stateName) {
        path.add(stateName);
    }

    /** Records an event after {@code previousEventId}; returns its id. */
    long record(HistoryEvent.Builder event, long previousEventId) {
        return append(event, previousEventId, false);
    }

    private long append(HistoryEvent.Builder builder, long previousEventId, boolean closing) {
        long id = history.size() + 1L;
        if (id >= MAX_HISTORY_EVENTS && !closing) {
            throw new HistoryLimitReached();
        }
        HistoryEvent event = builder.id(id)
                .previousEventId(previousEventId)
                .timestampMillis(now())
                .build();
        history.add(event);
        try {
            engine.notifyEvent(this, event);
        } catch (ListenerFailure failure) {
            if (!closing && !ending) {
                throw failure; // the strand fails the execution with it
            }
            // The execution is ending already: it cannot fail again, so the listener's failure is only reported.
            LOG.log(Level.WARNING, failure.getMessage(), failure.getCause());
        }
        return id;
    }

    private void succeed(JsonNode result, long lastEventId) {
        output = result;
        append(HistoryEvent.builder(HistoryEventType.EXECUTION_SUCCEEDED).output(result), lastEventId, true);
        finish(ExecutionStatus.SUCCEEDED);
    }

    private void failWith(String failedError, String failedCause, long lastEventId) {
        error = failedError;
        cause = failedCause;
        append(
                HistoryEvent.builder(HistoryEventType.EXECUTION_FAILED)
                        .error(failedError)
                        .cause(failedCause),
                lastEventId,
                true);
        finish(ExecutionStatus.FAILED);
    }

    /** The history is full: AWS fails the execution with the 25,000th event. */
    void historyLimitReached() {
        if (status.isTerminal()) {
            return;
        }
        abortRoot(false);
        failWith(
                ErrorNames.RUNTIME,
                "The execution reached the maximum number of history events (" + MAX_HISTORY_EVENTS + ").",
                history.size());
    }

    /** A bug in Lockstep while running a state: the execution fails with a clear cause, the engine goes on. */
    void internalError(String stateName, Throwable bug) {
        LOG.log(Level.WARNING, "Lockstep failed while running " + arn, bug);
        if (status.isTerminal()) {
            return;
        }
        abortRoot(false);
        failWith(
                ErrorNames.RUNTIME,
                "Internal error in Lockstep while executing "
                        + (stateName == null ? "the execution" : "the state '" + stateName + "'") + ": " + bug
                        + ". This is a bug in Lockstep; please report it.",
                history.size());
    }

    /** An {@code ExecutionListener} threw: the execution fails with a cause that names the listener and its error. */
    void listenerFailed(ListenerFailure failure) {
        LOG.log(Level.WARNING, failure.getMessage(), failure.getCause());
        if (status.isTerminal()) {
            return;
        }
        abortRoot(false);
        failWith(ErrorNames.RUNTIME, failure.getMessage(), history.size());
    }

    private long abortRoot(boolean recordAborted) {
        ending = true;
        return root == null ? history.size() : root.abort(recordAborted);
    }

    private void timeOut() {
        if (status.isTerminal()) {
            return;
        }
        abortRoot(false);
        // AWS: DescribeExecution of a TIMED_OUT execution has no error or cause; the event carries States.Timeout.
        append(HistoryEvent.builder(HistoryEventType.EXECUTION_TIMED_OUT).error(ErrorNames.TIMEOUT), 0, true);
        finish(ExecutionStatus.TIMED_OUT);
    }

    private void abort(String abortError, String abortCause) {
        if (status.isTerminal()) {
            return;
        }
        long last = abortRoot(true);
        error = abortError;
        cause = abortCause;
        append(
                HistoryEvent.builder(HistoryEventType.EXECUTION_ABORTED)
                        .error(abortError)
                        .cause(abortCause),
                last,
                true);
        finish(ExecutionStatus.ABORTED);
    }

    private void finish(ExecutionStatus finalStatus) {
        if (timeout != null) {
            timeout.cancel();
        }
        stopMillis = now();
        status = finalStatus;
        engine.notifyFinished(this);
        for (Runnable action : onFinish) {
            kernel().schedule(action);
        }
        onFinish.clear();
    }

    // ---- the public face ----

    @Override
    public String arn() {
        return arn;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StateMachine stateMachine() {
        return machine;
    }

    @Override
    public StateMachineDefinition definition() {
        return definition;
    }

    @Override
    public ExecutionStatus status() {
        return status;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public String inputText() {
        return inputText != null ? inputText : Json.compact(input);
    }

    @Override
    public JsonNode output() {
        return output;
    }

    @Override
    public String error() {
        return error;
    }

    @Override
    public String cause() {
        return cause;
    }

    @Override
    public Instant startTime() {
        return Instant.ofEpochMilli(startMillis);
    }

    @Override
    public Instant stopTime() {
        long stop = stopMillis;
        return stop < 0 ? null : Instant.ofEpochMilli(stop);
    }

    @Override
    public List<String> path() {
        return kernel().read(() -> List.copyOf(path));
    }

    @Override
    public List<HistoryEvent> history() {
        return kernel().read(() -> List.copyOf(history));
    }

    @Override
    public void stop(String stopError, String stopCause) {
        kernel().post(() -> abort(stopError, stopCause));
    }

    @Override
    public Execution awaitCompletion() {
        if (status.isTerminal()) {
            return this;
        }
        if (!driveUntilTerminal(this::movesWithoutHelp, Long.MAX_VALUE)) {
            throw new IllegalStateException(blockedMessage());
        }
        return this;
    }

    @Override
    public Execution awaitCompletion(Duration timeout) {
        if (!status.isTerminal()) {
            driveUntilTerminal(() -> true, timeout.toNanos());
        }
        return this;
    }

    private boolean driveUntilTerminal(java.util.function.BooleanSupplier moving, long timeoutNanos) {
        try {
            return kernel().driveUntil(() -> status.isTerminal(), moving, timeoutNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for execution " + name, e);
        }
    }

    /**
     * Whether the execution will move on without anyone sending it something: an answer from real I/O is on its way
     * and it waits for no task token or activity worker, or a REAL clock has a timer ahead. Inside the kernel.
     */
    private boolean movesWithoutHelp() {
        if (kernel().mode() == EngineClock.TimeMode.REAL && kernel().hasTimer()) {
            return true;
        }
        return kernel().awaitsAsyncAnswer() && engine.tokens().openFor(this).isEmpty();
    }

    /** The attempt's handler answers later, from real I/O; inside the kernel. */
    void awaitingAsyncAnswer(TaskRun.Attempt attempt) {
        asyncAnswers.add(attempt);
    }

    void asyncAnswerEnded(TaskRun.Attempt attempt) {
        asyncAnswers.remove(attempt);
    }

    @Override
    public List<dev.lockstep.engine.PendingTask> pendingTasks() {
        return kernel().read(() -> {
            List<dev.lockstep.engine.PendingTask> pending = new ArrayList<>();
            for (TaskRun.Attempt attempt : engine.tokens().openFor(this)) {
                pending.add(new PendingCallback(engine, this, attempt));
            }
            return pending;
        });
    }

    @Override
    public List<String> waitingFor() {
        return kernel().read(() -> {
            List<String> waits = new ArrayList<>();
            for (TaskRun.Attempt attempt : engine.tokens().openFor(this)) {
                waits.add("Task state '" + attempt.request.stateName() + "' for its task token"
                        + (attempt.request.resource().kind() == dev.lockstep.engine.spi.TaskResource.Kind.ACTIVITY
                                ? " (activity " + attempt.request.resource().arn() + ")"
                                : ""));
            }
            for (TaskRun.Attempt attempt : asyncAnswers) {
                waits.add("Task state '" + attempt.request.stateName()
                        + "' for its handler's answer from real I/O (TaskOutcome.async)");
            }
            if (!waits.isEmpty()) {
                return waits;
            }
            if (root != null && !status.isTerminal()) {
                StateVisit current = root.current();
                Kernel.Timer timer = root.timer();
                if (current != null && timer != null) {
                    waits.add(current.state.type().awsName() + " state '" + current.state.name() + "' until "
                            + ContextObject.timestamp(timer.time()));
                } else if (current != null) {
                    waits.add(current.state.type().awsName() + " state '" + current.state.name() + "'");
                }
            }
            return waits;
        });
    }

    private String blockedMessage() {
        List<String> waits = waitingFor();
        String what = waits.isEmpty() ? "something outside the engine" : String.join(", ", waits);
        String hint = engine.clock().mode() == EngineClock.TimeMode.MANUAL
                ? " The engine's clock is MANUAL: advance it with engine.clock().advance(...)."
                : " Send what it waits for (a task token, an activity result), or use awaitCompletion(Duration) while"
                        + " another thread does.";
        return "Execution '" + name + "' of state machine '" + machine.name()
                + "' is still RUNNING and cannot finish on" + " its own: it is waiting for " + what + "." + hint;
    }

    @Override
    public String toString() {
        return "Execution[" + arn + ", " + status + "]";
    }
}
