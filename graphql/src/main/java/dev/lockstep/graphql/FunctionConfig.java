package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pipeline function: a data source between a request and a response mapping template. Immutable.
 *
 * @param name the function's name, as pipelines list it
 * @param dataSourceName the data source it calls
 * @param requestTemplate its request mapping template
 * @param responseTemplate its response mapping template
 * @param maxBatchSize for a Lambda data source whose request template asks for {@code "operation": "BatchInvoke"},
 *     the most sources one invocation carries, 0 to 2000; 0 (the default) sets no limit. The sources are those of one
 *     pipeline resolver's field that reach this function together.
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FunctionConfig(
        String name, String dataSourceName, String requestTemplate, String responseTemplate, int maxBatchSize) {

    public FunctionConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataSourceName, "dataSourceName");
        if (maxBatchSize < 0 || maxBatchSize > 2000) {
            throw new IllegalArgumentException(
                    "maxBatchSize of function " + name + " is " + maxBatchSize + ": AppSync allows 0 to 2000");
        }
    }

    public static FunctionConfig of(
            String name, String dataSourceName, String requestTemplate, String responseTemplate) {
        return new FunctionConfig(name, dataSourceName, requestTemplate, responseTemplate, 0);
    }

    /** The same function with its BatchInvoke requests split into invocations of at most {@code size} sources. */
    public FunctionConfig withMaxBatchSize(int size) {
        return new FunctionConfig(name, dataSourceName, requestTemplate, responseTemplate, size);
    }
}
