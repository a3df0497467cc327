package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An execution could not start because of its input or name: not JSON, larger than 256 KiB, or a name AWS would
 * refuse. The message says which and where.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidExecutionInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidExecutionInputException(String message) {
        super(message);
    }
}
