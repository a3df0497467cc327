package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.compile.StateScope;
import java.util.random.RandomGenerator;

/**
 * One time a state is entered: its input, when and as which event it was entered. Expressions evaluated for the state
 * read {@code $}, {@code $$}, {@code $states} and variables through it.
 */
final class StateVisit implements StateScope {

    final Strand strand;
    final CompiledState state;
    final JsonNode input;
    /** At least the input's size in UTF-8 bytes (an upper bound, exact when measured). */
    final long inputSize;

    final long enteredMillis;
    long enteredEventId;
    /** The event the entered event follows; AWS links an EvaluationFailed event to it (recorded). */
    long enteredPreviousEventId;

    int retryCount = -1;
    String taskToken;
    /** What to do when the execution ends while this state runs (a Task cancels its timers and token). */
    Runnable onAbort;
    /** TestState's watcher when this is the state under test, else null. */
    StateProbe probe;

    private JsonNode context;

    StateVisit(Strand strand, CompiledState state, JsonNode input, long inputSize, long enteredMillis) {
        this.strand = strand;
        this.state = state;
        this.input = input;
        this.inputSize = inputSize;
        this.enteredMillis = enteredMillis;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public void inspect(String field, JsonNode value) {
        if (probe != null) {
            probe.inspect(field, value);
        }
    }

    @Override
    public JsonNode context() {
        JsonNode given = strand.run.contextOverride();
        if (given != null) {
            return given;
        }
        if (context == null) {
            context = strand.run.contextObject().forState(state.name(), enteredMillis, retryCount, taskToken);
        }
        return context;
    }

    /** Forgets the built context object, after RetryCount or the task token changed. */
    void resetContext() {
        context = null;
    }

    @Override
    public JsonNode variable(String name) {
        return strand.variables().get(name);
    }

    @Override
    public RandomGenerator random() {
        return strand.run.random();
    }

    @Override
    public long nowMillis() {
        return strand.run.now();
    }

    @Override
    public String textOf(JsonNode value) {
        String original = strand.run.originalTextOf(value);
        return original != null ? original : StateScope.super.textOf(value);
    }
}
