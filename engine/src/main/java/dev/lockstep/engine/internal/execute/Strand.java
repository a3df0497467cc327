package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.internal.compile.CompiledScope;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.compile.DataFlow;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line of control through one scope: the execution itself, and later each Parallel branch and Map iteration. It
 * enters one state at a time; each step is a kernel event, so strands interleave in a fixed order.
 */
final class Strand {

    /** How a strand reports its end to whoever started it. */
    interface Completion {
        void succeeded(JsonNode output, long lastEventId);

        void failed(String error, String cause, long lastEventId);
    }

    final ExecutionRun run;
    private final CompiledScope scope;
    private final Variables variables;
    private final Completion completion;
    private long lastEventId;
    private StateVisit current;
    private Kernel.Timer timer;
    private boolean done;

    Strand(ExecutionRun run, CompiledScope scope, Variables variables, long previousEventId, Completion completion) {
        this.run = run;
        this.scope = scope;
        this.variables = variables;
        this.lastEventId = previousEventId;
        this.completion = completion;
    }

    void begin(JsonNode input, long inputSize) {
        scheduleEnter(scope.start(), input, inputSize);
    }

    /** The variables this strand's states read and assign. */
    Variables variables() {
        return variables;
    }

    /** The state being run now, or null between states. */
    StateVisit current() {
        return current;
    }

    /** The pending timer of a waiting state, or null. */
    Kernel.Timer timer() {
        return timer;
    }

    private void scheduleEnter(CompiledState state, JsonNode input, long inputSize) {
        run.kernel().schedule(() -> guarded(() -> enter(state, input, inputSize)));
    }

    private void enter(CompiledState state, JsonNode input, long inputSize) {
        StateVisit visit = new StateVisit(this, state, input, inputSize, run.now());
        visit.probe = run.takeProbe();
        current = visit;
        visit.enteredPreviousEventId = lastEventId;
        visit.enteredEventId = run.record(
                HistoryEvent.builder(Events.entered(state.type()))
                        .stateName(state.name())
                        .input(input)
                        .inputText(run.originalTextOf(input)),
                lastEventId);
        lastEventId = visit.enteredEventId;
        run.entered(state.name());
        Interpreter.run(visit);
    }

    /** Runs a step of this strand, turning every failure into the end AWS gives it; never throws. */
    void guarded(Runnable step) {
        if (done || run.status().isTerminal()) {
            return;
        }
        try {
            step.run();
        } catch (StatesError error) {
            fail(error);
        } catch (JsonataFailure failure) {
            fail(evaluationFailed(failure));
        } catch (ExecutionRun.HistoryLimitReached limit) {
            run.historyLimitReached();
        } catch (ListenerFailure failure) {
            run.listenerFailed(failure);
        } catch (RuntimeException | StackOverflowError bug) {
            run.internalError(current == null ? null : current.state.name(), bug);
        }
    }

    /**
     * Leaves the current state as {@code exit} says: assigns its variables (all at once, after every expression of the
     * state was evaluated), records the exited event with them, and goes on to {@code next}. The exit's output bound
     * is at least the output's size in bytes: the exact size is computed only when the bound could pass AWS's payload
     * limit, which keeps long chains of states from measuring the same document again and again.
     */
    void exit(StateVisit visit, DataFlow.Exit exit, CompiledState next) {
        JsonNode output = exit.output();
        long outputBound = exit.outputBound();
        long size = output == visit.input ? visit.inputSize : outputBound;
        if (size > EngineCore.MAX_PAYLOAD_BYTES) {
            size = run.sizes().of(output);
            if (size > EngineCore.MAX_PAYLOAD_BYTES) {
                throw resultTooLarge(visit.state.name());
            }
        }
        HistoryEvent.Builder exited = HistoryEvent.builder(Events.exited(visit.state.type()))
                .stateName(visit.state.name())
                .output(output);
        ObjectNode assigned = exit.assigned();
        if (assigned != null) {
            variables.assign(assigned, visit.state.name());
            exited.assignedVariables(asMap(assigned));
        }
        lastEventId = run.record(exited, lastEventId);
        current = null;
        timer = null;
        if (visit.probe != null) {
            // TestState tests one state: report where it would go, and go no further.
            visit.probe.exited(output, next == null ? null : next.name());
            visit.probe.variables(variables.snapshot());
            done = true;
            return;
        }
        if (next == null) {
            done = true;
            completion.succeeded(output, lastEventId);
        } else {
            scheduleEnter(next, output, size);
        }
    }

    private static Map<String, JsonNode> asMap(ObjectNode object) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue()));
        return map;
    }

    /**
     * Records AWS's {@code EvaluationFailed} event for a JSONata field of the current state and returns the
     * States.QueryEvaluationError it raises. AWS links the event to the event the state's entered event follows, and
     * the next event to it (LocalStack's AWS recordings, "BASE_UNDEFINED_OUTPUT": entered #2 after #0, EvaluationFailed
     * #3 after #0, ExecutionFailed #4 after #3).
     */
    StatesError evaluationFailed(JsonataFailure failure) {
        StatesError error = StatesError.stateFailure(ErrorNames.QUERY_EVALUATION_ERROR, failure.detail());
        if (current == null) {
            return error;
        }
        ObjectNode details = Json.NODES.objectNode();
        details.put("location", failure.location());
        details.put("state", current.state.name());
        lastEventId = run.record(
                HistoryEvent.builder(HistoryEventType.EVALUATION_FAILED)
                        .extraDetails(details)
                        .error(error.error())
                        .cause(error.causeFor(current.state.name(), current.enteredEventId)),
                current.enteredPreviousEventId);
        return error;
    }

    /** AWS's recorded States.DataLimitExceeded for an oversized state result (no state prefix). */
    static StatesError resultTooLarge(String name) {
        return StatesError.of(
                ErrorNames.DATA_LIMIT_EXCEEDED,
                "The state/task '" + name
                        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    /** Ends the strand with an error that no Catch handles (Fail states, and errors in states that cannot catch). */
    void fail(StatesError error) {
        String stateName = current == null ? "" : current.state.name();
        long enteredEventId = current == null ? 0 : current.enteredEventId;
        if (current != null && current.probe != null) {
            current.probe.failed(error.error(), error.causeFor(stateName, enteredEventId));
        }
        done = true;
        cancelTimer();
        completion.failed(error.error(), error.causeFor(stateName, enteredEventId), lastEventId);
    }

    /** Records an event of the current state, after the strand's last event. */
    long record(HistoryEvent.Builder event) {
        lastEventId = run.record(event, lastEventId);
        return lastEventId;
    }

    /** Resumes the current state at {@code timeMillis}. */
    void waitUntil(long timeMillis, Runnable then) {
        timer = run.kernel().scheduleAt(timeMillis, () -> guarded(then));
    }

    /**
     * Stops the strand because the execution ended some other way (stopped, timed out). Records the state's Aborted
     * event when AWS has one and {@code recordAborted} asks for it; returns the last event id.
     */
    long abort(boolean recordAborted) {
        if (done) {
            return lastEventId;
        }
        done = true;
        cancelTimer();
        if (current != null && current.onAbort != null) {
            current.onAbort.run();
        }
        if (recordAborted && current != null) {
            HistoryEventType aborted = Events.aborted(current.state.type());
            if (aborted != null) {
                lastEventId = run.record(HistoryEvent.builder(aborted), lastEventId);
            }
        }
        return lastEventId;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
