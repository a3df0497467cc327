package dev.lockstep.graphql.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.graphql.ResolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactGetItems and TransactWriteItems ("Resolver mapping template reference for DynamoDB"). dynalite does not
 * implement transactions, so these run against a client that records the SDK requests and answers as DynamoDB does.
 */
class TransactionsTest {

    final List<Object> requests = new ArrayList<>();
    boolean cancel;

    final DynamoDbClient client = new DynamoDbClient() {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}

        @Override
        public TransactWriteItemsResponse transactWriteItems(Consumer<TransactWriteItemsRequest.Builder> request) {
            TransactWriteItemsRequest built =
                    TransactWriteItemsRequest.builder().applyMutation(request).build();
            requests.add(built);
            if (cancel) {
                throw (TransactionCanceledException) TransactionCanceledException.builder()
                        .cancellationReasons(
                                CancellationReason.builder().code("None").build(),
                                CancellationReason.builder()
                                        .code("ConditionalCheckFailed")
                                        .message("The conditional request failed")
                                        .build())
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("TransactionCanceledException")
                                .errorMessage("Transaction cancelled, please refer cancellation reasons for specific"
                                        + " reasons [None, ConditionalCheckFailed]")
                                .build())
                        .statusCode(400)
                        .build();
            }
            return TransactWriteItemsResponse.builder().build();
        }

        @Override
        public TransactGetItemsResponse transactGetItems(Consumer<TransactGetItemsRequest.Builder> request) {
            requests.add(
                    TransactGetItemsRequest.builder().applyMutation(request).build());
            return TransactGetItemsResponse.builder()
                    .responses(
                            ItemResponse.builder()
                                    .item(Map.of("id", AttributeValue.fromS("a"), "n", AttributeValue.fromN("1")))
                                    .build(),
                            ItemResponse.builder().build())
                    .build();
        }
    };

    GraphQlApi api() {
        return GraphQlApi.builder()
                .schema("type Query { two: AWSJSON } type Mutation { move: AWSJSON }")
                .dataSource(DataSource.dynamoDb("Table", "Todos", client))
                .resolver(ResolverConfig.unit("Query", "two", "Table", """
                        {"version": "2018-05-29", "operation": "TransactGetItems", "transactItems": [
                          {"table": "Todos", "key": {"id": {"S": "a"}}},
                          {"table": "Archive", "key": {"id": {"S": "b"}}, "projection": {"expression": "#n",
                           "expressionNames": {"#n": "n"}}}]}
                        """, "$util.toJson($ctx.result)"))
                .resolver(ResolverConfig.unit("Mutation", "move", "Table", """
                        {"version": "2018-05-29", "operation": "TransactWriteItems", "transactItems": [
                          {"table": "Todos", "operation": "DeleteItem", "key": {"id": {"S": "a"}}},
                          {"table": "Archive", "operation": "PutItem", "key": {"id": {"S": "a"}},
                           "attributeValues": {"n": {"N": 1}},
                           "condition": {"expression": "attribute_not_exists(id)"}},
                          {"table": "Counts", "operation": "UpdateItem", "key": {"name": {"S": "moved"}},
                           "update": {"expression": "ADD #c :one", "expressionNames": {"#c": "count"},
                                      "expressionValues": {":one": {"N": "1"}}}},
                          {"table": "Todos", "operation": "ConditionCheck", "key": {"id": {"S": "lock"}},
                           "condition": {"expression": "attribute_exists(id)"}}]}
                        """, """
                        #if($ctx.error)
                          $util.error($ctx.error.message, $ctx.error.type, null, $ctx.result.cancellationReasons)
                        #end
                        $util.toJson($ctx.result)
                        """))
                .build();
    }

    @Test
    void transact_get_items_reads_from_several_tables_in_order() throws Exception {
        GraphQlResponse response = api().execute("{ two }");

        TransactGetItemsRequest sent = (TransactGetItemsRequest) requests.get(0);
        assertThat(sent.transactItems()).hasSize(2);
        assertThat(sent.transactItems().get(1).get().tableName()).isEqualTo("Archive");
        assertThat(sent.transactItems().get(1).get().projectionExpression()).isEqualTo("#n");
        // DynamoDB items are maps: their key order is not part of the answer.
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(response.data().get("two").asText()))
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree("{\"items\":[{\"id\":\"a\",\"n\":1},null],\"cancellationReasons\":null}"));
    }

    @Test
    void transact_write_items_sends_every_kind_of_write_and_returns_the_keys() {
        GraphQlResponse response = api().execute("mutation { move }");

        TransactWriteItemsRequest sent = (TransactWriteItemsRequest) requests.get(0);
        assertThat(sent.transactItems().get(0).delete().tableName()).isEqualTo("Todos");
        assertThat(sent.transactItems().get(1).put().item())
                .containsEntry("n", AttributeValue.fromN("1"))
                .containsEntry("id", AttributeValue.fromS("a"));
        assertThat(sent.transactItems().get(2).update().updateExpression()).isEqualTo("ADD #c :one");
        assertThat(sent.transactItems().get(3).conditionCheck().conditionExpression())
                .isEqualTo("attribute_exists(id)");
        assertThat(response.data().get("move").asText())
                .isEqualTo("{\"keys\":[{\"id\":\"a\"},{\"id\":\"a\"},{\"name\":\"moved\"},{\"id\":\"lock\"}],"
                        + "\"cancellationReasons\":null}");
    }

    @Test
    void a_cancelled_transaction_gives_the_cancellation_reasons() {
        cancel = true;

        GraphQlResponse response = api().execute("mutation { move }");

        assertThat(response.errors().get(0).get("errorType").asText())
                .isEqualTo("DynamoDB:TransactionCanceledException");
        assertThat(response.errors().get(0).get("errorInfo").toString())
                .isEqualTo("[{\"type\":\"None\",\"message\":null},"
                        + "{\"type\":\"ConditionalCheckFailed\",\"message\":\"The conditional request failed\"}]");
    }
}
