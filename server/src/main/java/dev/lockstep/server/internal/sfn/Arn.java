package dev.lockstep.server.internal.sfn;

/**
 * A Step Functions ARN taken apart: {@code arn:<partition>:states:<region>:<account>:<type>:<resource>}, e.g. type
 * {@code stateMachine} and resource {@code Orders}, or type {@code execution} and resource {@code Orders:run-1}.
 *
 * @param text the ARN as given
 * @param type the resource type: stateMachine, execution, express, activity, mapRun ...
 * @param resource everything after the type, colons included
 */
record Arn(String text, String type, String resource) {

    static final String STATE_MACHINE = "stateMachine";
    static final String EXECUTION = "execution";
    static final String EXPRESS = "express";
    static final String ACTIVITY = "activity";

    /**
     * Parses an ARN and checks that it names a resource of {@code expectedType}.
     *
     * @throws ApiException InvalidArn, with the recorded wordings {@code Invalid ARN prefix: ...} and {@code Resource
     *     type not valid in this context: ...}
     */
    static Arn of(String text, String expectedType) {
        Arn arn = parse(text);
        if (!arn.type.equals(expectedType)) {
            throw AwsErrors.resourceTypeNotValid(arn.type);
        }
        if (arn.resource.isEmpty()) {
            throw AwsErrors.invalidArnResource(text);
        }
        return arn;
    }

    /** Parses an ARN of any Step Functions resource type. */
    static Arn parse(String text) {
        String[] parts = text.split(":", 7);
        if (parts.length < 6 || !parts[0].equals("arn") || !parts[2].equals("states") || parts[1].isEmpty()) {
            throw AwsErrors.invalidArnPrefix(text);
        }
        return new Arn(text, parts[5], parts.length == 7 ? parts[6] : "");
    }

    /** The state machine's name for a stateMachine ARN, or the first resource segment for an execution ARN. */
    String firstName() {
        int colon = resource.indexOf(':');
        return colon < 0 ? resource : resource.substring(0, colon);
    }
}
