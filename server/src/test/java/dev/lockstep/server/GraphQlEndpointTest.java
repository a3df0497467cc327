package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.ResolverConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GraphQL API at /graphql over real HTTP: a mutation starts a workflow the test then sees on the engine. */
class GraphQlEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "da2-testkey";

    private final HttpClient http = HttpClient.newHttpClient();
    private Engine engine;
    private StateMachine orders;
    private LockstepServer server;

    @BeforeEach
    void start() {
        engine = Engine.create();
        orders = engine.deploy("Orders", """
                {"StartAt": "Ship", "States": {"Ship": {"Type": "Pass",
                  "Parameters": {"orderId.$": "$.orderId", "shipped": true}, "End": true}}}""");
        GraphQlApi api = GraphQlApi.builder()
                .schema("""
                        type Query { hello(name: String!): String }
                        type Mutation { placeOrder(orderId: ID!): Started }
                        type Started { executionArn: String }
                        """)
                .apiKey(API_KEY)
                .dataSource(DataSource.none("None"))
                .dataSource(DataSource.stepFunctions("Workflows", engine))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "hello",
                        "None",
                        "{\"version\": \"2018-05-29\", \"payload\": \"Hello, $ctx.args.name\"}",
                        "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit(
                        "Mutation", "placeOrder", "Workflows", """
                        {"version": "2018-05-29", "method": "POST", "resourcePath": "/",
                         "params": {"headers": {"content-type": "application/x-amz-json-1.0",
                                                "x-amz-target": "AWSStepFunctions.StartExecution"},
                                    "body": {"stateMachineArn": "%s",
                                             "input": "{ \\"orderId\\": \\"$ctx.args.orderId\\" }"}}}
                        """.formatted(orders.arn()), "$ctx.result.body"))
                .build();
        server = LockstepServer.builder().engine(engine).graphql(api).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    @Test
    void a_query_over_http_gets_appsyncs_answer() throws Exception {
        HttpResponse<String> response = post("{\"query\": \"{ hello(name: \\\"Ana\\\") }\"}", API_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("data").get("hello").asText())
                .isEqualTo("Hello, Ana");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void a_mutation_over_http_starts_a_workflow_on_the_servers_engine() throws Exception {
        HttpResponse<String> response =
                post("{\"query\": \"mutation { placeOrder(orderId: \\\"o-7\\\") { executionArn } }\"}", API_KEY);

        JsonNode started = JSON.readTree(response.body()).get("data").get("placeOrder");
        Execution execution =
                engine.execution(started.get("executionArn").asText()).orElseThrow();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(JSON.readTree("{\"orderId\":\"o-7\",\"shipped\":true}"));
    }

    @Test
    void a_get_request_with_query_parameters_is_answered_too() throws Exception {
        String query = URLEncoder.encode("{ hello(name: \"Bo\") }", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.graphqlEndpoint() + "?query=" + query))
                        .header("x-api-key", API_KEY)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(response.body()).get("data").get("hello").asText())
                .isEqualTo("Hello, Bo");
    }

    @Test
    void a_wrong_api_key_gets_401_and_the_endpoint_keeps_serving() throws Exception {
        HttpResponse<String> refused = post("{\"query\": \"{ hello(name: \\\"x\\\") }\"}", "da2-wrong");
        HttpResponse<String> malformed = post("{not json", API_KEY);
        HttpResponse<String> fine = post("{\"query\": \"{ hello(name: \\\"x\\\") }\"}", API_KEY);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void the_step_functions_api_still_answers_beside_graphql() throws Exception {
        try (var sfn = server.sfnClient()) {
            assertThat(sfn.listStateMachines().stateMachines())
                    .extracting(m -> m.name())
                    .containsExactly("Orders");
        }
    }

    private HttpResponse<String> post(String body, String apiKey) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.graphqlEndpoint())
                        .header("Content-Type", "application/json")
                        .header("x-api-key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
