package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A data source of a GraphQL API, named as resolvers and functions refer to it. Immutable.
 *
 * <pre>{@code
 * DataSource.none("Local");
 * DataSource.lambda("Fn", event -> event.path("arguments"));
 * DataSource.dynamoDb("Todos", "TodoTable", URI.create("http://localhost:4567"));
 * DataSource.stepFunctions("Workflows", engine);
 * DataSource.http("Api", "https://api.example.com");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface DataSource
        permits DataSource.None, DataSource.Lambda, DataSource.DynamoDb, DataSource.Http, DataSource.StepFunctions {

    /** The name resolvers and functions use, e.g. {@code TodoTable}. */
    String name();

    /** AppSync's {@code NONE}: the request template's {@code payload} becomes {@code $ctx.result}. */
    static DataSource none(String name) {
        return new None(name);
    }

    /** {@code AWS_LAMBDA} with a function that runs in this JVM. */
    static DataSource lambda(String name, LambdaHandler handler) {
        return new Lambda(name, Objects.requireNonNull(handler, "handler"), null, null);
    }

    /** {@code AWS_LAMBDA} with a real function, invoked through the AWS SDK (e.g. against LocalStack or AWS). */
    static DataSource lambda(String name, String functionArn, LambdaClient client) {
        return new Lambda(name, null, Objects.requireNonNull(functionArn, "functionArn"), client);
    }

    /** {@code AMAZON_DYNAMODB} on a table, through an SDK client you configure. */
    static DataSource dynamoDb(String name, String tableName, DynamoDbClient client) {
        return new DynamoDb(name, tableName, Objects.requireNonNull(client, "client"));
    }

    /**
     * {@code AMAZON_DYNAMODB} on a table of a DynamoDB-compatible server at {@code endpoint} (LocalStack, dynalite,
     * ...), with placeholder credentials in us-east-1.
     */
    static DataSource dynamoDb(String name, String tableName, URI endpoint) {
        return dynamoDb(name, tableName, localClient(endpoint));
    }

    /** {@code HTTP}: real calls to {@code endpoint} (scheme, host and port; the template gives the path). */
    static DataSource http(String name, String endpoint) {
        return new Http(name, Objects.requireNonNull(endpoint, "endpoint"));
    }

    /**
     * An {@code HTTP} data source signed for {@code states}, as AppSync calls Step Functions: StartExecution,
     * StartSyncExecution, DescribeExecution and StopExecution run on {@code engine}, in this JVM.
     */
    static DataSource stepFunctions(String name, Engine engine) {
        return new StepFunctions(name, Objects.requireNonNull(engine, "engine"));
    }

    /** A DynamoDB client for a local endpoint: placeholder credentials, us-east-1, the JDK's HTTP connection. */
    static DynamoDbClient localClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("lockstep", "lockstep")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * The NONE data source.
     *
     * @param name the data source's name
     */
    record None(String name) implements DataSource {
        public None {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A Lambda data source: either {@code handler} (in-JVM) or {@code functionArn} with {@code client}.
     *
     * @param name the data source's name
     * @param handler the in-JVM function, or null
     * @param functionArn the real function's name or ARN, or null
     * @param client the SDK client for the real function, or null
     */
    record Lambda(String name, LambdaHandler handler, String functionArn, LambdaClient client) implements DataSource {
        public Lambda {
            Objects.requireNonNull(name, "name");
            if ((handler == null) == (functionArn == null)) {
                throw new IllegalArgumentException(
                        "Lambda data source '" + name + "' needs either a handler or a function ARN, not both");
            }
            if (functionArn != null && client == null) {
                throw new IllegalArgumentException(
                        "Lambda data source '" + name + "' names function " + functionArn + " but has no LambdaClient");
            }
        }
    }

    /**
     * A DynamoDB data source.
     *
     * @param name the data source's name
     * @param tableName the table that single-item operations, Query, Scan and Sync use
     * @param client the SDK client every operation goes through
     */
    record DynamoDb(String name, String tableName, DynamoDbClient client) implements DataSource {
        public DynamoDb {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tableName, "tableName");
        }
    }

    /**
     * An HTTP data source.
     *
     * @param name the data source's name
     * @param endpoint e.g. {@code https://api.example.com}
     */
    record Http(String name, String endpoint) implements DataSource {
        public Http {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An HTTP data source signed for Step Functions, served by an engine in this JVM.
     *
     * @param name the data source's name
     * @param engine the engine that runs the state machines
     */
    record StepFunctions(String name, Engine engine) implements DataSource {
        public StepFunctions {
            Objects.requireNonNull(name, "name");
        }
    }
}
