package dev.lockstep.graphql.internal.util;

/**
 * Raised by {@code $util.error}, {@code $util.unauthorized} and a failing {@code $util.validate}: the template stops,
 * the field resolves to null and the error goes into the response.
 */
public final class TemplateErrorSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final transient Object data;
    private final transient Object errorInfo;

    public TemplateErrorSignal(String message, String errorType, Object data, Object errorInfo) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.data = data;
        this.errorInfo = errorInfo;
    }

    public String errorType() {
        return errorType;
    }

    public Object data() {
        return data;
    }

    public Object errorInfo() {
        return errorInfo;
    }
}
