package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A task token that SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat would refuse; {@link #reason()} names AWS's
 * error.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class TaskTokenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** AWS's error names for refused task tokens and outputs (API reference: SendTaskSuccess). */
    public enum Reason {
        /** The token is not one the engine could have made. */
        INVALID_TOKEN("InvalidToken"),
        /** The token is well formed but no task has it. */
        TASK_DOES_NOT_EXIST("TaskDoesNotExist"),
        /** The task the token belonged to has ended (answered, timed out, or its execution ended). */
        TASK_TIMED_OUT("TaskTimedOut"),
        /** The output is not valid JSON. */
        INVALID_OUTPUT("InvalidOutput");

        private final String awsName;

        Reason(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    private final Reason reason;

    public TaskTokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
