package dev.lockstep.graphql.dynamodb;

import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table of the to-do app in {@code src/test/resources/apps/todo}: {@code Todos}, keyed by {@code id}, with the
 * index {@code byOwner} ({@code owner}, sorted by {@code createdAt}). Shared with the server's tests, which serve the
 * same app over HTTP.
 */
public final class TodoTable {

    public static final String NAME = "Todos";

    private TodoTable() {}

    /** Deletes the table if it exists, waits until it is gone, and creates it empty. */
    public static void recreate(DynamoDbClient dynamo) {
        try {
            dynamo.deleteTable(b -> b.tableName(NAME));
            awaitDeleted(dynamo);
        } catch (ResourceNotFoundException absent) {
            // nothing to delete
        }
        dynamo.createTable(b -> b.tableName(NAME)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("id"), attribute("owner"), attribute("createdAt"))
                .keySchema(key("id", KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("byOwner")
                        .keySchema(key("owner", KeyType.HASH), key("createdAt", KeyType.RANGE))
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.ALL)
                                .build())
                        .build()));
    }

    /** dynalite deletes tables on a timer, even a zero one: wait until the table is gone before recreating it. */
    private static void awaitDeleted(DynamoDbClient dynamo) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                dynamo.describeTable(b -> b.tableName(NAME));
                Thread.sleep(20);
            } catch (ResourceNotFoundException gone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
