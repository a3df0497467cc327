package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lambda BatchInvoke ("Resolver mapping template reference for Lambda", BatchInvoke): the sources of one field at one
 * level go to the function together, at most maxBatchSize at a time, and each source's response template reads its
 * own entry of the answer.
 */
class BatchInvokeTest {

    final List<JsonNode> invocations = new ArrayList<>();

    GraphQlApi api(int maxBatchSize) {
        return GraphQlApi.builder()
                .schema("type Query { posts: [Post] } type Post { id: ID author: Author } type Author { name: String }")
                .dataSource(DataSource.none("Local"))
                .dataSource(DataSource.lambda("Authors", event -> {
                    invocations.add(event);
                    ArrayNode answers = JsonNodeFactory.instance.arrayNode();
                    for (JsonNode source : event) {
                        String id = source.get("postId").asText();
                        if (id.equals("3")) {
                            answers.addObject()
                                    .putNull("data")
                                    .put("errorMessage", "no author")
                                    .put("errorType", "NotFound");
                        } else {
                            answers.addObject().put("name", "author of " + id);
                        }
                    }
                    return answers;
                }))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "posts",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": [{\"id\": \"1\"}, {\"id\": \"2\"}, {\"id\": \"3\"}]}",
                        "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit(
                                "Post",
                                "author",
                                "Authors",
                                "{\"version\": \"2018-05-29\", \"operation\": \"BatchInvoke\","
                                        + " \"payload\": {\"postId\": \"$ctx.source.id\"}}",
                                "#if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end"
                                        + "$util.toJson($ctx.result)")
                        .withMaxBatchSize(maxBatchSize))
                .build();
    }

    @Test
    void sibling_sources_share_one_invocation() {
        GraphQlResponse response = api(0).execute("{ posts { id author { name } } }");

        assertThat(invocations).hasSize(1);
        assertThat(invocations.get(0)).hasSize(3);
        assertThat(response.data().get("posts").get(0).get("author").get("name").asText())
                .isEqualTo("author of 1");
        assertThat(response.data().get("posts").get(1).get("author").get("name").asText())
                .isEqualTo("author of 2");
    }

    @Test
    void an_entry_with_an_error_fails_only_its_own_field() {
        GraphQlResponse response = api(0).execute("{ posts { id author { name } } }");

        assertThat(response.data().get("posts").get(2).get("author").isNull()).isTrue();
        assertThat(response.errors()).hasSize(1);
        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("NotFound");
        assertThat(response.errors().get(0).get("path")).isEqualTo(Json.of("['posts', 2, 'author']"));
    }

    @Test
    void max_batch_size_splits_the_batch() {
        api(2).execute("{ posts { author { name } } }");

        assertThat(invocations).extracting(JsonNode::size).containsExactly(2, 1);
    }

    /** Posts with an author field resolved by a pipeline whose functions call {@code Authors} with BatchInvoke. */
    GraphQlApi pipelineApi(String authorRequest, int maxBatchSize, String... functions) {
        GraphQlApi.Builder builder = GraphQlApi.builder()
                .schema("type Query { posts: [Post] } type Post { id: ID author: Author } type Author { name: String }")
                .dataSource(DataSource.none("Local"))
                .dataSource(DataSource.lambda("Authors", event -> {
                    invocations.add(event);
                    ArrayNode answers = JsonNodeFactory.instance.arrayNode();
                    for (JsonNode source : event) {
                        answers.addObject()
                                .put(
                                        "name",
                                        "author of " + source.path("postId").asText("?"));
                    }
                    return answers;
                }))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "posts",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": [{\"id\": \"1\"}, {\"id\": \"2\"}, {\"id\": \"3\"}]}",
                        "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.pipeline("Post", "author", "{}", "$util.toJson($ctx.result)", functions));
        for (String function : functions) {
            builder.function(FunctionConfig.of(function, "Authors", authorRequest, "$util.toJson($ctx.result)")
                    .withMaxBatchSize(maxBatchSize));
        }
        return builder.build();
    }

    static final String AUTHOR_BY_POST = "{\"version\": \"2018-05-29\", \"operation\": \"BatchInvoke\","
            + " \"payload\": {\"postId\": \"$ctx.source.id\"}}";

    @Test
    void a_pipeline_function_batches_the_sources_that_reach_it_together_at_most_its_max_batch_size() {
        GraphQlResponse response = pipelineApi(AUTHOR_BY_POST, 2, "authorOf").execute("{ posts { author { name } } }");

        assertThat(invocations).extracting(JsonNode::size).containsExactly(2, 1);
        assertThat(response.data().get("posts").get(2).get("author").get("name").asText())
                .isEqualTo("author of 3");
    }

    @Test
    void each_batching_function_of_a_pipeline_batches_the_sources_again() {
        GraphQlResponse response =
                pipelineApi(AUTHOR_BY_POST, 0, "first", "second").execute("{ posts { author { name } } }");

        assertThat(response.isSuccessful()).as(response.bodyText()).isTrue();
        assertThat(invocations).extracting(JsonNode::size).containsExactly(3, 3);
    }

    @Test
    void a_null_payload_reaches_the_function_as_a_null_entry() {
        GraphQlResponse unit = GraphQlApi.builder()
                .schema("type Query { p: String }")
                .dataSource(DataSource.lambda("Echo", event -> {
                    invocations.add(event);
                    return JsonNodeFactory.instance.arrayNode().add("got " + event.get(0));
                }))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "p",
                        "Echo",
                        "{\"version\": \"2018-05-29\", \"operation\": \"BatchInvoke\", \"payload\": null}",
                        "$util.toJson($ctx.result)"))
                .build()
                .execute("{ p }");
        GraphQlResponse pipeline = pipelineApi(
                        "{\"version\": \"2018-05-29\", \"operation\": \"BatchInvoke\", \"payload\": null}",
                        0,
                        "authorOf")
                .execute("{ posts { author { name } } }");

        assertThat(unit.body()).isEqualTo(Json.of("{'data': {'p': 'got null'}}"));
        assertThat(pipeline.isSuccessful()).as(pipeline.bodyText()).isTrue();
        assertThat(pipeline.data().get("posts").get(0).get("author").get("name").asText())
                .isEqualTo("author of ?");
        assertThat(invocations.get(1)).isEqualTo(Json.of("[null, null, null]"));
    }

    /** "Resolver mapping template version": 2017-02-28 templates raise a data source's error by themselves. */
    @Test
    void a_2017_02_28_template_raises_a_batch_entrys_error_without_the_response_template_asking() {
        GraphQlResponse response = GraphQlApi.builder()
                .schema("type Query { p: String }")
                .dataSource(DataSource.lambda("Fails", event -> {
                    ArrayNode answers = JsonNodeFactory.instance.arrayNode();
                    answers.addObject()
                            .putNull("data")
                            .put("errorMessage", "no p")
                            .put("errorType", "NotFound");
                    return answers;
                }))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "p",
                        "Fails",
                        "{\"version\": \"2017-02-28\", \"operation\": \"BatchInvoke\", \"payload\": {}}",
                        "\"never read\""))
                .build()
                .execute("{ p }");

        assertThat(response.data().get("p").isNull()).isTrue();
        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("NotFound");
        assertThat(response.errors().get(0).get("message").asText()).isEqualTo("no p");
    }

    @Test
    void a_function_refuses_a_max_batch_size_outside_appsyncs_range() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> FunctionConfig.of("f", "Authors", "{}", "{}").withMaxBatchSize(2001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBatchSize of function f is 2001: AppSync allows 0 to 2000");
    }
}
