package dev.lockstep.server.internal.sfn;

import java.util.List;

/**
 * Every error the Step Functions API answers with, in AWS's words.
 *
 * <p>The wire shape is AWS JSON 1.0: {@code {"__type": "<namespace>#<Name>", "message": "..."}}. Step Functions' own
 * errors use the namespace {@code com.amazonaws.swf.service.v2.model}; model-constraint violations come from AWS's
 * request validation layer ({@code com.amazon.coral.validate#ValidationException}) and protocol failures from its
 * service framework ({@code com.amazon.coral.service#...}). The SDKs keep only the part after {@code #}. The messages
 * are the ones recorded from AWS in LocalStack's snapshot tests ({@code tests/aws/services/stepfunctions/v2/
 * test_sfn_api*.snapshot.json}, "recorded-content" of validated tests) wherever such a recording exists.
 */
public final class AwsErrors {

    static final String SFN = "com.amazonaws.swf.service.v2.model";
    static final String VALIDATE = "com.amazon.coral.validate";
    static final String CORAL = "com.amazon.coral.service";

    private AwsErrors() {}

    private static ApiException sfn(String name, String message) {
        return new ApiException(400, SFN, name, message);
    }

    /** Recorded: {@code Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'}. */
    public static ApiException invalidArnPrefix(String arn) {
        return sfn("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }

    /** Recorded for an Express execution ARN given to DescribeExecution: {@code ... not valid in this context: express'}. */
    public static ApiException resourceTypeNotValid(String resourceType) {
        return sfn("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + resourceType + "'");
    }

    /**
     * An ARN of the right type whose resource part is malformed (no name). AWS's wording for this case is not recorded;
     * this follows the shape of the recorded InvalidArn messages.
     */
    public static ApiException invalidArnResource(String arn) {
        return sfn("InvalidArn", "Invalid Arn: 'Invalid ARN resource: " + arn + "'");
    }

    public static ApiException stateMachineDoesNotExist(String arn) {
        return sfn("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    public static ApiException stateMachineAlreadyExists(String arn) {
        return sfn("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }

    public static ApiException executionDoesNotExist(String arn) {
        return sfn("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    public static ApiException executionAlreadyExists(String arn) {
        return sfn("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
    }

    /** The message is {@code ValidationResult.awsMessage()}: {@code Invalid State Machine Definition: '...'}. */
    public static ApiException invalidDefinition(String message) {
        return sfn("InvalidDefinition", message);
    }

    public static ApiException invalidName(String name) {
        return sfn("InvalidName", "Invalid Name: '" + name + "'");
    }

    /** Recorded: {@code Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting ...'}. */
    public static ApiException invalidExecutionInput(String detail) {
        return sfn("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + detail + "'");
    }

    /** InvalidExecutionInput with a whole message, worded by the engine. */
    public static ApiException invalidExecutionInputMessage(String message) {
        return sfn("InvalidExecutionInput", message);
    }

    /** Recorded for StartSyncExecution on a Standard machine and ListExecutions on an Express one. */
    public static ApiException stateMachineTypeNotSupported() {
        return sfn("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
    }

    /** Recorded for UpdateStateMachine with nothing to update. */
    public static ApiException missingRequiredParameter(String message) {
        return sfn("MissingRequiredParameter", message);
    }

    /** Recorded for TagResource on a state machine version: {@code Resource not found: '<arn>'}. */
    public static ApiException resourceNotFound(String arn) {
        return sfn("ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    /** A refused task token; the engine names AWS's error (InvalidToken, TaskDoesNotExist, TaskTimedOut ...). */
    public static ApiException taskToken(String name, String message) {
        return sfn(name, message);
    }

    /** Recorded: {@code Activity Does Not Exist: '<arn>'} (test_sfn_api_activities.snapshot.json). */
    public static ApiException activityDoesNotExist(String arn) {
        return sfn("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }

    /** A pagination token this server did not hand out. AWS's exact wording is not recorded. */
    public static ApiException invalidToken(String token) {
        return sfn("InvalidToken", "Invalid Token: '" + token + "'");
    }

    /** More than 50 tags on one resource (API reference: TagResource). AWS's exact wording is not recorded. */
    public static ApiException tooManyTags(String arn, int limit) {
        return sfn("TooManyTags", "Too many tags: '" + arn + "' would have more than " + limit + " tags");
    }

    /** An unsupported logging level or a malformed logging configuration (API reference: LoggingConfiguration). */
    public static ApiException invalidLoggingConfiguration(String message) {
        return sfn("InvalidLoggingConfiguration", message);
    }

    /**
     * Model-constraint violations, joined as AWS joins them: {@code 1 validation error detected: Value '1001' at
     * 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000} (recorded), and
     * {@code N validation errors detected: a; b} for several.
     */
    public static ApiException validation(List<String> violations) {
        String noun = violations.size() == 1 ? "error" : "errors";
        return new ApiException(
                400,
                VALIDATE,
                "ValidationException",
                violations.size() + " validation " + noun + " detected: " + String.join("; ", violations));
    }

    /** A validation failure that is not a model constraint, e.g. two parameters that exclude each other. */
    public static ApiException validationMessage(String message) {
        return new ApiException(400, VALIDATE, "ValidationException", message);
    }

    /** The body is not JSON, or a field has the wrong JSON type. */
    public static ApiException serialization(String message) {
        return new ApiException(400, CORAL, "SerializationException", message);
    }

    /** No {@code X-Amz-Target}, or one that names no Step Functions operation. */
    public static ApiException unknownOperation(String message) {
        return new ApiException(400, CORAL, "UnknownOperationException", message);
    }

    /** A request outside the API: another path, or another method than POST. */
    public static ApiException notFound(int status, String message) {
        return new ApiException(status, CORAL, "UnknownOperationException", message);
    }

    public static ApiException requestTooLarge(long limit) {
        return new ApiException(
                413,
                CORAL,
                "RequestEntityTooLargeException",
                "The request body is larger than " + limit + " bytes, the most this server reads");
    }

    /** A bug in Lockstep. The message says so; the stack trace goes to the server's log, never to the client. */
    public static ApiException internalFailure(String operation, Throwable bug) {
        return new ApiException(
                500,
                CORAL,
                "InternalFailure",
                "Internal error in Lockstep while handling " + operation + ": " + bug
                        + ". This is a bug in Lockstep; please report it.");
    }

    public static ApiException missingAuthenticationToken() {
        return new ApiException(403, CORAL, "MissingAuthenticationTokenException", "Missing Authentication Token");
    }

    public static ApiException incompleteSignature(String message) {
        return new ApiException(400, CORAL, "IncompleteSignatureException", message);
    }

    public static ApiException unrecognizedClient() {
        return new ApiException(
                403, CORAL, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    public static ApiException invalidSignature() {
        return new ApiException(
                403,
                CORAL,
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret"
                        + " Access Key and signing method. Consult the service documentation for details.");
    }

    public static ApiException signatureExpired(String message) {
        return new ApiException(403, CORAL, "InvalidSignatureException", message);
    }
}
