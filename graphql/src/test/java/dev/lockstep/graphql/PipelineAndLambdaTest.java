package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lockstep.graphql.spi.LambdaFunctionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pipeline resolvers ("Pipeline resolvers": before template, functions in order, after template; $ctx.stash and
 * $ctx.prev.result) and the Lambda data source ("Resolver mapping template reference for Lambda").
 */
class PipelineAndLambdaTest {

    static final String SCHEMA = """
            type Query { profile(id: ID!): Profile search(term: String): [String] boom: String direct(x: Int): AWSJSON }
            type Mutation { signUp(email: AWSEmail!, name: String!): Profile }
            type Profile { id: ID! email: AWSEmail name: String checkedBy: String }
            """;

    final List<JsonNode> events = new ArrayList<>();

    GraphQlApi api() {
        return GraphQlApi.builder()
                .schema(SCHEMA)
                .dataSource(DataSource.none("Local"))
                .dataSource(DataSource.lambda("Users", event -> {
                    events.add(event);
                    if (event.path("field").asText().equals("boom")) {
                        throw new LambdaFunctionException("TableMissing", "Users table is missing");
                    }
                    if (event.isArray()) {
                        var results = JsonNodeFactory.instance.arrayNode();
                        event.forEach(source -> results.add(source.get("arguments")));
                        return results;
                    }
                    return event.path("arguments").isMissingNode() ? event : event.get("arguments");
                }))
                .function(FunctionConfig.of("validateEmail", "Local", """
                        #if(!$ctx.args.email.endsWith("@example.com"))
                          $util.error("Only example.com addresses may sign up", "ValidationError")
                        #end
                        $util.qr($ctx.stash.put("checkedBy", "validateEmail"))
                        {"version": "2018-05-29", "payload": {"email": "$ctx.args.email", "before": $util.toJson($ctx.prev.result)}}
                        """, "$util.toJson($ctx.result)"))
                .function(FunctionConfig.of("saveUser", "Users", """
                        {"version": "2018-05-29", "operation": "Invoke",
                         "payload": {"arguments": {"id": "u-1", "email": $util.toJson($ctx.prev.result.email),
                                     "name": $util.toJson($ctx.args.name), "checkedBy": "$ctx.stash.checkedBy"}}}
                        """, "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.pipeline(
                        "Mutation",
                        "signUp",
                        "$util.qr($ctx.stash.put(\"started\", true))\n{\"step\": \"before\"}",
                        "#if(!$ctx.stash.started) $util.error(\"stash lost\") #end\n$util.toJson($ctx.result)",
                        "validateEmail",
                        "saveUser"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "boom",
                        "Users",
                        "{\"version\": \"2018-05-29\", \"operation\": \"Invoke\", \"payload\": {\"field\": \"boom\"}}",
                        "#if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end\n"
                                + "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.directLambda("Query", "direct", "Users"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "search",
                        "Users",
                        "{\"version\": \"2018-05-29\", \"operation\": \"BatchInvoke\","
                                + " \"payload\": {\"arguments\": [\"$ctx.args.term\"]}}",
                        "$util.toJson($ctx.result)"))
                .build();
    }

    @Test
    void a_pipeline_runs_its_functions_in_order_sharing_the_stash_and_passing_prev_result() {
        GraphQlResponse response = api().execute(
                        "mutation { signUp(email: \"ann@example.com\", name: \"Ann\") { id email name checkedBy } }");

        assertThat(response.body())
                .isEqualTo(Json.of("{'data': {'signUp': {'id': 'u-1', 'email': 'ann@example.com', 'name': 'Ann',"
                        + " 'checkedBy': 'validateEmail'}}}"));
    }

    @Test
    void the_first_function_sees_the_before_templates_result_as_prev() {
        api().execute("mutation { signUp(email: \"ann@example.com\", name: \"Ann\") { id } }");

        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("arguments").get("email").asText()).isEqualTo("ann@example.com");
    }

    @Test
    void an_error_in_a_function_stops_the_pipeline_and_nulls_the_field() {
        GraphQlResponse response =
                api().execute("mutation { signUp(email: \"bob@elsewhere.org\", name: \"Bob\") { id } }");

        assertThat(events).isEmpty();
        assertThat(response.data()).isEqualTo(Json.of("{'signUp': null}"));
        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("ValidationError");
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("Only example.com addresses may sign up");
    }

    @Test
    void an_invalid_aws_email_argument_is_a_validation_error_before_any_resolver_runs() {
        GraphQlResponse response = api().execute("mutation { signUp(email: \"not-an-email\", name: \"Bob\") { id } }");

        assertThat(events).isEmpty();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data().isNull()).isTrue();
        assertThat(response.errors().get(0).get("message").asText())
                .startsWith("Validation error of type WrongType: argument 'email'");
    }

    @Test
    void a_lambda_error_reaches_the_response_template_as_ctx_error() {
        GraphQlResponse response = api().execute("{ boom }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("Lambda:Unhandled");
        assertThat(response.errors().get(0).get("message").asText()).isEqualTo("Users table is missing");
    }

    @Test
    void a_direct_lambda_resolver_receives_the_whole_context() {
        GraphQlResponse response =
                api().execute(GraphQlRequest.of("{ direct(x: 5) }").withHeader("x-id", "7"));

        JsonNode event = events.get(0);
        assertThat(response.isSuccessful()).isTrue();
        assertThat(event.get("arguments")).isEqualTo(Json.of("{'x': 5}"));
        assertThat(event.get("identity").isNull()).isTrue();
        assertThat(event.get("source").isNull()).isTrue();
        assertThat(event.get("request").get("headers").get("x-id").asText()).isEqualTo("7");
        assertThat(event.get("info").get("fieldName").asText()).isEqualTo("direct");
        assertThat(event.get("info").get("parentTypeName").asText()).isEqualTo("Query");
        assertThat(event.has("stash")).isTrue();
        assertThat(event.has("prev")).isTrue();
    }

    @Test
    void batch_invoke_sends_a_list_of_payloads_and_takes_the_entry_for_each_source() {
        GraphQlResponse response = api().execute("{ search(term: \"x\") }");

        assertThat(events.get(0).isArray()).isTrue();
        assertThat(response.data()).isEqualTo(Json.of("{'search': ['x']}"));
    }

    static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }
}
