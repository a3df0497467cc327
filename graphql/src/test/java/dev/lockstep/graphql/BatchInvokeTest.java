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
}
