package dev.lockstep.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.server.LockstepServer;
import dev.lockstep.server.graphql.GraphQlHttpClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orders app of the graphql module's tests (apps/orders/template.yaml, a SAM template): a Direct Lambda resolver,
 * and a pipeline resolver of two functions, the first checking the order on a NONE data source, the second starting
 * the Fulfilment workflow through Step Functions. Served at /graphql with the workflow on the server's own engine,
 * over real HTTP.
 */
class OrdersAppOverHttpTest {

    static final String KEY = "da2-ordersapikey";

    Engine engine;
    StateMachine fulfilment;
    LockstepServer server;
    GraphQlHttpClient client;

    @BeforeEach
    void serveTheApp() {
        engine = Engine.create();
        fulfilment = engine.deploy("Fulfilment", """
                {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass",
                  "Parameters": {"orderId.$": "$.id", "packed": true}, "End": true}}}""");
        GraphQlApi api = GraphQlApi.load(
                GraphQlHttpClient.app("orders/template.yaml"),
                LoadOptions.defaults()
                        .withEngine(engine)
                        .withLambda(
                                "order-lookup-test",
                                event -> GraphQlHttpClient.JSON
                                        .createObjectNode()
                                        .put(
                                                "id",
                                                event.get("arguments").get("id").asText())
                                        .put("item", "book")));
        server = LockstepServer.builder().engine(engine).graphql(api).build().start();
        client = new GraphQlHttpClient(server.graphqlEndpoint(), KEY);
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    @Test
    void the_pipeline_checks_the_order_then_starts_the_workflow_on_the_servers_engine() throws Exception {
        Answer placed = client.post("mutation { placeOrder(id: \"7\", item: \"lamp\") { id item executionArn } }");

        assertThat(placed.status()).isEqualTo(200);
        assertThat(fulfilment.executions()).hasSize(1);
        Execution execution = fulfilment.executions().get(0).awaitCompletion();
        assertThat(placed.data().get("placeOrder").get("executionArn").asText()).isEqualTo(execution.arn());
        assertThat(placed.data().get("placeOrder").get("item").asText()).isEqualTo("lamp");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output())
                .isEqualTo(GraphQlHttpClient.JSON.readTree("{\"orderId\": \"7\", \"packed\": true}"));
    }

    @Test
    void an_error_in_the_first_function_stops_the_pipeline_before_any_workflow_starts() throws Exception {
        Answer refused = client.post("mutation { placeOrder(id: \"8\", item: \"\") { id executionArn } }");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.data().get("placeOrder").isNull()).isTrue();
        assertThat(refused.errors().get(0).get("errorType").asText()).isEqualTo("ValidationError");
        assertThat(refused.errors().get(0).get("message").asText()).isEqualTo("An order needs an item");
        assertThat(fulfilment.executions()).isEmpty();
    }

    @Test
    void the_direct_lambda_resolver_answers_a_query() throws Exception {
        Answer order = client.post("{ order(id: \"1\") { id item } }");

        assertThat(order.body())
                .isEqualTo(GraphQlHttpClient.JSON.readTree(
                        "{\"data\": {\"order\": {\"id\": \"1\", \"item\": \"book\"}}}"));
    }
}
