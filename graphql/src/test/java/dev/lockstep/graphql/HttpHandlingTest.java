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
}
