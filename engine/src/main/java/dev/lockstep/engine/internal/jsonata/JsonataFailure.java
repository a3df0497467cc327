package dev.lockstep.engine.internal.jsonata;

/**
 * A field of a JSONata state that could not be evaluated: AWS's States.QueryEvaluationError, recorded as an
 * {@code EvaluationFailed} event with the field's location (API reference: EvaluationFailedEventDetails). The cause
 * gets the state prefix from whoever runs the state.
 */
public final class JsonataFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String detail;

    public JsonataFailure(String location, String detail) {
        super(detail, null, false, false);
        this.location = location;
        this.detail = detail;
    }

    /** Where the expression is, relative to the state: {@code Output}, {@code Assign/total}, {@code Arguments/a[0]}. */
    public String location() {
        return location;
    }

    /** The cause without the state prefix. */
    public String detail() {
        return detail;
    }

    /** AWS's cause for an expression that evaluated to undefined (recorded: "returned nothing (undefined)"). */
    static JsonataFailure undefined(JsonataExpression expression, String location) {
        return new JsonataFailure(
                location,
                "The JSONata expression '" + expression.text() + "' specified for the field '" + location
                        + "' returned nothing (undefined).");
    }

    /** AWS's cause for an expression that failed: "threw an error during evaluation", then JSONata's message. */
    static JsonataFailure threw(JsonataExpression expression, String location, String message) {
        return new JsonataFailure(
                location,
                "The JSONata expression '" + expression.text() + "' specified for the field '" + location
                        + "' threw an error during evaluation. " + message);
    }

    /** A value of the wrong type for its field, e.g. a string for Seconds. */
    public static JsonataFailure wrongType(String location, String expected, String found) {
        return new JsonataFailure(
                location,
                "The value of the field '" + location + "' must be " + expected + ", but the expression returned "
                        + found + ".");
    }
}
