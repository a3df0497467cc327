package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.LockstepVersion;
import dev.lockstep.engine.internal.compile.ChoiceBranch;
import dev.lockstep.engine.internal.compile.CompiledState;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;

/** What each state type does once entered. Failures are thrown as {@link StatesError}; the strand handles them. */
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

    /** Pass: InputPath, then Result or Parameters as the result, ResultPath, OutputPath. */
    private static void pass(StateVisit visit, CompiledState.Pass pass) {
        JsonNode effective = pass.inputPath().apply(visit.input, visit);
        JsonNode result;
        if (pass.result() != null) {
            result = pass.result();
        } else if (pass.parameters() != null) {
            result = pass.parameters().evaluate(contextFor(visit, effective));
        } else {
            result = effective;
        }
        long resultSize = result == visit.input ? visit.inputSize : Json.utf8Size(result);
        if (pass.result() == null && pass.parameters() != null && resultSize > EngineCore.MAX_PAYLOAD_BYTES) {
            // A Pass state's Parameters payload is its result: AWS's wording for an oversized Pass result applies.
            throw Strand.resultTooLarge(pass.name());
        }
        JsonNode combined = pass.resultPath().apply(visit.input, result);
        visit.strand.exit(
                visit,
                pass.outputPath().apply(combined, visit),
                pass.next(),
                pass.resultPath().sizeBound(visit.inputSize, resultSize));
    }

    private static void succeed(StateVisit visit, CompiledState state) {
        JsonNode effective = state.inputPath().apply(visit.input, visit);
        visit.strand.exitWithPartOfInput(visit, state.outputPath().apply(effective, visit), null);
    }

    /** Fail: no exit event; the error and cause go to the execution unprefixed. */
    private static void fail(StateVisit visit, CompiledState.Fail fail) {
        String error = fail.error().evaluate(visit);
        String cause = fail.cause().evaluate(visit);
        visit.strand.fail(StatesError.of(error, cause));
    }

    private static void await(StateVisit visit, CompiledState.Wait wait) {
        JsonNode effective = wait.inputPath().apply(visit.input, visit);
        long end = wait.duration().endMillis(visit.enteredMillis, contextFor(visit, effective));
        visit.strand.waitUntil(
                end,
                () -> visit.strand.exitWithPartOfInput(visit, wait.outputPath().apply(effective, visit), wait.next()));
    }

    /**
     * Choice: the first rule that matches, else Default. With neither, AWS fails the execution with States.Runtime
     * (measured against AWS; the developer guide still names States.NoChoiceMatched, which AWS does not emit here).
     */
    private static void choose(StateVisit visit, CompiledState.Choice choice) {
        JsonNode effective = choice.inputPath().apply(visit.input, visit);
        EvaluationContext context = contextFor(visit, effective);
        CompiledState target = null;
        for (ChoiceBranch branch : choice.branches()) {
            if (branch.condition().test(context)) {
                target = branch.next();
                break;
            }
        }
        if (target == null) {
            target = choice.defaultState();
        }
        if (target == null) {
            throw StatesError.runtime(
                    "Failed to transition out of the state. The state does not point to a next state.");
        }
        visit.strand.exitWithPartOfInput(visit, choice.outputPath().apply(effective, visit), target);
    }

    private static EvaluationContext contextFor(StateVisit visit, JsonNode effective) {
        return effective == visit.input ? visit : visit.withInput(effective);
    }
}
