package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Task state's {@code Resource}, parsed: which kind of integration it is, which service and action it calls, and
 * with which integration pattern (developer guide: "Discover service integration patterns").
 *
 * <pre>{@code
 * TaskResource r = TaskResource.parse("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
 * r.service();  // "sqs"
 * r.action();   // "sendMessage"
 * r.pattern();  // WAIT_FOR_TASK_TOKEN
 * }</pre>
 *
 * @param arn the Resource as written
 * @param kind the kind of integration
 * @param resourceType what history events call {@code resourceType}: the part between {@code :::} and the last
 *     colon ({@code lambda}, {@code aws-sdk:s3}); null for Lambda function and activity ARNs
 * @param resource what history events call {@code resource}: the action with its pattern suffix ({@code invoke},
 *     {@code sendMessage.waitForTaskToken}); the whole ARN for Lambda function and activity ARNs
 * @param service the service called: {@code lambda}, {@code sqs}, {@code s3} ...; {@code activity} for activities
 * @param action the action without its pattern suffix: {@code invoke}, {@code sendMessage}, {@code listObjects}; the
 *     activity's name for activities
 * @param pattern how Step Functions waits for the result
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TaskResource(
        String arn,
        Kind kind,
        String resourceType,
        String resource,
        String service,
        String action,
        IntegrationPattern pattern) {

    /** The kinds of Task resource. */
    public enum Kind {
        /** A Lambda function ARN used directly ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}). */
        LAMBDA_FUNCTION,
        /** An optimized integration: {@code arn:aws:states:::SERVICE:ACTION}. */
        SERVICE_INTEGRATION,
        /** An AWS SDK integration: {@code arn:aws:states:::aws-sdk:SERVICE:ACTION}. */
        SDK_INTEGRATION,
        /** An activity: {@code arn:aws:states:REGION:ACCOUNT:activity:NAME}. */
        ACTIVITY
    }

    /** How Step Functions waits for a task (developer guide: service integration patterns). */
    public enum IntegrationPattern {
        /** Call the service and move on with its response. */
        REQUEST_RESPONSE,
        /** {@code .sync}: start a job and wait for it to complete. */
        RUN_JOB,
        /** {@code .sync:2}: as RUN_JOB, with the job's input and output as JSON rather than text. */
        RUN_JOB_V2,
        /** {@code .waitForTaskToken}: call the service with a task token and wait for it to come back. */
        WAIT_FOR_TASK_TOKEN
    }

    public TaskResource {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * Parses a Task state's Resource.
     *
     * @throws IllegalArgumentException when it is no Task resource AWS knows (the validator reports these first)
     */
    public static TaskResource parse(String arn) {
        Objects.requireNonNull(arn, "arn");
        String[] parts = arn.split(":", -1);
        if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("lambda") && parts[5].equals("function")) {
            return new TaskResource(
                    arn, Kind.LAMBDA_FUNCTION, null, arn, "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE);
        }
        if (parts.length == 7
                && arn.startsWith("arn:aws")
                && parts[2].equals("states")
                && parts[5].equals("activity")) {
            return new TaskResource(
                    arn, Kind.ACTIVITY, null, arn, "activity", parts[6], IntegrationPattern.WAIT_FOR_TASK_TOKEN);
        }
        int services = arn.indexOf(":::");
        if (!arn.startsWith("arn:aws")
                || services < 0
                || !arn.substring(0, services).endsWith(":states")) {
            throw new IllegalArgumentException("Not a Task resource: " + arn);
        }
        String rest = arn.substring(services + 3);
        IntegrationPattern pattern = IntegrationPattern.REQUEST_RESPONSE;
        String core = rest;
        if (rest.endsWith(".sync:2")) {
            pattern = IntegrationPattern.RUN_JOB_V2;
            core = rest.substring(0, rest.length() - ".sync:2".length());
        } else if (rest.endsWith(".sync")) {
            pattern = IntegrationPattern.RUN_JOB;
            core = rest.substring(0, rest.length() - ".sync".length());
        } else if (rest.endsWith(".waitForTaskToken")) {
            pattern = IntegrationPattern.WAIT_FOR_TASK_TOKEN;
            core = rest.substring(0, rest.length() - ".waitForTaskToken".length());
        }
        int lastColon = core.lastIndexOf(':');
        if (lastColon <= 0 || lastColon == core.length() - 1) {
            throw new IllegalArgumentException("Not a Task resource: " + arn);
        }
        String resourceType = core.substring(0, lastColon);
        String action = core.substring(lastColon + 1);
        String resource = rest.substring(lastColon + 1);
        if (resourceType.startsWith("aws-sdk:")) {
            return new TaskResource(
                    arn,
                    Kind.SDK_INTEGRATION,
                    resourceType,
                    resource,
                    resourceType.substring("aws-sdk:".length()),
                    action,
                    pattern);
        }
        return new TaskResource(arn, Kind.SERVICE_INTEGRATION, resourceType, resource, resourceType, action, pattern);
    }

    /** True for {@code .waitForTaskToken} tasks and activities: both hand out a task token. */
    public boolean usesTaskToken() {
        return pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN;
    }
}
