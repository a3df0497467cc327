package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.datasource.LambdaInvoker;
import java.util.List;

/** Resolvers and functions compiled for execution. */
final class Plans {

    private Plans() {}

    /**
     * A pipeline function.
     *
     * @param name the function's name
     * @param dataSource the data source it calls
     * @param request its request template
     * @param response its response template
     * @param maxBatchSize the most sources in one Lambda BatchInvoke (0: no limit)
     */
    record FunctionPlan(
            String name,
            DataSourceInvoker dataSource,
            CompiledTemplate request,
            CompiledTemplate response,
            int maxBatchSize) {}

    /**
     * A resolver.
     *
     * @param coordinates {@code Type.field}
     * @param pipeline whether it is a pipeline resolver
     * @param dataSource a unit resolver's data source
     * @param request the request (before) template, null for Direct Lambda
     * @param response the response (after) template, null for Direct Lambda
     * @param functions a pipeline's functions, in order
     * @param mutation whether the field is a root mutation field (for the mutation listener)
     * @param maxBatchSize the most sources in one Lambda BatchInvoke (0: no limit)
     */
    record ResolverPlan(
            String coordinates,
            boolean pipeline,
            DataSourceInvoker dataSource,
            CompiledTemplate request,
            CompiledTemplate response,
            List<FunctionPlan> functions,
            boolean mutation,
            int maxBatchSize) {

        /**
         * Whether the resolver may batch Lambda invocations (BatchInvoke): a unit resolver with templates on a Lambda
         * data source, or a pipeline with a function on one.
         */
        boolean mayBatch() {
            if (pipeline) {
                return functions.stream().anyMatch(function -> function.dataSource() instanceof LambdaInvoker);
            }
            return request != null && dataSource instanceof LambdaInvoker;
        }
    }
}
