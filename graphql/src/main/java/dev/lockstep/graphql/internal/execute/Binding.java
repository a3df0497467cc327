package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import java.util.Map;
import java.util.Random;

/**
 * What one API brings to the compiled runtime it may share with others ({@code GraphQlApi.withEngine}): the invoker
 * of each data source, and the randomness of {@code $util}. Each request carries its API's binding in its
 * {@link RequestState}, so the shared schema and resolvers never hold an engine. Immutable.
 *
 * @param dataSources the invokers by data source name
 * @param random randomness for generated ids and {@code $util.math.random*}
 */
record Binding(Map<String, DataSourceInvoker> dataSources, Random random) {

    Binding {
        dataSources = Map.copyOf(dataSources);
    }

    /** The invoker of a data source a plan names; planning checked that it exists. */
    DataSourceInvoker invoker(String dataSource) {
        return dataSources.get(dataSource);
    }
}
