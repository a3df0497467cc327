package dev.lockstep.graphql.internal.vtl;

/** A mapping template that is not valid VTL; the message is Velocity's, with line and column. */
public final class VtlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VtlSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
