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
 * @param maxBatchSize for Lambda BatchInvoke, the most sources in one invocation (0: no batching)
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FunctionConfig(
        String name, String dataSourceName, String requestTemplate, String responseTemplate, int maxBatchSize) {

    public FunctionConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataSourceName, "dataSourceName");
    }

    public static FunctionConfig of(
            String name, String dataSourceName, String requestTemplate, String responseTemplate) {
        return new FunctionConfig(name, dataSourceName, requestTemplate, responseTemplate, 0);
    }
}
