package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
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
     */
    record FunctionPlan(
            String name, DataSourceInvoker dataSource, CompiledTemplate request, CompiledTemplate response) {}

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

        /** Unit resolvers on a Lambda data source may batch their invocations (BatchInvoke). */
        boolean batchable() {
            return !pipeline
                    && request != null
                    && dataSource instanceof dev.lockstep.graphql.internal.datasource.LambdaInvoker;
        }
    }
}
