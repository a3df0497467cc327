package dev.lockstep.graphql.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A function error with a chosen {@code errorType}, as a Node.js or Java Lambda reports it in
 * {@code {"errorType": ..., "errorMessage": ...}}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class LambdaFunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;

    public LambdaFunctionException(String errorType, String errorMessage) {
        super(errorMessage);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
