package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.LockstepVersion;
import dev.lockstep.engine.internal.compile.ChoiceBranch;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.compile.DataFlow;
import dev.lockstep.engine.internal.compile.StateScope;
import dev.lockstep.engine.internal.error.StatesError;

/**
 * What each state type does once entered. The state's {@link DataFlow} turns input into what the state works on, and
 * its result into output and variables, in the state's query language; this class does the work in between. Failures
 * are thrown as {@link StatesError} (or a JSONata field's failure); the strand handles them.
 */
final class Interpreter {

    private Interpreter() {}

    static void run(StateVisit visit) {
        CompiledState state = visit.state;
        if (state instanceof CompiledState.Pass) {
            pass(visit, (CompiledState.Pass) state);
        } else if (state instanceof CompiledState.Succeed) {
            succeed(visit, state);
        } else if (state instanceof CompiledState.Fail) {
            fail(visit, (CompiledState.Fail) state);
        } else if (state instanceof CompiledState.Wait) {
            await(visit, (CompiledState.Wait) state);
        } else if (state instanceof CompiledState.Choice) {
            choose(visit, (CompiledState.Choice) state);
        } else if (state instanceof CompiledState.Task) {
            TaskRun.start(visit, (CompiledState.Task) state);
        } else {
            throw StatesError.runtime("The " + state.queryLanguage().awsName() + " "
                    + state.type().awsName() + " state is not supported by Lockstep " + LockstepVersion.current()
                    + " yet.");
        }
    }

    /** Pass: Result or Parameters (JSONPath) becomes the result; then the flow's exit (ResultPath, or Output). */
    private static void pass(StateVisit visit, CompiledState.Pass pass) {
        DataFlow flow = pass.flow();
        JsonNode effective = flow.effectiveInput(visit);
        JsonNode result = pass.result() != null ? pass.result() : flow.arguments(visit, effective);
        long resultSize = pass.result() != null
                ? pass.resultSize()
                : result == visit.input
                        ? visit.inputSize
                        : visit.strand.run.sizes().of(result);
        if (pass.result() == null && !flow.passesInput() && resultSize > EngineCore.MAX_PAYLOAD_BYTES) {
            // A Pass state's Parameters payload is its result: AWS's wording for an oversized Pass result applies.
            throw Strand.resultTooLarge(pass.name());
        }
        visit.strand.exit(
                visit,
                flow.exit(visit, result, visit.inputSize, resultSize, pass.assign(), pass.output()),
                pass.next());
    }

    private static void succeed(StateVisit visit, CompiledState state) {
        passThrough(visit, state, state.flow().effectiveInput(visit), null);
    }

    /** Fail: no exit event; the error and cause go to the execution unprefixed. */
    private static void fail(StateVisit visit, CompiledState.Fail fail) {
        String error = fail.error().evaluate(visit);
        String cause = fail.cause().evaluate(visit);
        visit.strand.fail(StatesError.of(error, cause));
    }

    private static void await(StateVisit visit, CompiledState.Wait wait) {
        JsonNode effective = wait.flow().effectiveInput(visit);
        long end = wait.duration().endMillis(visit.enteredMillis, visit, scopeFor(visit, effective));
        visit.strand.waitUntil(end, () -> passThrough(visit, wait, effective, wait.next()));
    }

    /**
     * Choice: the first rule that matches, else Default; the matched rule's Assign and Output apply, or the state's own
     * with Default (developer guide, "Choice workflow state"). With no match and no Default, AWS fails the execution
     * with States.Runtime (measured against AWS; the developer guide still names States.NoChoiceMatched, which AWS does
     * not emit here).
     */
    private static void choose(StateVisit visit, CompiledState.Choice choice) {
        JsonNode effective = choice.flow().effectiveInput(visit);
        StateScope scope = scopeFor(visit, effective);
        for (ChoiceBranch branch : choice.branches()) {
            if (branch.matches(scope)) {
                leave(visit, choice, effective, branch, branch.next());
                return;
            }
        }
        if (choice.defaultState() == null) {
            throw StatesError.runtime(
                    "Failed to transition out of the state. The state does not point to a next state.");
        }
        leave(visit, choice, effective, null, choice.defaultState());
    }

    private static void leave(
            StateVisit visit, CompiledState.Choice choice, JsonNode effective, ChoiceBranch branch, CompiledState to) {
        DataFlow.Exit exit = choice.flow()
                .exit(
                        visit,
                        effective,
                        visit.inputSize,
                        visit.inputSize,
                        branch == null ? choice.assign() : branch.assign(),
                        branch == null ? choice.output() : branch.output());
        visit.strand.exit(visit, exit, to);
    }

    /** Wait and Succeed hand on (a part of) their input; Assign and Output apply as for any state. */
    private static void passThrough(StateVisit visit, CompiledState state, JsonNode effective, CompiledState next) {
        visit.strand.exit(
                visit,
                state.flow().exit(visit, effective, visit.inputSize, visit.inputSize, state.assign(), state.output()),
                next);
    }

    /** The scope with {@code $} bound to {@code effective} (JSONPath InputPath); the visit itself when unchanged. */
    static StateScope scopeFor(StateVisit visit, JsonNode effective) {
        return effective == visit.input ? visit : new EffectiveScope(visit, effective);
    }
}
