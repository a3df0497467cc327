package dev.lockstep.engine.internal.intrinsic;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;

/**
 * A failure found while evaluating an intrinsic call, before it is known which call text to report. The compiled call
 * at the top of the field catches it and turns it into the {@link StatesError} AWS raises, whose cause quotes the whole
 * call as written.
 */
final class IntrinsicProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean runtime;

    private IntrinsicProblem(String detail, boolean runtime) {
        super(detail, null, false, false);
        this.runtime = runtime;
    }

    /** A bad argument value: catchable {@code States.IntrinsicFailure}. */
    static IntrinsicProblem failure(String detail) {
        return new IntrinsicProblem(detail, false);
    }

    /** A path that selects nothing or a malformed call: uncatchable {@code States.Runtime}. */
    static IntrinsicProblem runtime(String detail) {
        return new IntrinsicProblem(detail, true);
    }

    StatesError toStatesError(String callText) {
        String detail = "The function '" + callText + "' had the following error: " + getMessage();
        return runtime ? StatesError.runtime(detail) : StatesError.stateFailure(ErrorNames.INTRINSIC_FAILURE, detail);
    }
}
