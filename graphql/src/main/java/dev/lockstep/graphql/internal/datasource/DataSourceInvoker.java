package dev.lockstep.graphql.internal.datasource;

import java.util.List;
import java.util.Map;

/** Calls one data source with the request a mapping template rendered. Implementations are thread-safe. */
public interface DataSourceInvoker {

    /**
     * Calls the data source.
     *
     * @param request the rendered request template (a map), or null for a Direct Lambda resolver
     * @param invocation the resolver's context and deadline
     * @return the result and, when the call failed, the error for {@code $ctx.error}
     * @throws MappingTemplateException when the request is not one this data source understands
     */
    DataSourceResult invoke(Map<String, Object> request, Invocation invocation);

    /**
     * Calls the data source once for several sources (Lambda BatchInvoke). The default calls {@link #invoke} for each.
     *
     * @return one result per request, in order
     */
    default List<DataSourceResult> invokeBatch(List<Map<String, Object>> requests, List<Invocation> invocations) {
        List<DataSourceResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            results.add(invoke(requests.get(i), invocations.get(i)));
        }
        return results;
    }
}
