package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A TestState request that AWS would refuse; {@link #error()} names AWS's error (ValidationException,
 * InvalidDefinition, InvalidExecutionInput).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class TestStateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String error;

    public TestStateException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** AWS's error name. */
    public String error() {
        return error;
    }
}
