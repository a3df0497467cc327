package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * What loading an API from a file needs beyond the file: where relative paths start, how to reach DynamoDB, which
 * Java handler stands in for each Lambda function, the engine that runs Step Functions calls, and values for
 * CloudFormation parameters. Immutable; the {@code with...} methods return new options.
 *
 * <pre>{@code
 * LoadOptions.defaults()
 *         .withDynamoDbEndpoint(URI.create("http://localhost:4567"))
 *         .withLambda("TodoFunction", event -> ...)
 *         .withEngine(engine);
 * }</pre>
 *
 * @param baseDirectory where relative template and schema paths start; null for the file's own directory
 * @param dynamoDbEndpoint the DynamoDB-compatible endpoint for every DynamoDB data source, or null
 * @param lambdaHandlers Java handlers by Lambda function name, logical id or data source name
 * @param lambdaClient an SDK client for real Lambda functions that have no handler here, or null
 * @param engine the engine that serves data sources signed for {@code states}, or null
 * @param parameters values for the template's Parameters (and pseudo parameters such as {@code AWS::Region})
 * @param builderCustomizer a last change to the builder (limits, clock, listeners), or null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LoadOptions(
        Path baseDirectory,
        URI dynamoDbEndpoint,
        Map<String, LambdaHandler> lambdaHandlers,
        LambdaClient lambdaClient,
        Engine engine,
        Map<String, String> parameters,
        java.util.function.Consumer<GraphQlApi.Builder> builderCustomizer) {

    public LoadOptions {
        lambdaHandlers = lambdaHandlers == null ? Map.of() : Map.copyOf(lambdaHandlers);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(null, null, Map.of(), null, null, Map.of(), null);
    }

    public LoadOptions withBaseDirectory(Path value) {
        return new LoadOptions(
                value, dynamoDbEndpoint, lambdaHandlers, lambdaClient, engine, parameters, builderCustomizer);
    }

    public LoadOptions withDynamoDbEndpoint(URI value) {
        return new LoadOptions(
                baseDirectory, value, lambdaHandlers, lambdaClient, engine, parameters, builderCustomizer);
    }

    /** A Java handler for the Lambda function with this name, template logical id, or data source name. */
    public LoadOptions withLambda(String functionName, LambdaHandler handler) {
        Map<String, LambdaHandler> handlers = new LinkedHashMap<>(lambdaHandlers);
        handlers.put(Objects.requireNonNull(functionName), Objects.requireNonNull(handler));
        return new LoadOptions(
                baseDirectory, dynamoDbEndpoint, handlers, lambdaClient, engine, parameters, builderCustomizer);
    }

    public LoadOptions withLambdaClient(LambdaClient value) {
        return new LoadOptions(
                baseDirectory, dynamoDbEndpoint, lambdaHandlers, value, engine, parameters, builderCustomizer);
    }

    public LoadOptions withEngine(Engine value) {
        return new LoadOptions(
                baseDirectory, dynamoDbEndpoint, lambdaHandlers, lambdaClient, value, parameters, builderCustomizer);
    }

    public LoadOptions withParameter(String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(parameters);
        values.put(name, value);
        return new LoadOptions(
                baseDirectory, dynamoDbEndpoint, lambdaHandlers, lambdaClient, engine, values, builderCustomizer);
    }

    public LoadOptions customizing(java.util.function.Consumer<GraphQlApi.Builder> customizer) {
        return new LoadOptions(
                baseDirectory, dynamoDbEndpoint, lambdaHandlers, lambdaClient, engine, parameters, customizer);
    }
}
