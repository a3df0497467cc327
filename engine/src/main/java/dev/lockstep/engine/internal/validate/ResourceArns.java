package dev.lockstep.engine.internal.validate;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Task resources Step Functions recognizes: Lambda function ARNs, activity ARNs, optimized service integrations
 * {@code arn:aws:states:::SERVICE:ACTION[.sync|.sync:2|.waitForTaskToken]} and AWS SDK integrations
 * {@code arn:aws:states:::aws-sdk:SERVICE:ACTION[.waitForTaskToken]} (developer guide, "Integrating services" and
 * "Discover service integration patterns").
 */
public final class ResourceArns {

    /** What a Task resource names. */
    public enum Kind {
        LAMBDA_FUNCTION,
        ACTIVITY,
        SERVICE_INTEGRATION,
        SDK_INTEGRATION
    }

    /**
     * A recognized Task resource.
     *
     * @param service the integrated service ({@code lambda}, {@code sqs}, {@code s3} for {@code aws-sdk:s3}), or null
     *     for a function or an activity
     * @param action the API action, or null for a function or an activity
     * @param pattern {@code ""} (request-response), {@code ".sync"}, {@code ".sync:2"} or {@code ".waitForTaskToken"}
     */
    public record TaskResource(Kind kind, String service, String action, String pattern) {}

    private static final String PARTITION = "aws(?:-[a-z]+)*";
    private static final String REGION = "[a-z]{2}(?:-[a-z]+)+-\\d+";
    private static final String ACCOUNT = "\\d{12}";

    private static final Pattern LAMBDA = Pattern.compile("arn:" + PARTITION + ":lambda:" + REGION + ":" + ACCOUNT
            + ":function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9_$-]+)?");
    private static final Pattern ACTIVITY = Pattern.compile("arn:" + PARTITION + ":states:" + REGION + ":" + ACCOUNT
            + ":activity:[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/]{1,80}");
    private static final Pattern SDK = Pattern.compile(
            "arn:" + PARTITION
                    + ":states:::aws-sdk:(?<service>[a-z0-9.-]+):(?<action>[A-Za-z][A-Za-z0-9]*)(?<pattern>\\.waitForTaskToken)?");
    private static final Pattern INTEGRATION = Pattern.compile(
            "arn:" + PARTITION
                    + ":states:::(?<service>[a-z0-9-]+):(?<action>[A-Za-z][A-Za-z0-9]*)(?<pattern>\\.sync(?::2)?|\\.waitForTaskToken)?");
    private static final Pattern S3 =
            Pattern.compile("arn:" + PARTITION + ":states:::s3:(?<action>[A-Za-z][A-Za-z0-9]*)");

    /** Services with optimized integrations (developer guide, "Integrating optimized services"). */
    private static final Set<String> OPTIMIZED = Set.of(
            "apigateway",
            "athena",
            "batch",
            "bedrock",
            "bedrock-agentcore",
            "codebuild",
            "databrew",
            "dynamodb",
            "ecs",
            "eks",
            "elasticmapreduce",
            "emr-containers",
            "emr-serverless",
            "events",
            "glue",
            "http",
            "lambda",
            "mediaconvert",
            "sagemaker",
            "sns",
            "sqs",
            "states");

    /** Optimized integrations without the Run a Job (.sync) pattern. */
    private static final Set<String> WITHOUT_SYNC =
            Set.of("apigateway", "bedrock-agentcore", "dynamodb", "events", "http", "lambda", "sns", "sqs");

    /** Optimized integrations without the callback (.waitForTaskToken) pattern. */
    private static final Set<String> WITHOUT_CALLBACK = Set.of(
            "athena",
            "batch",
            "bedrock-agentcore",
            "codebuild",
            "databrew",
            "dynamodb",
            "elasticmapreduce",
            "emr-containers",
            "emr-serverless",
            "glue",
            "http",
            "mediaconvert",
            "sagemaker");

    /**
     * SDK integrations AWS refuses although the pattern fits: recorded for apigatewaymanagementapi ("The resource
     * provided ... is not recognized", a CDK user's CreateStateMachine error).
     */
    private static final Set<String> UNSUPPORTED_SDK_SERVICES = Set.of("apigatewaymanagementapi");

    private ResourceArns() {}

    /** The resource {@code arn} names, or empty when Step Functions would not recognize it. */
    public static Optional<TaskResource> parse(String arn) {
        if (LAMBDA.matcher(arn).matches()) {
            return Optional.of(new TaskResource(Kind.LAMBDA_FUNCTION, null, null, ""));
        }
        if (ACTIVITY.matcher(arn).matches()) {
            return Optional.of(new TaskResource(Kind.ACTIVITY, null, null, ""));
        }
        Matcher sdk = SDK.matcher(arn);
        if (sdk.matches()) {
            return UNSUPPORTED_SDK_SERVICES.contains(sdk.group("service"))
                    ? Optional.empty()
                    : Optional.of(new TaskResource(
                            Kind.SDK_INTEGRATION, sdk.group("service"), sdk.group("action"), pattern(sdk)));
        }
        Matcher integration = INTEGRATION.matcher(arn);
        if (integration.matches()) {
            String service = integration.group("service");
            String pattern = pattern(integration);
            if (!OPTIMIZED.contains(service) || !supports(service, integration.group("action"), pattern)) {
                return Optional.empty();
            }
            return Optional.of(
                    new TaskResource(Kind.SERVICE_INTEGRATION, service, integration.group("action"), pattern));
        }
        return Optional.empty();
    }

    /** True for the ItemReader resources of a Distributed Map: {@code s3:getObject} and {@code s3:listObjectsV2}. */
    public static boolean isItemReader(String arn) {
        Matcher s3 = S3.matcher(arn);
        return s3.matches()
                && (s3.group("action").equals("getObject") || s3.group("action").equals("listObjectsV2"));
    }

    /** True for the ResultWriter resource of a Distributed Map: {@code s3:putObject}. */
    public static boolean isResultWriter(String arn) {
        Matcher s3 = S3.matcher(arn);
        return s3.matches() && s3.group("action").equals("putObject");
    }

    private static boolean supports(String service, String action, String pattern) {
        return switch (pattern) {
            case ".sync" -> !WITHOUT_SYNC.contains(service);
            case ".sync:2" -> service.equals("states") && action.equals("startExecution");
            case ".waitForTaskToken" -> !WITHOUT_CALLBACK.contains(service);
            default -> true;
        };
    }

    private static String pattern(Matcher matcher) {
        String pattern = matcher.group("pattern");
        return pattern == null ? "" : pattern;
    }
}
