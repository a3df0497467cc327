package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A data source of a configuration file or template that Lockstep cannot connect: a Lambda function with neither a
 * handler nor a client, a DynamoDB table without an endpoint, a Step Functions data source without an engine. The
 * message gives the Java fix ({@link LoadOptions}); {@link #service()} and {@link #problem()} let other front ends,
 * such as the command line, give their own.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class MissingConnectionException extends InvalidApiException {
    private static final long serialVersionUID = 1L;

    /** What the data source needs to reach. */
    public enum Service {
        LAMBDA,
        DYNAMODB,
        STEP_FUNCTIONS
    }

    private final Service service;
    private final String problem;

    /**
     * @param problem what is missing and where, without the fix, e.g. {@code data source Items needs a DynamoDB
     *     endpoint}
     * @param advice the fix through {@link LoadOptions}
     */
    public MissingConnectionException(Service service, String problem, String advice) {
        super(problem + ": " + advice + ".");
        this.service = service;
        this.problem = problem;
    }

    public Service service() {
        return service;
    }

    /** The message without its Java advice. */
    public String problem() {
        return problem;
    }
}
