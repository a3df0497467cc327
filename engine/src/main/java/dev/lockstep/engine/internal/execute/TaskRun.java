package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.internal.compile.Catcher;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.compile.DataFlow;
import dev.lockstep.engine.internal.compile.ErrorMatcher;
import dev.lockstep.engine.internal.compile.Retrier;
import dev.lockstep.engine.internal.compile.StateScope;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.functions.Uuids;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import dev.lockstep.engine.internal.task.ServiceResponses;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import dev.lockstep.engine.spi.TaskResource;
import java.time.Instant;
import java.util.List;

/**
 * One visit to a Task state, through all its attempts: schedule, start, answer (from a handler, a task token or an
 * activity worker), time out, retry, catch. Records the events AWS records for the resource's kind (developer guide:
 * "Task workflow state" and "Handling errors"; the event shapes are AWS's recorded ones).
 */
final class TaskRun {

    private final StateVisit visit;
    private final CompiledState.Task task;
    private final Strand strand;
    private final ExecutionRun run;
    private final int[] retrierAttempts;
    private int retryCount;
    private Attempt current;
    private Kernel.Timer retryTimer;

    private TaskRun(StateVisit visit, CompiledState.Task task) {
        this.visit = visit;
        this.task = task;
        this.strand = visit.strand;
        this.run = visit.strand.run;
        this.retrierAttempts = new int[task.retriers().size()];
        this.retryCount = visit.probe == null ? 0 : visit.probe.retrierRetryCount();
    }

    static void start(StateVisit visit, CompiledState.Task task) {
        TaskRun taskRun = new TaskRun(visit, task);
        visit.onAbort = taskRun::abort;
        taskRun.attempt();
    }

    /** One invocation of the task: its token, timers and whether it has been answered. */
    final class Attempt {
        final TaskRequest request;
        final JsonNode parameters;
        final String token;
        final long timeoutSeconds;
        final long heartbeatSeconds;
        Kernel.Timer timeoutTimer;
        Kernel.Timer heartbeatTimer;
        Kernel.Timer answerTimer;
        boolean started;
        boolean closed;
        boolean waitingOutside;
        boolean waitingAsync;

        Attempt(TaskRequest request, JsonNode parameters, String token, long timeoutSeconds, long heartbeatSeconds) {
            this.request = request;
            this.parameters = parameters;
            this.token = token;
            this.timeoutSeconds = timeoutSeconds;
            this.heartbeatSeconds = heartbeatSeconds;
        }

        TaskRun owner() {
            return TaskRun.this;
        }

        StateVisit visit() {
            return visit;
        }
    }

    // ---- an attempt's life ----

    private void attempt() {
        retryTimer = null;
        TaskResource resource = task.resource();
        visit.retryCount = retryCount;
        visit.taskToken = resource.usesTaskToken() ? run.engine().tokens().issue(run.random()) : null;
        visit.resetContext();
        JsonNode parameters;
        JsonNode credentials;
        long timeout;
        long heartbeat;
        try {
            JsonNode effective = task.flow().effectiveInput(visit);
            StateScope scope = Interpreter.scopeFor(visit, effective);
            parameters = task.flow().arguments(visit, effective);
            credentials = task.flow().credentials(visit, effective);
            timeout = task.timeout().resolve(scope);
            heartbeat = task.heartbeat().resolve(scope);
        } catch (JsonataFailure failure) {
            // A JSONata field that cannot be evaluated fails the attempt with States.QueryEvaluationError, which Retry
            // and Catch handle like any error the task raises (floci, measured: a Catch on it fires).
            raise(strand.evaluationFailed(failure));
            return;
        }
        if (!task.flow().passesInput() && run.sizes().of(parameters) > EngineCore.MAX_PAYLOAD_BYTES) {
            throw EngineCore.inputTooLarge(task.name());
        }
        TaskRequest request = new TaskRequest(
                task.name(),
                resource,
                parameters,
                visit.taskToken,
                retryCount,
                run.nextInvocation(task.name()),
                run.arn(),
                run.stateMachine().name(),
                run.engine().config().region(),
                Instant.ofEpochMilli(run.now()),
                credentials);
        Attempt attempt = new Attempt(request, parameters, visit.taskToken, timeout, heartbeat);
        current = attempt;
        if (attempt.token != null) {
            run.engine().tokens().open(attempt);
        }
        recordScheduled(attempt, credentials);
        if (resource.kind() == TaskResource.Kind.ACTIVITY) {
            scheduleActivity(attempt);
            return;
        }
        markStarted(attempt, null);
        dispatch(attempt);
    }

    private void scheduleActivity(Attempt attempt) {
        TaskHandler handler = run.engine().handlerFor(run, attempt.request);
        if (handler != null) {
            markStarted(attempt, "lockstep-task-handler");
            apply(attempt, invoke(handler, attempt.request));
            return;
        }
        if (!run.engine().activityQueues().enqueue(task.resource().arn(), attempt)) {
            throw StatesError.runtime("The activity " + task.resource().arn() + " does not exist.");
        }
        waitOutside(attempt);
    }

    /** An activity worker took the task: ActivityStarted, and its timeouts start counting. */
    void activityStarted(Attempt attempt, String workerName) {
        if (attempt.closed) {
            return;
        }
        strand.guarded(() -> markStarted(attempt, workerName == null ? "" : workerName));
    }

    private void markStarted(Attempt attempt, String workerName) {
        attempt.started = true;
        TaskResource resource = task.resource();
        switch (resource.kind()) {
            case LAMBDA_FUNCTION:
                record(HistoryEvent.builder(HistoryEventType.LAMBDA_FUNCTION_STARTED));
                break;
            case ACTIVITY: {
                ObjectNode details = Json.NODES.objectNode();
                if (workerName != null && !workerName.isEmpty()) {
                    details.put("workerName", workerName);
                }
                record(HistoryEvent.builder(HistoryEventType.ACTIVITY_STARTED).extraDetails(details));
                break;
            }
            default:
                record(HistoryEvent.builder(HistoryEventType.TASK_STARTED).extraDetails(resourceDetails()));
        }
        long now = run.now();
        if (attempt.timeoutSeconds > 0) {
            attempt.timeoutTimer = run.kernel()
                    .scheduleAt(
                            now + attempt.timeoutSeconds * 1000, () -> strand.guarded(() -> timedOut(attempt, false)));
        }
        restartHeartbeat(attempt);
    }

    private void restartHeartbeat(Attempt attempt) {
        if (attempt.heartbeatSeconds <= 0) {
            return;
        }
        if (attempt.heartbeatTimer != null) {
            attempt.heartbeatTimer.cancel();
        }
        attempt.heartbeatTimer = run.kernel()
                .scheduleAt(
                        run.now() + attempt.heartbeatSeconds * 1000,
                        () -> strand.guarded(() -> timedOut(attempt, true)));
    }

    private void dispatch(Attempt attempt) {
        TaskResource resource = task.resource();
        TaskHandler handler = run.engine().handlerFor(run, attempt.request);
        boolean submits = resource.pattern() != TaskResource.IntegrationPattern.REQUEST_RESPONSE;
        if (handler == null && isStepFunctionsStart(resource)) {
            ChildExecutions.start(this, attempt);
            return;
        }
        if (submits) {
            record(HistoryEvent.builder(HistoryEventType.TASK_SUBMITTED)
                    .extraDetails(resourceDetails())
                    .output(responses().submitted(resource, attempt.parameters)));
        }
        if (handler == null) {
            if (resource.pattern() == TaskResource.IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
                waitOutside(attempt); // the test, or the code under test, answers with the token
                return;
            }
            handler = run.engine().defaultHandlerFor(run);
        }
        apply(attempt, invoke(handler, attempt.request));
    }

    private static boolean isStepFunctionsStart(TaskResource resource) {
        return resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION
                && resource.service().equals("states")
                && resource.action().equals("startExecution");
    }

    /** Runs a handler; a handler that throws is a bug in the test's setup and fails the execution visibly. */
    private TaskOutcome invoke(TaskHandler handler, TaskRequest request) {
        TaskOutcome outcome;
        try {
            outcome = handler.handle(request);
        } catch (StatesError error) {
            throw error;
        } catch (RuntimeException e) {
            throw StatesError.runtime("The task handler for the state '" + task.name() + "' threw " + e
                    + ". Handlers answer failures with TaskOutcome.fail(error, cause) instead.");
        }
        if (outcome == null) {
            throw StatesError.runtime("The task handler for the state '" + task.name()
                    + "' returned null; return a TaskOutcome (TaskOutcome.noAnswer() for no answer).");
        }
        return outcome;
    }

    /** Applies a handler's answer to the attempt. */
    void apply(Attempt attempt, TaskOutcome outcome) {
        if (attempt.closed) {
            return;
        }
        if (outcome instanceof TaskOutcome.Delayed) {
            TaskOutcome.Delayed delayed = (TaskOutcome.Delayed) outcome;
            attempt.answerTimer = run.kernel()
                    .scheduleAt(
                            run.now() + delayed.latency().toMillis(),
                            () -> strand.guarded(() -> apply(attempt, delayed.outcome())));
        } else if (outcome instanceof TaskOutcome.Async) {
            awaitAsync(attempt);
            ((TaskOutcome.Async) outcome)
                    .answer()
                    .whenComplete((answer, failure) -> run.kernel().post(() -> {
                        endAsync(attempt);
                        strand.guarded(() -> {
                            if (failure != null) {
                                // A handler whose I/O failed: Step Functions reports the SDK's client failure.
                                Throwable why = failure instanceof java.util.concurrent.CompletionException
                                                && failure.getCause() != null
                                        ? failure.getCause()
                                        : failure;
                                fail(
                                        attempt,
                                        ServiceResponses.errorPrefix(task.resource()) + ".SdkClientException",
                                        "Unable to execute HTTP request: "
                                                + (why.getMessage() != null
                                                        ? why.getMessage()
                                                        : why.getClass().getSimpleName()),
                                        false);
                            } else {
                                apply(attempt, answer == null ? TaskOutcome.noAnswer() : answer);
                            }
                        });
                        if (!attempt.closed && attempt.token != null) {
                            waitOutside(attempt); // the I/O sent the token out: time waits for whoever holds it
                        }
                    }));
        } else if (outcome instanceof TaskOutcome.Success) {
            succeed(attempt, responses().result(task.resource(), (TaskOutcome.Success) outcome, attempt.parameters));
        } else if (outcome instanceof TaskOutcome.Failure) {
            TaskOutcome.Failure failure = (TaskOutcome.Failure) outcome;
            fail(attempt, failure.error(), failure.cause(), false);
        }
        // TaskOutcome.NoAnswer: nothing happens until a timeout, a heartbeat timeout or a token answer.
    }

    private void waitOutside(Attempt attempt) {
        if (!attempt.waitingOutside) {
            attempt.waitingOutside = true;
            run.kernel().beginExternalWait();
        }
    }

    /** The handler's answer comes from real I/O: time waits for it, and awaitCompletion() waits for it too. */
    private void awaitAsync(Attempt attempt) {
        if (!attempt.waitingAsync) {
            attempt.waitingAsync = true;
            run.kernel().beginAsyncAnswer();
            run.awaitingAsyncAnswer(attempt);
        }
    }

    private void endAsync(Attempt attempt) {
        if (attempt.waitingAsync) {
            attempt.waitingAsync = false;
            run.kernel().endAsyncAnswer();
            run.asyncAnswerEnded(attempt);
        }
    }

    // ---- answers from outside: task tokens and activity workers ----

    void callbackSucceeded(Attempt attempt, JsonNode output) {
        strand.guarded(() -> succeed(attempt, output));
    }

    void callbackFailed(Attempt attempt, String error, String cause) {
        strand.guarded(() -> fail(attempt, error, cause, false));
    }

    void callbackHeartbeat(Attempt attempt) {
        if (!attempt.closed && attempt.started) {
            restartHeartbeat(attempt);
        }
    }

    // ---- outcomes ----

    void succeed(Attempt attempt, JsonNode result) {
        if (attempt.closed) {
            return;
        }
        close(attempt);
        long size = run.sizes().of(result);
        if (size > EngineCore.MAX_PAYLOAD_BYTES) {
            StatesError tooLarge = Strand.resultTooLarge(limitName());
            failClosed(tooLarge.error(), tooLarge.detail(), false);
            return;
        }
        record(HistoryEvent.builder(eventType(Outcome.SUCCEEDED))
                .extraDetails(resourceDetailsOrNull())
                .output(result));
        DataFlow.Exit exit;
        try {
            exit = task.flow().exit(visit, result, visit.inputSize, size, task.assign(), task.output());
        } catch (JsonataFailure failure) {
            raise(strand.evaluationFailed(failure));
            return;
        }
        strand.exit(visit, exit, task.next());
    }

    /** Handles an error the engine raised for this state (a JSONata field) as the task's own error. */
    private void raise(StatesError error) {
        onError(error.error(), error.causeFor(task.name(), visit.enteredEventId), false);
    }

    void fail(Attempt attempt, String error, String cause, boolean heartbeat) {
        if (attempt.closed) {
            return;
        }
        close(attempt);
        failClosed(error, cause, heartbeat);
    }

    private void failClosed(String error, String cause, boolean heartbeat) {
        record(HistoryEvent.builder(eventType(Outcome.FAILED))
                .extraDetails(resourceDetailsOrNull())
                .error(error)
                .cause(cause));
        onError(error, cause, heartbeat);
    }

    private void timedOut(Attempt attempt, boolean heartbeat) {
        if (attempt.closed) {
            return;
        }
        close(attempt);
        // AWS records States.Timeout for both timeouts, with no cause (recorded: TaskTimedOut, LambdaFunctionTimedOut).
        record(HistoryEvent.builder(eventType(Outcome.TIMED_OUT))
                .extraDetails(resourceDetailsOrNull())
                .error(ErrorNames.TIMEOUT));
        onError(ErrorNames.TIMEOUT, null, heartbeat);
    }

    /** Retry with the first retrier that covers the error, else Catch, else the execution fails. */
    private void onError(String error, String cause, boolean heartbeat) {
        StateProbe probe = visit.probe;
        List<Retrier> retriers = task.retriers();
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (ErrorMatcher.matches(retrier.errorEquals(), error, heartbeat)) {
                int spent = probe == null ? retrierAttempts[i] : probe.retrierRetryCount();
                if (spent < retrier.maxAttempts()) {
                    if (probe != null) {
                        // TestState reports the retry instead of waiting for it: IntervalSeconds x BackoffRate^count.
                        probe.retriable(error, cause, i, retrier.backoffSeconds(spent));
                        return;
                    }
                    retrierAttempts[i]++;
                    retryCount++;
                    long delay = retrier.delayMillis(retrierAttempts[i], run.random());
                    retryTimer = run.kernel().scheduleAt(run.now() + delay, () -> strand.guarded(this::attempt));
                    return;
                }
                if (probe != null) {
                    probe.retriesSpent(i);
                }
                break; // the first matching retrier decides; once it is spent, Catch takes over
            }
        }
        List<Catcher> catchers = task.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (ErrorMatcher.matches(catcher.errorEquals(), error, heartbeat)) {
                if (probe != null) {
                    probe.caught(error, cause, i);
                }
                ObjectNode errorOutput = Json.NODES.objectNode();
                errorOutput.put("Error", error);
                errorOutput.put("Cause", cause == null ? "" : cause);
                DataFlow.Exit exit;
                try {
                    exit = task.flow().caught(visit, catcher, errorOutput, visit.inputSize);
                } catch (JsonataFailure failure) {
                    strand.fail(strand.evaluationFailed(failure));
                    return;
                }
                strand.exit(visit, exit, catcher.next());
                return;
            }
        }
        strand.fail(StatesError.of(error, cause));
    }

    /** The execution ended while this task ran: cancel everything it holds. */
    private void abort() {
        if (retryTimer != null) {
            retryTimer.cancel();
        }
        if (current != null && !current.closed) {
            close(current);
        }
    }

    private void close(Attempt attempt) {
        attempt.closed = true;
        cancel(attempt.timeoutTimer);
        cancel(attempt.heartbeatTimer);
        cancel(attempt.answerTimer);
        if (attempt.waitingOutside) {
            attempt.waitingOutside = false;
            run.kernel().endExternalWait();
        }
        endAsync(attempt);
        if (attempt.token != null) {
            run.engine().tokens().close(attempt.token);
        }
    }

    private static void cancel(Kernel.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    // ---- history ----

    private enum Outcome {
        SUCCEEDED,
        FAILED,
        TIMED_OUT
    }

    private void recordScheduled(Attempt attempt, JsonNode credentials) {
        TaskResource resource = task.resource();
        ObjectNode details = Json.NODES.objectNode();
        switch (resource.kind()) {
            case LAMBDA_FUNCTION:
            case ACTIVITY: {
                details.put("resource", resource.arn());
                putSeconds(details, attempt, resource.kind() == TaskResource.Kind.ACTIVITY);
                HistoryEventType type = resource.kind() == TaskResource.Kind.ACTIVITY
                        ? HistoryEventType.ACTIVITY_SCHEDULED
                        : HistoryEventType.LAMBDA_FUNCTION_SCHEDULED;
                record(HistoryEvent.builder(type).input(attempt.parameters).extraDetails(details));
                return;
            }
            default:
                details.put("region", run.engine().config().region());
                details.put("resource", resource.resource());
                details.put("resourceType", resource.resourceType());
                putSeconds(details, attempt, true);
                if (credentials != null) {
                    details.putObject("taskCredentials")
                            .put("roleArn", credentials.path("RoleArn").asText());
                }
                record(HistoryEvent.builder(HistoryEventType.TASK_SCHEDULED)
                        .parameters(attempt.parameters)
                        .extraDetails(details));
        }
    }

    private static void putSeconds(ObjectNode details, Attempt attempt, boolean heartbeat) {
        if (attempt.timeoutSeconds > 0) {
            details.set("timeoutInSeconds", seconds(attempt.timeoutSeconds));
        }
        if (heartbeat && attempt.heartbeatSeconds > 0) {
            details.set("heartbeatInSeconds", seconds(attempt.heartbeatSeconds));
        }
    }

    /** A number of seconds as a JSON number node: an int when it fits, as a parsed JSON number would be. */
    private static JsonNode seconds(long value) {
        return value == (int) value ? Json.NODES.numberNode((int) value) : Json.NODES.numberNode(value);
    }

    private HistoryEventType eventType(Outcome outcome) {
        switch (task.resource().kind()) {
            case LAMBDA_FUNCTION:
                return outcome == Outcome.SUCCEEDED
                        ? HistoryEventType.LAMBDA_FUNCTION_SUCCEEDED
                        : outcome == Outcome.FAILED
                                ? HistoryEventType.LAMBDA_FUNCTION_FAILED
                                : HistoryEventType.LAMBDA_FUNCTION_TIMED_OUT;
            case ACTIVITY:
                return outcome == Outcome.SUCCEEDED
                        ? HistoryEventType.ACTIVITY_SUCCEEDED
                        : outcome == Outcome.FAILED
                                ? HistoryEventType.ACTIVITY_FAILED
                                : HistoryEventType.ACTIVITY_TIMED_OUT;
            default:
                return outcome == Outcome.SUCCEEDED
                        ? HistoryEventType.TASK_SUCCEEDED
                        : outcome == Outcome.FAILED ? HistoryEventType.TASK_FAILED : HistoryEventType.TASK_TIMED_OUT;
        }
    }

    /** {@code resourceType} and {@code resource}, as Task* events carry them. */
    ObjectNode resourceDetails() {
        ObjectNode details = Json.NODES.objectNode();
        details.put("resourceType", task.resource().resourceType());
        details.put("resource", task.resource().resource());
        return details;
    }

    private ObjectNode resourceDetailsOrNull() {
        TaskResource.Kind kind = task.resource().kind();
        return kind == TaskResource.Kind.LAMBDA_FUNCTION || kind == TaskResource.Kind.ACTIVITY
                ? null
                : resourceDetails();
    }

    /** The name AWS puts in the DataLimitExceeded cause: the resource type, or the ARN for functions and activities. */
    private String limitName() {
        TaskResource resource = task.resource();
        return resource.resourceType() != null ? resource.resourceType() : resource.arn();
    }

    long record(HistoryEvent.Builder event) {
        return strand.record(event);
    }

    ServiceResponses responses() {
        return new ServiceResponses(() -> Uuids.randomV4(run.random()), Instant.ofEpochMilli(run.now()));
    }

    CompiledState.Task task() {
        return task;
    }

    ExecutionRun run() {
        return run;
    }
}
