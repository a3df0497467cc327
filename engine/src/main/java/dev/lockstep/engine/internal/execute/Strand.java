package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.internal.compile.CompiledScope;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;

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
    private final Completion completion;
    private long lastEventId;
    private StateVisit current;
    private Kernel.Timer timer;
    private boolean done;

    Strand(ExecutionRun run, CompiledScope scope, long previousEventId, Completion completion) {
        this.run = run;
        this.scope = scope;
        this.lastEventId = previousEventId;
        this.completion = completion;
    }

    void begin(JsonNode input, long inputSize) {
        scheduleEnter(scope.start(), input, inputSize);
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
        current = visit;
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
        } catch (ExecutionRun.HistoryLimitReached limit) {
            run.historyLimitReached();
        } catch (RuntimeException | StackOverflowError bug) {
            run.internalError(current == null ? null : current.state.name(), bug);
        }
    }

    /**
     * Leaves the current state with {@code output}, going on to {@code next} or ending the strand when null.
     * {@code outputBound} is at least the output's size in bytes: the exact size is computed only when the bound could
     * pass AWS's payload limit, which keeps long chains of states from measuring the same document again and again.
     */
    void exit(StateVisit visit, JsonNode output, CompiledState next, long outputBound) {
        long size = output == visit.input ? visit.inputSize : outputBound;
        if (size > EngineCore.MAX_PAYLOAD_BYTES) {
            size = Json.utf8Size(output);
            if (size > EngineCore.MAX_PAYLOAD_BYTES) {
                throw resultTooLarge(visit.state.name());
            }
        }
        lastEventId = run.record(
                HistoryEvent.builder(Events.exited(visit.state.type()))
                        .stateName(visit.state.name())
                        .output(output),
                lastEventId);
        current = null;
        timer = null;
        if (next == null) {
            done = true;
            completion.succeeded(output, lastEventId);
        } else {
            scheduleEnter(next, output, size);
        }
    }

    /** AWS's recorded States.DataLimitExceeded for an oversized state result (no state prefix). */
    static StatesError resultTooLarge(String name) {
        return StatesError.of(
                ErrorNames.DATA_LIMIT_EXCEEDED,
                "The state/task '" + name
                        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
    }

    /** Leaves the current state with a part of its input (Choice, Wait, Succeed): no larger than the input. */
    void exitWithPartOfInput(StateVisit visit, JsonNode output, CompiledState next) {
        exit(visit, output, next, visit.inputSize);
    }

    /** Ends the strand with an error that no Catch handles (Fail states, and errors in states that cannot catch). */
    void fail(StatesError error) {
        String stateName = current == null ? "" : current.state.name();
        long enteredEventId = current == null ? 0 : current.enteredEventId;
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
            dev.lockstep.engine.HistoryEventType aborted = Events.aborted(current.state.type());
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
