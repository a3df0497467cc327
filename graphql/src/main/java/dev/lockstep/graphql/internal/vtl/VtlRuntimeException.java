package dev.lockstep.graphql.internal.vtl;

/** A failure while a mapping template runs, such as a method that threw; AppSync reports it as a MappingTemplate error. */
public final class VtlRuntimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VtlRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
