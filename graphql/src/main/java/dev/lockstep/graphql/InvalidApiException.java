package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An API AppSync would not create: a schema it refuses, a resolver on a field that does not exist, a data source or
 * function that is not defined, a configuration file or template that cannot be read. The message says what and where.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidApiException(String message) {
        super(message);
    }

    public InvalidApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
