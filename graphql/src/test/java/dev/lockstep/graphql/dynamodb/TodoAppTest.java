package dev.lockstep.graphql.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.GraphQlRequest;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.graphql.LoadOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A to-do app as AppSync runs it, loaded from its configuration file (src/test/resources/apps/todo): every DynamoDB
 * operation of "Resolver mapping template reference for DynamoDB" against a real DynamoDB implementation
 * (dynalite), through HTTP-shaped requests with an API key.
 */
@ExtendWith(Dynalite.class)
class TodoAppTest {

    static final String KEY = "da2-todo-test";

    GraphQlApi api;
    DynamoDbClient dynamo;

    @BeforeEach
    void createTableAndApi(URI endpoint) throws URISyntaxException {
        dynamo = DataSource.localClient(endpoint);
        TodoTable.recreate(dynamo);
        Path config =
                Path.of(TodoAppTest.class.getResource("/apps/todo/api.yaml").toURI());
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T09:00:00Z"));
        api = GraphQlApi.load(
                config,
                LoadOptions.defaults()
                        .withDynamoDbEndpoint(endpoint)
                        .customizing(builder -> builder.clock(clock).seed(1)));
        this.clock = clock;
    }

    MutableClock clock;

    GraphQlResponse call(String query) {
        return call(query, Map.of());
    }

    GraphQlResponse call(String query, Map<String, Object> variables) {
        GraphQlResponse response =
                api.execute(GraphQlRequest.of(query).withVariables(variables).withHeader("x-api-key", KEY));
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    String create(String owner, String title) {
        clock.tick();
        GraphQlResponse response = call(
                "mutation($in: CreateTodoInput!) { createTodo(input: $in) { id } }",
                Map.of("in", Map.of("owner", owner, "title", title, "priority", 2, "tags", List.of("home"))));
        assertThat(response.isSuccessful()).as(response.bodyText()).isTrue();
        return response.data().get("createTodo").get("id").asText();
    }

    @Test
    void create_then_get_round_trips_every_attribute_type() {
        String id = create("ann", "Buy milk");

        GraphQlResponse response = call(
                "query($id: ID!) { getTodo(id: $id) { id owner title done priority tags createdAt version } }",
                Map.of("id", id));

        assertThat(response.data().get("getTodo"))
                .isEqualTo(dev.lockstep.graphql.internal.json.Values.toJson(Map.of(
                        "id",
                        id,
                        "owner",
                        "ann",
                        "title",
                        "Buy milk",
                        "done",
                        false,
                        "priority",
                        2,
                        "tags",
                        List.of("home"),
                        "createdAt",
                        "2026-05-01T09:00:01.000Z",
                        "version",
                        1)));
    }

    @Test
    void a_missing_item_is_null_without_error() {
        GraphQlResponse response = call("{ getTodo(id: \"nope\") { id } }");

        assertThat(response.body().toString()).isEqualTo("{\"data\":{\"getTodo\":null}}");
    }

    @Test
    void update_with_a_condition_succeeds_once_then_fails_with_the_current_item_as_data() {
        String id = create("ann", "Write tests");

        GraphQlResponse first = call(
                "mutation($id: ID!) { completeTodo(id: $id, expectedVersion: 1) { done version } }", Map.of("id", id));
        GraphQlResponse second = call(
                "mutation($id: ID!) { completeTodo(id: $id, expectedVersion: 1) { done version } }", Map.of("id", id));

        assertThat(first.data().get("completeTodo").toString()).isEqualTo("{\"done\":true,\"version\":2}");
        JsonNode error = second.errors().get(0);
        assertThat(error.get("errorType").asText()).isEqualTo("DynamoDB:ConditionalCheckFailedException");
        assertThat(error.get("message").asText())
                .startsWith("The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400;"
                        + " Error Code: ConditionalCheckFailedException;");
        assertThat(error.get("data").toString()).isEqualTo("{\"done\":true,\"version\":2}");
        assertThat(second.data().get("completeTodo").isNull()).isTrue();
    }

    @Test
    void delete_returns_the_deleted_item() {
        String id = create("ann", "Old");

        GraphQlResponse deleted = call("mutation($id: ID!) { deleteTodo(id: $id) { title } }", Map.of("id", id));
        GraphQlResponse after = call("query($id: ID!) { getTodo(id: $id) { id } }", Map.of("id", id));

        assertThat(deleted.data().get("deleteTodo").get("title").asText()).isEqualTo("Old");
        assertThat(after.data().get("getTodo").isNull()).isTrue();
    }

    @Test
    void query_on_an_index_orders_by_the_sort_key_either_way() {
        create("ann", "first");
        create("bob", "other");
        create("ann", "second");

        GraphQlResponse oldest = call("{ todosByOwner(owner: \"ann\") { items { title } } }");
        GraphQlResponse newest = call("{ todosByOwner(owner: \"ann\", newestFirst: true) { items { title } } }");

        assertThat(oldest.data().get("todosByOwner").get("items").toString())
                .isEqualTo("[{\"title\":\"first\"},{\"title\":\"second\"}]");
        assertThat(newest.data().get("todosByOwner").get("items").toString())
                .isEqualTo("[{\"title\":\"second\"},{\"title\":\"first\"}]");
    }

    @Test
    void scan_pages_with_next_token_and_filters_with_the_transform_helper() {
        for (int i = 0; i < 5; i++) {
            create("ann", "todo " + i);
        }

        GraphQlResponse page1 = call("{ listTodos(limit: 3) { items { id } nextToken } }");
        String token = page1.data().get("listTodos").get("nextToken").asText();
        GraphQlResponse page2 = call(
                "query($t: String) { listTodos(limit: 3, nextToken: $t) { items { id } nextToken } }",
                Map.of("t", token));
        GraphQlResponse filtered = call(
                "query($f: AWSJSON) { listTodos(filter: $f) { items { title } } }",
                Map.of("f", "{\"title\": {\"beginsWith\": \"todo 3\"}}"));

        assertThat(page1.data().get("listTodos").get("items")).hasSize(3);
        assertThat(page2.data().get("listTodos").get("items")).hasSize(2);
        assertThat(filtered.data().get("listTodos").get("items").toString()).isEqualTo("[{\"title\":\"todo 3\"}]");
    }

    @Test
    void batch_put_get_and_delete_work_on_named_tables() {
        GraphQlResponse imported = call("mutation { importTodos(owner: \"cy\", titles: [\"a\", \"b\"]) { id title } }");
        GraphQlResponse fetched = call("{ getTodos(ids: [\"import-2\", \"missing\", \"import-1\"]) { id title } }");
        GraphQlResponse deleted = call("mutation { deleteTodos(ids: [\"import-1\", \"import-2\"]) }");
        GraphQlResponse after = call("{ getTodos(ids: [\"import-1\"]) { id } }");

        assertThat(imported.data().get("importTodos").toString())
                .isEqualTo("[{\"id\":\"import-1\",\"title\":\"a\"},{\"id\":\"import-2\",\"title\":\"b\"}]");
        assertThat(fetched.data().get("getTodos").toString())
                .isEqualTo("[{\"id\":\"import-2\",\"title\":\"b\"},null,{\"id\":\"import-1\",\"title\":\"a\"}]");
        assertThat(deleted.data().get("deleteTodos").toString()).isEqualTo("[\"import-1\",\"import-2\"]");
        assertThat(after.data().get("getTodos").toString()).isEqualTo("[null]");
    }

    @Test
    void sync_returns_the_items_and_when_the_sync_started() {
        create("ann", "a");

        GraphQlResponse response = call("{ syncTodos { items { title } startedAt } }");

        assertThat(response.data().get("syncTodos").get("items").toString()).isEqualTo("[{\"title\":\"a\"}]");
        assertThat(response.data().get("syncTodos").get("startedAt").asLong())
                .isEqualTo(Instant.parse("2026-05-01T09:00:01Z").toEpochMilli());
    }

    @Test
    void a_request_for_a_missing_table_reports_dynamodbs_error() {
        dynamo.deleteTable(b -> b.tableName("Todos"));

        GraphQlResponse response = call("{ getTodo(id: \"x\") { id } }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("DynamoDB:ResourceNotFoundException");
        assertThat(response.errors().get(0).get("message").asText()).contains("(Service: AmazonDynamoDBv2;");
    }

    /** A clock the tests move by hand, one second per created item. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        synchronized void tick() {
            now = now.plusSeconds(1);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }
    }
}
