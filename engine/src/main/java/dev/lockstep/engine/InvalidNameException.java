package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A state machine or execution name that AWS would refuse: empty, longer than 80 characters, or containing
 * whitespace, brackets, wildcards, control characters or any of {@code " # % \ ^ | ~ ` $ & , ; : /}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNameException(String message) {
        super(message);
    }
}
