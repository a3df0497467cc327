package dev.lockstep.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.graphql.dynamodb.Dynalite;
import dev.lockstep.graphql.dynamodb.TodoTable;
import dev.lockstep.server.LockstepServer;
import dev.lockstep.server.graphql.GraphQlHttpClient.Answer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The to-do app of the graphql module's tests (apps/todo: a DynamoDB table, VTL resolvers for each DynamoDB
 * operation, an API key) served at /graphql, over real HTTP, against a real DynamoDB implementation (dynalite,
 * skipped with the reason when Node.js or dynalite is missing).
 */
@ExtendWith(Dynalite.class)
class TodoAppOverHttpTest {

    static final String KEY = "da2-todo-test";

    Engine engine;
    LockstepServer server;
    GraphQlHttpClient client;

    @BeforeEach
    void serveTheApp(URI dynamoDb) {
        TodoTable.recreate(DataSource.localClient(dynamoDb));
        GraphQlApi api = GraphQlApi.load(
                GraphQlHttpClient.app("todo/api.yaml"), LoadOptions.defaults().withDynamoDbEndpoint(dynamoDb));
        engine = Engine.create();
        server = LockstepServer.builder().engine(engine).graphql(api).build().start();
        client = new GraphQlHttpClient(server.graphqlEndpoint(), KEY);
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
    }

    String create(String owner, String title) throws Exception {
        Answer created = client.post(
                "mutation($in: CreateTodoInput!) { createTodo(input: $in) { id } }",
                Map.of("in", Map.of("owner", owner, "title", title, "priority", 2, "tags", List.of("home"))));
        assertThat(created.errors().isMissingNode())
                .as(created.body().toString())
                .isTrue();
        return created.data().get("createTodo").get("id").asText();
    }

    @Test
    void a_todo_created_over_http_is_read_back_with_every_attribute() throws Exception {
        String id = create("ann", "Buy milk");

        Answer read = client.post(
                "query($id: ID!) { getTodo(id: $id) { id owner title done priority tags version } }", Map.of("id", id));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .isEqualTo(GraphQlHttpClient.JSON.readTree("{\"data\": {\"getTodo\": {\"id\": \"" + id + "\","
                        + " \"owner\": \"ann\", \"title\": \"Buy milk\", \"done\": false, \"priority\": 2,"
                        + " \"tags\": [\"home\"], \"version\": 1}}}"));
    }

    @Test
    void a_failed_condition_comes_back_in_the_errors_with_the_current_item_as_data() throws Exception {
        String id = create("ann", "Write tests");
        String complete = "mutation($id: ID!) { completeTodo(id: $id, expectedVersion: 1) { done version } }";

        Answer first = client.post(complete, Map.of("id", id));
        Answer second = client.post(complete, Map.of("id", id));

        assertThat(first.data().get("completeTodo").toString()).isEqualTo("{\"done\":true,\"version\":2}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().get("completeTodo").isNull()).isTrue();
        assertThat(second.errors().get(0).get("errorType").asText())
                .isEqualTo("DynamoDB:ConditionalCheckFailedException");
        assertThat(second.errors().get(0).get("data").toString()).isEqualTo("{\"done\":true,\"version\":2}");
        assertThat(second.errors().get(0).get("path").toString()).isEqualTo("[\"completeTodo\"]");
    }

    @Test
    void a_query_on_the_index_pages_through_the_owners_todos_in_order() throws Exception {
        create("ann", "first");
        create("bob", "other");
        create("ann", "second");

        Answer list = client.post("{ todosByOwner(owner: \"ann\") { items { title } } }");

        assertThat(list.data().get("todosByOwner").get("items")).hasSize(2);
    }

    @Test
    void a_request_without_the_api_key_gets_401_and_touches_no_table() throws Exception {
        Answer refused = client.send("{\"query\": \"{ listTodos { items { id } } }\"}", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errors().get(0).get("errorType").asText()).isEqualTo("UnauthorizedException");
    }
}
