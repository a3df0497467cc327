package dev.lockstep.graphql.internal.execute;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;

/**
 * An error raised while resolving a field, with AppSync's extra members: {@code errorType}, {@code data} (filtered by
 * the field's selection set) and {@code errorInfo} (as given).
 */
final class AppSyncError implements GraphQLError {
    private static final long serialVersionUID = 1L;

    private final String message;
    private final String errorType;
    private final transient Object data;
    private final transient Object errorInfo;
    private final List<Object> path;
    private final List<SourceLocation> locations;

    AppSyncError(
            String message,
            String errorType,
            Object data,
            Object errorInfo,
            List<Object> path,
            List<SourceLocation> locations) {
        this.message = message;
        this.errorType = errorType;
        this.data = data;
        this.errorInfo = errorInfo;
        this.path = path;
        this.locations = locations;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorClassification getErrorType() {
        return graphql.ErrorType.DataFetchingException;
    }

    String appSyncErrorType() {
        return errorType;
    }

    Object data() {
        return data;
    }

    Object errorInfo() {
        return errorInfo;
    }
}
