package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lockstep.engine.Engine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unit resolvers on the NONE data source, the context they see, and the errors they raise, in AppSync's shapes
 * ("Resolver mapping template context reference", "Utility helpers in $util", "Troubleshooting and common mistakes").
 */
class ResolverExecutionTest {

    static final String SCHEMA = """
            type Query {
              echo(text: String, n: Int, tags: [String], meta: AWSJSON): Echo
              info: AWSJSON
              fail: Post
              partial: Post
              forbidden: String
              early: String
              broken: String
              brokenSyntax: String
              headers: AWSJSON
              post(id: ID!): Post
              date(d: AWSDate!): AWSDate
            }
            type Echo { text: String n: Int tags: [String] meta: AWSJSON }
            type Post { id: ID! title: String author: Author secret: String }
            type Author { name: String }
            """;

    static final String PAYLOAD_ARGS = "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($ctx.args)}";
    static final String RESULT = "$util.toJson($ctx.result)";

    static GraphQlApi api() {
        return GraphQlApi.builder()
                .schema(SCHEMA)
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit("Query", "echo", "Local", PAYLOAD_ARGS, RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "info",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($ctx.info)}",
                        RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "fail",
                        "Local",
                        PAYLOAD_ARGS,
                        "$util.error(\"Post is hidden\", \"HiddenError\", {\"id\": \"1\", \"title\": \"t\","
                                + " \"secret\": \"s\"}, {\"reason\": \"policy\", \"secret\": \"kept\"})"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "partial",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": {\"id\": \"7\", \"title\": \"Draft\"}}",
                        "$util.appendError(\"Title is a draft\", \"DraftWarning\")\n$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit("Query", "forbidden", "Local", "$util.unauthorized()", RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "early",
                        "Local",
                        "#return(\"from the request template\")\n{ not json",
                        "$util.error(\"never reached\")"))
                .resolver(ResolverConfig.unit(
                        "Query", "broken", "Local", "{\"version\": \"2018-05-29\", \"payload\": }", RESULT))
                .resolver(ResolverConfig.unit("Query", "brokenSyntax", "Local", "#if($ctx.args) {}", RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "headers",
                        "Local",
                        "$util.http.addResponseHeader(\"x-trace\", \"abc\")\n"
                                + "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($ctx.request.headers)}",
                        RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "post",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": {\"id\": \"$ctx.args.id\", \"title\": null,"
                                + " \"author\": {\"name\": \"Ann\"}}}",
                        RESULT))
                .resolver(ResolverConfig.unit(
                        "Query", "date", "Local", "{\"version\": \"2018-05-29\", \"payload\": \"not-a-date\"}", RESULT))
                .build();
    }

    @Test
    void a_none_resolver_returns_the_payload_and_arguments_reach_the_template() {
        GraphQlResponse response = api().execute(
                        "{ echo(text: \"hi\", n: 3, tags: [\"a\"], meta: \"{\\\"k\\\": [1]}\") { text n tags } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Json.of("{'data': {'echo': {'text': 'hi', 'n': 3, 'tags': ['a']}}}"));
    }

    @Test
    void awsjson_arrives_parsed_in_the_template_and_leaves_as_a_json_string() {
        // Scalar types: "Any valid JSON constructs are automatically parsed and loaded in the resolver code as maps,
        // lists, or scalar values rather than as the literal input strings."
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { size(meta: AWSJSON): Int echo(meta: AWSJSON): AWSJSON }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "size",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": $ctx.args.meta.items.size()}",
                        RESULT))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "echo",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($ctx.args.meta)}",
                        RESULT))
                .build();

        GraphQlResponse response = api.execute(GraphQlRequest.of("query($m: AWSJSON) { size(meta: $m) echo(meta: $m) }")
                .withVariables(Map.of("m", "{\"items\": [1, 2, 3]}")));

        assertThat(response.body())
                .isEqualTo(Json.of("{'data': {'size': 3, 'echo': '{\\'items\\':[1,2,3]}'}}".replace("\\'", "\\\"")));
    }

    @Test
    void info_carries_field_parent_type_variables_and_the_selection_set() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { getPost(id: ID): Post } type Post { postId: ID title: String content: String"
                        + " author(id: ID): Author secondAuthor(id: ID): Author inlineFragField: String fragmentField:"
                        + " String } type Author { authorId: ID name: String }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "getPost",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": {}}",
                        "$util.qr($ctx.stash.put(\"i\", $ctx.info))$util.error(\"info\", \"Info\", null,"
                                + " $ctx.info)"))
                .build();
        // The query of the context reference's selectionSetList example.
        String query = """
                query($postId: ID, $authorId: ID) {
                  getPost(id: $postId) {
                    postId
                    title
                    secondTitle: title
                    content
                    author(id: $authorId) {
                      authorId
                      name
                    }
                    secondAuthor(id: "789") {
                      authorId
                    }
                    ... on Post {
                      inlineFragField
                    }
                    ... postFragment
                  }
                }
                fragment postFragment on Post {
                  fragmentField
                }
                """;

        GraphQlResponse response =
                api.execute(GraphQlRequest.of(query).withVariables(Map.of("postId", "123", "authorId", "456")));

        JsonNode info = response.errors().get(0).get("errorInfo");
        assertThat(info.get("fieldName").asText()).isEqualTo("getPost");
        assertThat(info.get("parentTypeName").asText()).isEqualTo("Query");
        assertThat(info.get("variables")).isEqualTo(Json.of("{'postId': '123', 'authorId': '456'}"));
        assertThat(info.get("selectionSetList"))
                .isEqualTo(Json.of("['postId', 'title', 'secondTitle', 'content', 'author', 'author/authorId',"
                        + " 'author/name', 'secondAuthor', 'secondAuthor/authorId', 'inlineFragField',"
                        + " 'fragmentField']"));
        assertThat(info.get("selectionSetGraphQL").asText())
                .startsWith("{\n  postId\n  title\n  secondTitle: title\n  content\n  author(id: $authorId) {")
                .contains("... postFragment");
    }

    @Test
    void util_error_nulls_the_field_and_filters_its_data_by_the_selection_set_but_not_error_info() {
        GraphQlResponse response = api().execute("{\n  fail { id title }\n}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(Json.of("{'data': {'fail': null}, 'errors': [{'path': ['fail'],"
                        + " 'data': {'id': '1', 'title': 't'}, 'errorType': 'HiddenError',"
                        + " 'errorInfo': {'reason': 'policy', 'secret': 'kept'},"
                        + " 'locations': [{'line': 2, 'column': 3, 'sourceName': null}],"
                        + " 'message': 'Post is hidden'}]}"));
    }

    @Test
    void append_error_keeps_the_data_beside_the_error() {
        GraphQlResponse response = api().execute("{ partial { id title } }");

        assertThat(response.data()).isEqualTo(Json.of("{'partial': {'id': '7', 'title': 'Draft'}}"));
        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("DraftWarning");
        assertThat(response.errors().get(0).get("message").asText()).isEqualTo("Title is a draft");
    }

    @Test
    void unauthorized_reports_the_field_and_type() {
        GraphQlResponse response = api().execute("{ forbidden }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("Not Authorized to access forbidden on type Query");
        assertThat(response.data().get("forbidden").isNull()).isTrue();
    }

    @Test
    void return_in_the_request_template_skips_the_data_source_and_the_response_template() {
        // AppSync directives: "Using #return inside a resolver mapping template returns from the resolver."
        GraphQlResponse response = api().execute("{ early }");

        assertThat(response.body()).isEqualTo(Json.of("{'data': {'early': 'from the request template'}}"));
    }

    @Test
    void a_template_that_renders_invalid_json_is_a_mapping_template_error_and_other_fields_still_resolve() {
        GraphQlResponse response = api().execute("{ broken echo(text: \"still here\") { text } }");

        assertThat(response.data()).isEqualTo(Json.of("{'broken': null, 'echo': {'text': 'still here'}}"));
        JsonNode error = response.errors().get(0);
        assertThat(error.get("errorType").asText()).isEqualTo("MappingTemplate");
        assertThat(error.get("path")).isEqualTo(Json.of("['broken']"));
        assertThat(error.get("message").asText())
                .startsWith("Unable to parse the JSON document: 'Unexpected character");
    }

    @Test
    void a_template_that_is_not_valid_vtl_fails_only_its_field() {
        GraphQlApi api = api();

        GraphQlResponse broken = api.execute("{ brokenSyntax }");
        GraphQlResponse fine = api.execute("{ echo(text: \"ok\") { text } }");

        assertThat(broken.errors().get(0).get("errorType").asText()).isEqualTo("MappingTemplate");
        assertThat(broken.errors().get(0).get("message").asText()).contains("line 1");
        assertThat(fine.isSuccessful()).isTrue();
    }

    @Test
    void templates_see_the_request_headers_and_can_add_response_headers() {
        GraphQlResponse response =
                api().execute(GraphQlRequest.of("{ headers }").withHeader("X-Tenant", "acme"));

        assertThat(response.data().get("headers").asText()).contains("\"x-tenant\":\"acme\"");
        assertThat(response.headers()).containsEntry("x-trace", "abc");
    }

    @Test
    void a_null_for_a_non_null_field_nulls_the_parent_with_appsyncs_message() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { post: Post } type Post { id: ID! }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query", "post", "Local", "{\"version\": \"2018-05-29\", \"payload\": {}}", RESULT))
                .build();

        GraphQlResponse response = api.execute("{ post { id } }");

        assertThat(response.data()).isEqualTo(Json.of("{'post': null}"));
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("Cannot return null for non-nullable type: 'ID' within parent 'Post' (/post/id)");
        assertThat(response.errors().get(0).get("path")).isEqualTo(Json.of("['post', 'id']"));
    }

    @Test
    void a_field_without_resolver_reads_the_parents_value() {
        GraphQlResponse response = api().execute("{ post(id: \"9\") { id title author { name } } }");

        assertThat(response.body())
                .isEqualTo(Json.of("{'data': {'post': {'id': '9', 'title': null, 'author': {'name': 'Ann'}}}}"));
    }

    @Test
    void a_resolver_value_that_breaks_its_aws_scalar_is_a_serialization_error() {
        GraphQlResponse response = api().execute("{ date(d: \"2020-01-01\") }");

        assertThat(response.data().get("date").isNull()).isTrue();
        assertThat(response.errors().get(0).get("message").asText())
                .startsWith("Can't serialize value (/date) : Unable to serialize `not-a-date` as a valid date");
    }

    @Test
    void the_mutation_listener_sees_each_resolved_mutation() {
        List<String> seen = new ArrayList<>();
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { q: String } type Mutation { add(n: Int): Int }"
                        + " type Subscription { added: Int @aws_subscribe(mutations: [\"add\"]) }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Mutation", "add", "Local", "{\"version\": \"2018-05-29\", \"payload\": $ctx.args.n}", RESULT))
                .mutationListener((field, args, result) -> seen.add(field + args + result))
                .build();

        api.execute("mutation { add(n: 2) }");

        assertThat(seen).containsExactly("add{\"n\":2}2");
    }

    @Test
    void generated_ids_repeat_with_the_same_seed() {
        GraphQlApi.Builder builder = GraphQlApi.builder()
                .schema("type Query { id: ID }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "id",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": \"$util.autoId()\"}",
                        RESULT));

        String first = builder.seed(42).build().execute("{ id }").bodyText();
        String second = builder.seed(42).build().execute("{ id }").bodyText();

        assertThat(first).isEqualTo(second).contains("-4");
    }

    @Test
    void an_api_bound_to_another_engine_starts_its_generated_ids_from_the_seed_again() {
        GraphQlApi original = GraphQlApi.builder()
                .schema("type Query { id: ID }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "id",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": \"$util.autoId()\"}",
                        RESULT))
                .seed(42)
                .build();
        String first = original.execute("{ id }").bodyText();
        original.execute("{ id }");

        try (Engine engine = Engine.builder().build()) {
            String rebound = original.withEngine(engine).execute("{ id }").bodyText();

            assertThat(rebound).isEqualTo(first);
        }
    }

    static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }
}
