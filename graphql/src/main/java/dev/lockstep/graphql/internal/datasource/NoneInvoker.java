package dev.lockstep.graphql.internal.datasource;

import java.util.Map;

/** AppSync's NONE data source: {@code $ctx.result} is the request's {@code payload} (null when absent). */
public final class NoneInvoker implements DataSourceInvoker {

    @Override
    public DataSourceResult invoke(Map<String, Object> request, Invocation invocation) {
        return DataSourceResult.of(request == null ? null : request.get("payload"));
    }
}
