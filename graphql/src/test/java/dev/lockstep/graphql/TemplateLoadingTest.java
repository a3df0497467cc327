package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.StateMachine;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * APIs loaded from the app's own infrastructure: a SAM template in YAML with short-form intrinsics (a Direct Lambda
 * resolver, a pipeline whose second function starts a Step Functions workflow, the schema in a local file), and a
 * CDK-synthesized JSON template.
 */
class TemplateLoadingTest {

    final Engine engine = Engine.create();

    @AfterEach
    void close() {
        engine.close();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TemplateLoadingTest.class.getResource(name).toURI());
    }

    @Test
    void a_sam_template_wires_lambda_pipeline_and_step_functions() throws URISyntaxException {
        StateMachine fulfilment =
                engine.deploy("Fulfilment", "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}");
        GraphQlApi api = GraphQlApi.load(
                resource("/apps/orders/template.yaml"),
                LoadOptions.defaults()
                        .withEngine(engine)
                        .withLambda(
                                "order-lookup-test",
                                event -> Json.of("{'id': '"
                                        + event.get("arguments").get("id").asText() + "', 'item': 'book'}")));

        GraphQlResponse query = api.execute(
                GraphQlRequest.of("{ order(id: \"1\") { id item } }").withHeader("x-api-key", "da2-ordersapikey"));
        GraphQlResponse mutation = api.execute(
                GraphQlRequest.of("mutation { placeOrder(id: \"2\", item: \"lamp\") { id item executionArn } }")
                        .withHeader("x-api-key", "da2-ordersapikey"));
        GraphQlResponse withoutKey = api.execute("{ order(id: \"1\") { id } }");

        assertThat(api.name()).isEqualTo("orders-test");
        assertThat(query.body()).isEqualTo(Json.of("{'data': {'order': {'id': '1', 'item': 'book'}}}"));
        assertThat(fulfilment.executions()).hasSize(1);
        assertThat(fulfilment.executions().get(0).input()).isEqualTo(Json.of("{'id': '2', 'item': 'lamp'}"));
        assertThat(mutation.data().get("placeOrder").get("executionArn").asText())
                .isEqualTo(fulfilment.executions().get(0).arn());
        assertThat(withoutKey.status()).isEqualTo(401);
    }

    @Test
    void a_cdk_synthesized_template_loads_with_inline_schema_and_templates() throws URISyntaxException {
        GraphQlApi api = GraphQlApi.load(resource("/apps/orders/cdk.template.json"));

        GraphQlResponse response = api.execute(GraphQlRequest.of("{ hello(name: \"Ann\") }")
                .withHeader("x-api-key", "da2-helloapidefaultapikey5c6d7e8f"));

        assertThat(response.body()).isEqualTo(Json.of("{'data': {'hello': 'Hello, Ann from us-east-1'}}"));
    }

    @Test
    void a_template_whose_lambda_has_no_handler_says_how_to_give_one() throws URISyntaxException {
        assertThatThrownBy(() -> GraphQlApi.load(
                        resource("/apps/orders/template.yaml"),
                        LoadOptions.defaults().withEngine(engine)))
                .isInstanceOf(InvalidApiException.class)
                .hasMessageContaining("LoadOptions.withLambda(\"order-lookup-test\", handler)");
    }

    @Test
    void a_config_file_with_inline_schema_and_templates_loads(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("api.json");
        Files.writeString(config, """
                {"name": "Inline",
                 "schemaText": "type Query { add(a: Int, b: Int): Int }",
                 "dataSources": [{"name": "Local", "type": "NONE"}],
                 "resolvers": [{"type": "Query", "field": "add", "dataSource": "Local",
                   "request": "{\\"version\\": \\"2018-05-29\\", \\"payload\\": #set($s = $ctx.args.a + $ctx.args.b)$s}",
                   "response": "$util.toJson($ctx.result)"}]}
                """);

        GraphQlApi api = GraphQlApi.load(config);

        assertThat(api.name()).isEqualTo("Inline");
        assertThat(api.execute("{ add(a: 2, b: 3) }").body()).isEqualTo(Json.of("{'data': {'add': 5}}"));
    }

    @Test
    void a_file_that_is_neither_config_nor_template_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("list.yaml");
        Files.writeString(file, "- a\n- b\n");

        assertThatThrownBy(() -> GraphQlApi.load(file))
                .isInstanceOf(InvalidApiException.class)
                .hasMessageContaining("must hold a JSON or YAML object");
    }
}
