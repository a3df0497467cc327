package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.datasource.LambdaInvoker;
import java.util.List;
import java.util.Map;

/**
 * Resolvers and functions compiled for execution. They name their data sources rather than hold them: each request
 * looks the invoker up in its API's {@link Binding}, so one compiled API can serve APIs bound to different engines.
 */
final class Plans {

    private Plans() {}

    /**
     * A pipeline function.
     *
     * @param name the function's name
     * @param dataSource the name of the data source it calls
     * @param request its request template
     * @param response its response template
     * @param maxBatchSize the most sources in one Lambda BatchInvoke (0: no limit)
     */
    record FunctionPlan(
            String name, String dataSource, CompiledTemplate request, CompiledTemplate response, int maxBatchSize) {}

    /**
     * A resolver.
     *
     * @param coordinates {@code Type.field}
     * @param pipeline whether it is a pipeline resolver
     * @param dataSource the name of a unit resolver's data source, null for a pipeline
     * @param request the request (before) template, null for Direct Lambda
     * @param response the response (after) template, null for Direct Lambda
     * @param functions a pipeline's functions, in order
     * @param mutation whether the field is a root mutation field (for the mutation listener)
     * @param maxBatchSize the most sources in one Lambda BatchInvoke (0: no limit)
     */
    record ResolverPlan(
            String coordinates,
            boolean pipeline,
            String dataSource,
            CompiledTemplate request,
            CompiledTemplate response,
            List<FunctionPlan> functions,
            boolean mutation,
            int maxBatchSize) {

        /**
         * Whether the resolver may batch Lambda invocations (BatchInvoke): a unit resolver with templates on a Lambda
         * data source, or a pipeline with a function on one.
         *
         * @param invokers the API's invokers by data source name
         */
        boolean mayBatch(Map<String, DataSourceInvoker> invokers) {
            if (pipeline) {
                return functions.stream()
                        .anyMatch(function -> invokers.get(function.dataSource()) instanceof LambdaInvoker);
            }
            return request != null && invokers.get(dataSource) instanceof LambdaInvoker;
        }
    }
}
