package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests as they arrive over HTTP, with AppSync's statuses and bodies as the AppSync team described them in
 * graphql/graphql-over-http#81 ("AWS AppSync HTTP behavior"), API keys, and the limits AppSync enforces.
 */
class HttpHandlingTest {

    static GraphQlApi.Builder builder() {
        return GraphQlApi.builder()
                .schema("type Query { hello: String node: Node } type Node { child: Node name: String }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "hello",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": \"world\"}",
                        "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "node",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": {\"name\": \"root\"}}",
                        "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit(
                        "Node",
                        "child",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": {\"name\": \"child\"}}",
                        "$util.toJson($ctx.result)"));
    }

    @Test
    void a_post_with_a_query_is_answered_with_200() {
        GraphQlResponse response =
                builder().build().handle(Map.of("Content-Type", "application/json"), "{\"query\": \"{ hello }\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"data\":{\"hello\":\"world\"}}");
    }

    @Test
    void an_empty_body_is_a_400_malformed_request() {
        GraphQlResponse response = builder().build().handle(Map.of(), "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(Json.of("{'errors': [{'errorType': 'MalformedHttpRequestException',"
                        + " 'message': 'Request body is empty.'}]}"));
    }

    @Test
    void a_body_without_a_query_is_a_400_unable_to_parse() {
        for (String body : new String[] {"meow", "{}", "{}}", "[]"}) {
            GraphQlResponse response = builder().build().handle(Map.of(), body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo(Json.of("{'errors': [{'errorType': 'MalformedHttpRequestException',"
                            + " 'message': 'Unable to parse GraphQL query.'}]}"));
        }
    }

    @Test
    void an_unknown_field_is_a_200_with_a_validation_error() {
        GraphQlResponse response = builder().build().handle(Map.of(), "{\"query\": \"{badfield}\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expectedValidationBody());
    }

    static com.fasterxml.jackson.databind.JsonNode expectedValidationBody() {
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.of("{'data': null, 'errors': [{'path': null,"
                        + " 'locations': [{'line': 1, 'column': 2, 'sourceName': null}], 'message': 'M'}]}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("errors").get(0))
                .put(
                        "message",
                        "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @"
                                + " 'badfield'");
        return body;
    }

    @Test
    void a_get_request_carries_the_query_in_parameters() {
        GraphQlResponse response = builder().build().handle("GET", Map.of(), null, Map.of("query", "{ hello }"));

        assertThat(response.bodyText()).isEqualTo("{\"data\":{\"hello\":\"world\"}}");
    }

    @Test
    void an_api_key_api_refuses_requests_without_the_key_with_401() {
        GraphQlApi api = builder().apiKey("da2-secret").build();

        GraphQlResponse missing = api.handle(Map.of(), "{\"query\": \"{ hello }\"}");
        GraphQlResponse wrong = api.handle(Map.of("x-api-key", "da2-other"), "{\"query\": \"{ hello }\"}");
        GraphQlResponse right = api.handle(Map.of("X-Api-Key", "da2-secret"), "{\"query\": \"{ hello }\"}");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body())
                .isEqualTo(Json.of("{'errors': [{'errorType': 'UnauthorizedException',"
                        + " 'message': 'Valid authorization header not provided.'}]}"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errors().get(0).get("message").asText())
                .isEqualTo("You are not authorized to make this call.");
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void variables_may_be_sent_as_a_json_string() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { echo(s: String): String }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "echo",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": $util.toJson($ctx.args.s)}",
                        "$util.toJson($ctx.result)"))
                .build();

        GraphQlResponse response = api.handle(
                Map.of(),
                "{\"query\": \"query($s: String) { echo(s: $s) }\", \"variables\": \"{\\\"s\\\": \\\"x\\\"}\"}");

        assertThat(response.bodyText()).isEqualTo("{\"data\":{\"echo\":\"x\"}}");
    }

    @Test
    void a_query_deeper_than_the_depth_limit_is_refused() {
        GraphQlApi api = builder().queryDepthLimit(2).build();

        GraphQlResponse shallow = api.execute("{ node { name } }");
        GraphQlResponse deep = api.execute("{ node { child { name } } }");

        assertThat(shallow.isSuccessful()).isTrue();
        assertThat(deep.data().isNull()).isTrue();
        assertThat(deep.errors().get(0).get("message").asText())
                .isEqualTo("Query depth limit of 2 exceeded: the query is 3 levels deep.");
    }

    @Test
    void resolvers_past_the_resolver_count_limit_return_null_with_an_error() {
        GraphQlApi api = builder().resolverCountLimit(2).build();

        GraphQlResponse response = api.execute("{ hello node { child { child { name } } } }");

        assertThat(response.data().get("hello").asText()).isEqualTo("world");
        assertThat(response.data().get("node").get("child").isNull()).isTrue();
        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("ResolverCountLimitExceeded");
    }

    @Test
    void a_request_that_runs_past_its_time_limit_fails_the_remaining_fields() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { slow: String after: String }")
                .dataSource(DataSource.lambda("Slow", event -> {
                    Thread.sleep(120);
                    return Json.of("'done'");
                }))
                .resolver(ResolverConfig.directLambda("Query", "slow", "Slow"))
                .resolver(ResolverConfig.directLambda("Query", "after", "Slow"))
                .timeout(Duration.ofMillis(100))
                .build();

        GraphQlResponse response = api.execute("{ slow after }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("ExecutionTimeout");
        assertThat(response.errors().get(0).get("message").asText()).isEqualTo("Execution timed out.");
    }

    @Test
    void limits_outside_appsyncs_ranges_are_refused() {
        assertThatThrownBy(() -> builder().queryDepthLimit(76))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 75");
        assertThatThrownBy(() -> builder().resolverCountLimit(0)).hasMessageContaining("1 to 10000");
    }

    /**
     * {@code count} fragments, each spreading the next four times: a walk of every path through the spreads visits
     * 4^count of them. The depth is the node, {@code count} nested children and the name.
     */
    static String fragmentsSpreadingEachOther(int count) {
        StringBuilder query = new StringBuilder("{ node { ...F0 } }");
        for (int i = 0; i < count; i++) {
            query.append(" fragment F").append(i).append(" on Node { child { ");
            query.append(("...F" + (i + 1) + " ").repeat(4)).append("} }");
        }
        return query.append(" fragment F")
                .append(count)
                .append(" on Node { name }")
                .toString();
    }

    @Test
    void fourteen_fragments_spreading_each_other_are_refused_by_validation_before_any_depth_is_measured() {
        for (GraphQlApi api : new GraphQlApi[] {
            builder().build(), builder().queryDepthLimit(10).build()
        }) {
            GraphQlResponse response = api.execute(fragmentsSpreadingEachOther(14));

            assertThat(response.data().isNull()).isTrue();
            assertThat(response.errors().get(0).get("message").asText())
                    .startsWith("Validation error of type MaxQueryFieldsExceeded: Query has 174,769 fields");
        }
    }

    @Test
    void fragments_spreading_each_other_are_measured_once_and_refused_past_the_depth_limit() {
        GraphQlResponse response = builder().queryDepthLimit(5).build().execute(fragmentsSpreadingEachOther(7));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(Json.of("{'data': null, 'errors': [{'path': null, 'locations': null,"
                        + " 'message': 'Query depth limit of 5 exceeded: the query is 9 levels deep.'}]}"));
    }

    @Test
    void the_same_query_runs_when_the_api_sets_no_depth_limit() {
        GraphQlResponse response = builder().build().execute(fragmentsSpreadingEachOther(7));

        com.fasterxml.jackson.databind.JsonNode node = response.data().get("node");
        for (int level = 0; level < 7; level++) {
            node = node.get("child");
        }
        assertThat(response.isSuccessful()).as(response.bodyText()).isTrue();
        assertThat(node.get("name").asText()).isEqualTo("child");
    }

    @Test
    void a_query_that_is_not_graphql_is_a_400_unable_to_parse_with_or_without_a_depth_limit() {
        for (GraphQlApi api : new GraphQlApi[] {
            builder().build(), builder().queryDepthLimit(3).build()
        }) {
            GraphQlResponse response = api.handle(Map.of(), "{\"query\": \"{ hello \"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo(Json.of("{'errors': [{'errorType': 'MalformedHttpRequestException',"
                            + " 'message': 'Unable to parse GraphQL query.'}]}"));
        }
    }

    @Test
    void a_request_both_unauthorized_and_malformed_gets_the_401() {
        GraphQlResponse response = builder().apiKey("da2-secret").build().handle(Map.of("X-Api-Key", "da2-no"), "meow");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void headers_reach_the_templates_in_lower_case_and_variables_as_an_object_or_a_string() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { echo(s: String): String }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "echo",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": \"$!{ctx.args.s} $ctx.request.headers.trace\"}",
                        "$util.toJson($ctx.result)"))
                .build();
        String query = "query($s: String) { echo(s: $s) }";

        GraphQlResponse object =
                api.handle(Map.of("Trace", "t1"), "{\"query\": \"" + query + "\", \"variables\": {\"s\": \"a\"}}");
        GraphQlResponse none =
                api.handle(Map.of("TRACE", "t2"), "{\"query\": \"" + query + "\", \"variables\": \"null\"}");
        GraphQlResponse get =
                api.handle("GET", Map.of("tRaCe", "t3"), null, Map.of("query", query, "variables", "{\"s\": \"c\"}"));
        GraphQlResponse notAnObject = api.handle(Map.of(), "{\"query\": \"" + query + "\", \"variables\": [1]}");

        assertThat(object.bodyText()).isEqualTo("{\"data\":{\"echo\":\"a t1\"}}");
        assertThat(none.bodyText()).isEqualTo("{\"data\":{\"echo\":\" t2\"}}");
        assertThat(get.bodyText()).isEqualTo("{\"data\":{\"echo\":\"c t3\"}}");
        assertThat(notAnObject.status()).isEqualTo(400);
    }
}
