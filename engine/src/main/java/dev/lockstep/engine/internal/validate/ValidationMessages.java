package dev.lockstep.engine.internal.validate;

import java.util.Collection;

/**
 * Every diagnostic message, in one place. Where AWS's wording is known it is used verbatim (sources in
 * /tmp/research/errors-and-validation.md section 2 and the notes on each method); where it is not, the message
 * follows AWS's patterns and says what was expected and what was found.
 */
public final class ValidationMessages {

    private ValidationMessages() {}

    // ---- AWS wording, recorded or measured against AWS ----

    /** AWS recording: an empty or non-object definition. */
    public static String definitionNotAnObject() {
        return "Definition must be a valid JSON object";
    }

    /** AWS recording: {@code These fields are required: [States, StartAt]}. */
    public static String required(Collection<String> fields) {
        return "These fields are required: " + list(fields);
    }

    /** Measured against AWS: an unknown field, or one the state type does not take. */
    public static String notSupported(String field) {
        return "Field '" + field + "' is not supported";
    }

    /** Measured against AWS: a value outside an enumeration. */
    public static String oneOf(Collection<String> allowed) {
        return "Value should be one of the following: " + list(allowed);
    }

    /** Measured against AWS: {@code Expected value of type [STRING]}. */
    public static String expectedType(String type) {
        return "Expected value of type [" + type + "]";
    }

    /** Measured against AWS (MaxConcurrency -1): {@code Minimum value is 0}. */
    public static String minimum(String min) {
        return "Minimum value is " + min;
    }

    /** The counterpart of {@link #minimum}, by analogy. */
    public static String maximum(String max) {
        return "Maximum value is " + max;
    }

    /** AWS recording: a Next, Default, catcher Next or StartAt that names no state in its scope. */
    public static String missingNextTarget(String target) {
        return "Missing 'Next' target: " + target;
    }

    /** AWS recording, with its own period (AWS then appends {@code " at /States/X"}). */
    public static String notReachable(String state) {
        return "State \"" + state + "\" is not reachable.";
    }

    /** Measured against AWS; reported with no location. */
    public static String noTerminalState() {
        return "Workflow has no terminal state";
    }

    /** Step Functions Local's wording, which runs AWS's validator. */
    public static String duplicateStateName(String state) {
        return "Duplicate State name: " + state;
    }

    /** AWS recording (Task Resource). */
    public static String resourceNotRecognized(String resource) {
        return "The resource provided " + resource
                + " is not recognized. The value is not a valid resource ARN, or the resource is not available in"
                + " this region.";
    }

    /** Quoted by users from CreateStateMachine for a Resource that is not an ARN at all. */
    public static String resourceNotAnArn() {
        return "Value is not a valid resource ARN";
    }

    /** AWS recording, trailing space included, for {@code .waitForTaskToken}; {@code .sync} by analogy. */
    public static String expressUnsupportedIntegration(String pattern) {
        return "Express state machine does not support '" + pattern + "' service integration ";
    }

    /** AWS recording: a state going back to JSONPath under a JSONata state machine. */
    public static String queryLanguageDowngrade() {
        return "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";
    }

    /** Measured against AWS: a JSONata-only field (Output, Arguments, Items...) on a JSONPath state. */
    public static String onlyForJsonata(String field) {
        return "The QueryLanguage is set to 'JSONPath', but field '" + field
                + "' is only supported for the 'JSONata' QueryLanguage";
    }

    /** Measured against AWS: a JSONPath-only field (InputPath, Parameters...) on a JSONata state. */
    public static String onlyForJsonPath(String field) {
        return "The QueryLanguage is set to 'JSONata', but field '" + field
                + "' is only supported for the 'JSONPath' QueryLanguage";
    }

    /** AWS wording (CreateStateMachine) for a {@code .$} value that is neither a path nor an intrinsic call. */
    public static String invalidTemplateValue(String key) {
        return "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call";
    }

    // ---- wording quoted by third-party tooling from CreateStateMachine, not verified ----

    /** An empty array where at least one element is needed (Choices, Branches, ErrorEquals, And, Or). */
    public static String cannotBeEmpty() {
        return "Value cannot be empty";
    }

    /** Two fields that exclude each other, such as Next and End or TimeoutSeconds and TimeoutSecondsPath. */
    public static String onlyOneOf(Collection<String> fields) {
        return "There should only be one of the following fields: " + list(fields);
    }

    /** {@code States.ALL} with other names, or not in the last retrier or catcher. */
    public static String statesAllAloneAndLast() {
        return "States.ALL must appear alone and at end of list";
    }

    /** A JSONata string that opens with {@code {%} and does not close. */
    public static String malformedJsonata() {
        return "JSONata string must start with {% and end with %}";
    }

    public static String invalidVariableName(String name) {
        return "Invalid variable name '" + name + "': the variable name contains invalid characters.";
    }

    public static String reservedVariableName() {
        return "Cannot assign to reserved variable '$states'.";
    }

    // ---- Lockstep's wording, where AWS's is not known ----

    /** One field of a group is needed and none is there (Next or End; the four Wait fields...). */
    public static String exactlyOneRequired(Collection<String> fields) {
        return "Exactly one of the following fields is required: " + list(fields);
    }

    /** A JSONata state field that takes a literal of {@code type} or a JSONata string. */
    public static String expectedTypeOrJsonata(String type) {
        return "Expected value of type [" + type + "] or a JSONata string {% ... %}";
    }

    public static String invalidPath(String field, String problem) {
        return "The value for the field '" + field + "' must be a valid JSONPath: " + problem;
    }

    public static String invalidReferencePath(String field, String problem) {
        return "The value for the field '" + field + "' must be a valid Reference Path: " + problem;
    }

    public static String notAReferencePath(String field) {
        return "The value for the field '" + field
                + "' must be a valid Reference Path: it must select a single value, without wildcards, filters,"
                + " slices, unions or deep scans";
    }

    public static String duplicateTemplateKey(String key) {
        return "The field '" + key + "' appears twice once the '.$' suffix is removed";
    }

    public static String invalidFailPath(String field, Collection<String> intrinsics) {
        return "The value for the field '" + field
                + "' must be a valid Reference Path or a call to one of these intrinsic functions: " + list(intrinsics);
    }

    public static String invalidTimestamp(String value) {
        return "Value must be a valid timestamp as RFC3339 (an uppercase T between date and time, and a Z or a numeric"
                + " offset), for example 2016-03-14T01:59:00Z, but was '" + value + "'";
    }

    public static String choiceRuleWithoutComparison() {
        return "A Choice Rule must have exactly one comparison operator (such as StringEquals), or one of And, Or,"
                + " Not";
    }

    public static String heartbeatNotBelowTimeout(String heartbeat, String timeout) {
        return "HeartbeatSeconds (" + heartbeat + ") must be smaller than TimeoutSeconds (" + timeout + ")";
    }

    public static String unknownStatesError(String name) {
        return "'" + name + "' is not a predefined error name: error names starting with 'States.' are reserved";
    }

    public static String stateNameTooLong(String name, int length) {
        return "State name \"" + name + "\" is " + length + " characters long; at most 80 are allowed";
    }

    public static String stateNameEmpty() {
        return "State name must not be empty";
    }

    public static String variableNameTooLong(String name) {
        return "Invalid variable name '" + name + "': the variable name is longer than 80 characters.";
    }

    public static String expressUnsupportedActivity() {
        return "Express state machine does not support activities";
    }

    public static String definitionTooLarge(long bytes, long limit) {
        return "Definition is " + bytes + " bytes as compact JSON; at most " + limit + " bytes are allowed";
    }

    public static String tooDeeplyNested(int limit) {
        return "Definition is nested more than " + limit + " levels deep";
    }

    public static String maximumLength(int max) {
        return "Maximum length is " + max;
    }

    // ---- warnings, in the words of the API reference (ValidateStateMachineDefinitionDiagnostic) ----

    public static String noDollar() {
        return "No .$ on a field that appears to be a JSONPath or Intrinsic Function.";
    }

    public static String noPath() {
        return "Field value looks like a path, but field name does not end with 'Path'.";
    }

    public static String passResultIsStatic() {
        return "Attempt to use a path in the result of a pass state.";
    }

    // ---- Lockstep's own warnings: AWS accepts these definitions and fails when the state runs ----

    /** A literal argument that makes an intrinsic call fail every time it runs ({@code Intrinsics.lint}). */
    public static String intrinsicAlwaysFails(String call, int position, String problem) {
        return "The intrinsic function call '" + call + "' fails whenever it runs (position " + position + "): "
                + problem;
    }

    private static String list(Collection<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
