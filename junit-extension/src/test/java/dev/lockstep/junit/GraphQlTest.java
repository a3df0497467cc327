package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Execution;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.server.LockstepServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An AppSync API in front of the workflow: the GraphQL mutation starts an execution on the test's engine. */
@LockstepTest
@StateMachine("workflows/orders.asl.json")
@GraphQl("graphql/orders-api.yaml")
class GraphQlTest {

    private static final String PLACE_ORDER = "mutation { placeOrder(orderId: 7, amount: 10) }";

    @Test
    void the_injected_api_calls_the_test_engine(Lockstep lockstep, GraphQlApi api) {
        lockstep.task("ChargeCard").returns("{\"inStock\": false}");

        GraphQlResponse response = api.execute(PLACE_ORDER);

        String executionArn = response.body().at("/data/placeOrder").asText();
        Execution execution = lockstep.engine().execution(executionArn).orElseThrow();
        assertThat(execution)
                .succeeded()
                .entered("Backorder")
                .stateInput("Validate")
                .isEqualToJson("{\"orderId\": 7, \"amount\": 10}");
    }

    @Test
    void the_server_serves_it_at_slash_graphql(Lockstep lockstep, LockstepServer server) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(server.graphqlEndpoint().toString()))
                                .header("content-type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ ping }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"ping\":\"pong\"}}");
        assertThat(server.graphql()).containsSame(lockstep.resource(GraphQlApi.class));
    }
}
