package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A state machine or execution with that name exists already (AWS: StateMachineAlreadyExists,
 * ExecutionAlreadyExists).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class AlreadyExistsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String arn;

    public AlreadyExistsException(String message, String arn) {
        super(message);
        this.arn = arn;
    }

    /** The ARN of what exists already. */
    public String arn() {
        return arn;
    }
}
