package dev.lockstep.graphql.internal.schema;

/** A schema AppSync would refuse; the message is AppSync's wording where known, with the details that tell the fix. */
public final class SchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }
}
