package dev.lockstep.engine.internal.error;

/**
 * An error as the States Language knows it: a name (such as {@code States.Runtime} or a task's own error) and a cause.
 * It is thrown inside the engine and caught by the state that was running, which applies Retry and Catch or fails the
 * execution. It never reaches a user as an exception.
 *
 * <p>Errors the engine raises while executing a state ({@link #stateFailure}) are reported by AWS with the prefix
 * {@code An error occurred while executing the state 'X' (entered at the event id #N). }; the state adds it, because
 * only the state knows its name and event id.
 */
public final class StatesError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String detail;
    private final boolean prefixedWithState;

    private StatesError(String error, String detail, boolean prefixedWithState) {
        super(error + ": " + detail, null, false, false);
        this.error = error;
        this.detail = detail;
        this.prefixedWithState = prefixedWithState;
    }

    /** An error with a name and a cause as given, e.g. from a Fail state or a task; {@code cause} may be null. */
    public static StatesError of(String error, String cause) {
        return new StatesError(error, cause, false);
    }

    /**
     * An error the engine raises while running a state; the cause will start with the state's name and entered event
     * id.
     */
    public static StatesError stateFailure(String error, String detail) {
        return new StatesError(error, detail, true);
    }

    /** {@code States.Runtime} raised while running a state: uncatchable, the execution fails. */
    public static StatesError runtime(String detail) {
        return stateFailure(ErrorNames.RUNTIME, detail);
    }

    public String error() {
        return error;
    }

    /** The cause without the state prefix; may be null. */
    public String detail() {
        return detail;
    }

    public boolean prefixedWithState() {
        return prefixedWithState;
    }

    /** The cause as AWS reports it for a state entered at {@code enteredEventId}. */
    public String causeFor(String stateName, long enteredEventId) {
        if (!prefixedWithState) {
            return detail;
        }
        return "An error occurred while executing the state '" + stateName + "' (entered at the event id #"
                + enteredEventId + "). " + detail;
    }
}
