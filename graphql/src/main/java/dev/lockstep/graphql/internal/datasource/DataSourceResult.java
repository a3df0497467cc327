package dev.lockstep.graphql.internal.datasource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a data source gave back: {@code $ctx.result} and, when it failed, {@code $ctx.error}
 * ({@code {"message": ..., "type": ...}}).
 *
 * @param result the value for {@code $ctx.result}
 * @param error the value for {@code $ctx.error}, or null
 */
public record DataSourceResult(Object result, Map<String, Object> error) {

    public static DataSourceResult of(Object result) {
        return new DataSourceResult(result, null);
    }

    public static DataSourceResult failure(String type, String message) {
        return failure(type, message, null);
    }

    public static DataSourceResult failure(String type, String message, Object result) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        return new DataSourceResult(result, error);
    }

    public boolean failed() {
        return error != null;
    }
}
