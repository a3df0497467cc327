package dev.lockstep.graphql.internal.execute;

/** Ends a field's resolution with an error in the response and a null value. */
final class FieldFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String errorType;
    final transient Object data;
    final transient Object errorInfo;

    FieldFailure(String message, String errorType, Object data, Object errorInfo) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.data = data;
        this.errorInfo = errorInfo;
    }
}
