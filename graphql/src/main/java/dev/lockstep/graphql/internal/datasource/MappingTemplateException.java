package dev.lockstep.graphql.internal.datasource;

/**
 * A rendered template that its data source cannot use (a missing {@code operation}, a key that is not DynamoDB
 * JSON, ...): AppSync reports it with errorType {@code MappingTemplate}.
 */
public final class MappingTemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MappingTemplateException(String message) {
        super(message);
    }

    /** AppSync's wording for a required field that is missing, e.g. {@code Value for field '$[operation]' not found.} */
    public static MappingTemplateException missing(String field) {
        return new MappingTemplateException("Value for field '$[" + field + "]' not found.");
    }
}
