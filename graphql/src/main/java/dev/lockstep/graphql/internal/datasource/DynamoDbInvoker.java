package dev.lockstep.graphql.internal.datasource;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lockstep.graphql.internal.json.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * AppSync's AMAZON_DYNAMODB data source ("Resolver mapping template reference for DynamoDB"): every operation
 * AppSync supports, run through the AWS SDK against the configured endpoint. Results are plain JSON; DynamoDB's
 * errors set {@code $ctx.error} with type {@code DynamoDB:<ErrorCode>} and the message in the form AppSync prints.
 */
public final class DynamoDbInvoker implements DataSourceInvoker {

    private final String tableName;
    private final DynamoDbClient client;

    public DynamoDbInvoker(String tableName, DynamoDbClient client) {
        this.tableName = tableName;
        this.client = client;
    }

    @Override
    public DataSourceResult invoke(Map<String, Object> request, Invocation invocation) {
        if (request == null) {
            throw MappingTemplateException.missing("operation");
        }
        Object operation = request.get("operation");
        if (operation == null) {
            throw MappingTemplateException.missing("operation");
        }
        try {
            return switch (String.valueOf(operation)) {
                case "GetItem" -> getItem(request);
                case "PutItem" -> putItem(request);
                case "UpdateItem" -> updateItem(request);
                case "DeleteItem" -> deleteItem(request);
                case "Query" -> query(request);
                case "Scan" -> scan(request, false, invocation);
                case "Sync" -> scan(request, true, invocation);
                case "BatchGetItem" -> batchGetItem(request);
                case "BatchPutItem" -> batchPutItem(request);
                case "BatchDeleteItem" -> batchDeleteItem(request);
                case "TransactGetItems" -> transactGetItems(request);
                case "TransactWriteItems" -> transactWriteItems(request);
                default ->
                    throw new MappingTemplateException("Unsupported operation '" + operation
                            + "'. Supported operations: GetItem, PutItem, UpdateItem, DeleteItem, Query, Scan, Sync,"
                            + " BatchGetItem, BatchPutItem, BatchDeleteItem, TransactGetItems, TransactWriteItems.");
            };
        } catch (ConditionalCheckFailedException e) {
            return DataSourceResult.failure("DynamoDB:ConditionalCheckFailedException", message(e));
        } catch (DynamoDbException e) {
            return DataSourceResult.failure("DynamoDB:" + errorCode(e), message(e));
        } catch (SdkClientException e) {
            return DataSourceResult.failure("DynamoDB:AmazonClientException", e.getMessage());
        }
    }

    private DataSourceResult getItem(Map<String, Object> request) {
        var builder = software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder()
                .tableName(tableName)
                .key(DynamoDbValues.item(required(request, "key"), "key"))
                .consistentRead(bool(request.get("consistentRead")));
        Expression projection = Expression.of(request.get("projection"), "projection");
        if (projection != null) {
            builder.projectionExpression(projection.expression()).expressionAttributeNames(projection.namesOrNull());
        }
        var response = client.getItem(builder.build());
        return DataSourceResult.of(response.hasItem() ? DynamoDbValues.plainItem(response.item()) : null);
    }

    private DataSourceResult putItem(Map<String, Object> request) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        Object attributeValues = request.get("attributeValues");
        if (attributeValues != null) {
            item.putAll(DynamoDbValues.item(attributeValues, "attributeValues"));
        }
        Map<String, AttributeValue> key = DynamoDbValues.item(required(request, "key"), "key");
        item.putAll(key);
        var builder = software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
                .tableName(tableName)
                .item(item);
        Expression condition = Expression.of(request.get("condition"), "condition");
        if (condition != null) {
            builder.conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.namesOrNull())
                    .expressionAttributeValues(condition.valuesOrNull());
        }
        try {
            client.putItem(builder.build());
        } catch (ConditionalCheckFailedException e) {
            return conditionFailed(key, item, condition, e);
        }
        return DataSourceResult.of(DynamoDbValues.plainItem(item));
    }

    private DataSourceResult updateItem(Map<String, Object> request) {
        Map<String, AttributeValue> key = DynamoDbValues.item(required(request, "key"), "key");
        Expression update = Expression.of(required(request, "update"), "update");
        Expression condition = Expression.of(request.get("condition"), "condition");
        Expression merged = Expression.merge(update, condition);
        var builder = software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
                .tableName(tableName)
                .key(key)
                .updateExpression(update.expression())
                .expressionAttributeNames(merged.namesOrNull())
                .expressionAttributeValues(merged.valuesOrNull())
                .returnValues(ReturnValue.ALL_NEW);
        if (condition != null) {
            builder.conditionExpression(condition.expression());
        }
        try {
            var response = client.updateItem(builder.build());
            return DataSourceResult.of(DynamoDbValues.plainItem(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return conditionFailed(key, null, condition, e);
        }
    }

    private DataSourceResult deleteItem(Map<String, Object> request) {
        Map<String, AttributeValue> key = DynamoDbValues.item(required(request, "key"), "key");
        var builder = software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.builder()
                .tableName(tableName)
                .key(key)
                .returnValues(ReturnValue.ALL_OLD);
        Expression condition = Expression.of(request.get("condition"), "condition");
        if (condition != null) {
            builder.conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.namesOrNull())
                    .expressionAttributeValues(condition.valuesOrNull());
        }
        try {
            var response = client.deleteItem(builder.build());
            return DataSourceResult.of(
                    response.hasAttributes() ? DynamoDbValues.plainItem(response.attributes()) : null);
        } catch (ConditionalCheckFailedException e) {
            return conditionFailed(key, Map.of(), condition, e);
        }
    }

    /**
     * A failed condition, handled as AppSync documents ("Condition expressions"): the current item is read; when it
     * already is what the write wanted (equalsIgnore fields aside), the write counts as done; otherwise
     * {@code $ctx.error} is set and {@code $ctx.result} holds the current item. {@code wanted} is null when the
     * outcome cannot be known in advance (UpdateItem); an empty map stands for a deleted item.
     */
    private DataSourceResult conditionFailed(
            Map<String, AttributeValue> key,
            Map<String, AttributeValue> wanted,
            Expression condition,
            ConditionalCheckFailedException e) {
        var current = client.getItem(software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder()
                .tableName(tableName)
                .key(key)
                .consistentRead(true)
                .build());
        Map<String, AttributeValue> currentItem = current.hasItem() ? current.item() : Map.of();
        if (wanted != null && sameIgnoring(currentItem, wanted, condition == null ? List.of() : condition.ignore())) {
            return DataSourceResult.of(currentItem.isEmpty() ? null : DynamoDbValues.plainItem(currentItem));
        }
        return DataSourceResult.failure(
                "DynamoDB:ConditionalCheckFailedException",
                message(e),
                currentItem.isEmpty() ? null : DynamoDbValues.plainItem(currentItem));
    }

    private static boolean sameIgnoring(
            Map<String, AttributeValue> current, Map<String, AttributeValue> wanted, List<String> ignore) {
        Map<String, AttributeValue> a = new LinkedHashMap<>(current);
        Map<String, AttributeValue> b = new LinkedHashMap<>(wanted);
        ignore.forEach(a::remove);
        ignore.forEach(b::remove);
        return a.equals(b);
    }

    private DataSourceResult query(Map<String, Object> request) {
        Expression keyCondition = Expression.of(required(request, "query"), "query");
        Expression filter = Expression.of(request.get("filter"), "filter");
        Expression projection = Expression.of(request.get("projection"), "projection");
        Expression merged = Expression.merge(Expression.merge(keyCondition, filter), projection);
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression(keyCondition.expression())
                .expressionAttributeNames(merged.namesOrNull())
                .expressionAttributeValues(merged.valuesOrNull())
                .scanIndexForward(request.get("scanIndexForward") == null || bool(request.get("scanIndexForward")))
                .consistentRead(bool(request.get("consistentRead")));
        if (filter != null) {
            builder.filterExpression(filter.expression());
        }
        if (projection != null) {
            builder.projectionExpression(projection.expression());
        }
        if (request.get("index") != null) {
            builder.indexName(String.valueOf(request.get("index")));
        }
        if (request.get("limit") != null) {
            builder.limit(integer(request.get("limit"), "limit"));
        }
        if (request.get("select") != null) {
            builder.select(String.valueOf(request.get("select")));
        }
        if (request.get("nextToken") != null) {
            builder.exclusiveStartKey(decodeToken(request.get("nextToken")));
        }
        QueryResponse response = client.query(builder.build());
        return DataSourceResult.of(page(response.items(), response.lastEvaluatedKey(), response.scannedCount(), null));
    }

    private DataSourceResult scan(Map<String, Object> request, boolean sync, Invocation invocation) {
        Expression filter = Expression.of(request.get("filter"), "filter");
        Expression projection = Expression.of(request.get("projection"), "projection");
        Expression merged = Expression.merge(filter, projection);
        ScanRequest.Builder builder = ScanRequest.builder().tableName(tableName);
        if (merged != null) {
            builder.expressionAttributeNames(merged.namesOrNull()).expressionAttributeValues(merged.valuesOrNull());
        }
        if (filter != null) {
            builder.filterExpression(filter.expression());
        }
        if (projection != null) {
            builder.projectionExpression(projection.expression());
        }
        if (request.get("index") != null) {
            builder.indexName(String.valueOf(request.get("index")));
        }
        if (request.get("limit") != null) {
            builder.limit(integer(request.get("limit"), "limit"));
        }
        if (request.get("consistentRead") != null) {
            builder.consistentRead(bool(request.get("consistentRead")));
        }
        if (request.get("select") != null) {
            builder.select(String.valueOf(request.get("select")));
        }
        if (request.get("segment") != null && request.get("totalSegments") != null) {
            builder.segment(integer(request.get("segment"), "segment"))
                    .totalSegments(integer(request.get("totalSegments"), "totalSegments"));
        }
        if (request.get("nextToken") != null) {
            builder.exclusiveStartKey(decodeToken(request.get("nextToken")));
        }
        ScanResponse response = client.scan(builder.build());
        Long startedAt = sync ? invocation.clock().millis() : null;
        return DataSourceResult.of(
                page(response.items(), response.lastEvaluatedKey(), response.scannedCount(), startedAt));
    }

    private static Map<String, Object> page(
            List<Map<String, AttributeValue>> items,
            Map<String, AttributeValue> lastKey,
            Integer scannedCount,
            Long startedAt) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Object> plainItems = new ArrayList<>();
        items.forEach(item -> plainItems.add(DynamoDbValues.plainItem(item)));
        result.put("items", plainItems);
        result.put("nextToken", lastKey == null || lastKey.isEmpty() ? null : encodeToken(lastKey));
        result.put("scannedCount", scannedCount);
        if (startedAt != null) {
            result.put("startedAt", startedAt);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private DataSourceResult batchGetItem(Map<String, Object> request) {
        Map<String, Object> tables = map(required(request, "tables"), "tables");
        Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
        Map<String, List<Map<String, AttributeValue>>> keysByTable = new LinkedHashMap<>();
        for (Map.Entry<String, Object> table : tables.entrySet()) {
            Map<String, Object> spec = map(table.getValue(), "tables." + table.getKey());
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            int i = 0;
            for (Object key : list(spec.get("keys"), "tables." + table.getKey() + ".keys")) {
                keys.add(DynamoDbValues.item(key, "tables." + table.getKey() + ".keys[" + i++ + "]"));
            }
            keysByTable.put(table.getKey(), keys);
            requestItems.put(
                    table.getKey(),
                    KeysAndAttributes.builder()
                            .keys(keys)
                            .consistentRead(bool(spec.get("consistentRead")))
                            .build());
        }
        BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(requestItems));
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> unprocessed = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, AttributeValue>>> table : keysByTable.entrySet()) {
            List<Map<String, AttributeValue>> found = response.responses().getOrDefault(table.getKey(), List.of());
            List<Object> ordered = new ArrayList<>();
            for (Map<String, AttributeValue> key : table.getValue()) {
                ordered.add(found.stream()
                        .filter(item -> key.entrySet().stream()
                                .allMatch(k -> Objects.equals(item.get(k.getKey()), k.getValue())))
                        .findFirst()
                        .map(DynamoDbValues::plainItem)
                        .orElse(null));
            }
            data.put(table.getKey(), ordered);
            List<Object> left = new ArrayList<>();
            KeysAndAttributes leftKeys = response.unprocessedKeys().get(table.getKey());
            if (leftKeys != null) {
                leftKeys.keys().forEach(key -> left.add(DynamoDbValues.plainItem(key)));
            }
            unprocessed.put(table.getKey(), left);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", data);
        result.put("unprocessedKeys", unprocessed);
        return DataSourceResult.of(result);
    }

    private DataSourceResult batchPutItem(Map<String, Object> request) {
        return batchWrite(request, true);
    }

    private DataSourceResult batchDeleteItem(Map<String, Object> request) {
        return batchWrite(request, false);
    }

    private DataSourceResult batchWrite(Map<String, Object> request, boolean put) {
        Map<String, Object> tables = map(required(request, "tables"), "tables");
        Map<String, List<WriteRequest>> requestItems = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, Object> table : tables.entrySet()) {
            List<WriteRequest> writes = new ArrayList<>();
            List<Object> written = new ArrayList<>();
            int i = 0;
            for (Object entry : list(table.getValue(), "tables." + table.getKey())) {
                Map<String, AttributeValue> item =
                        DynamoDbValues.item(entry, "tables." + table.getKey() + "[" + i++ + "]");
                writes.add(
                        put
                                ? WriteRequest.builder()
                                        .putRequest(
                                                PutRequest.builder().item(item).build())
                                        .build()
                                : WriteRequest.builder()
                                        .deleteRequest(DeleteRequest.builder()
                                                .key(item)
                                                .build())
                                        .build());
                written.add(DynamoDbValues.plainItem(item));
            }
            requestItems.put(table.getKey(), writes);
            data.put(table.getKey(), written);
        }
        BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(requestItems));
        Map<String, Object> unprocessed = new LinkedHashMap<>();
        for (String table : tables.keySet()) {
            List<Object> left = new ArrayList<>();
            for (WriteRequest write : response.unprocessedItems().getOrDefault(table, List.of())) {
                left.add(DynamoDbValues.plainItem(
                        put ? write.putRequest().item() : write.deleteRequest().key()));
            }
            unprocessed.put(table, left);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", data);
        result.put(put ? "unprocessedItems" : "unprocessedKeys", unprocessed);
        return DataSourceResult.of(result);
    }

    private DataSourceResult transactGetItems(Map<String, Object> request) {
        List<TransactGetItem> gets = new ArrayList<>();
        int i = 0;
        for (Object entry : list(required(request, "transactItems"), "transactItems")) {
            String where = "transactItems[" + i++ + "]";
            Map<String, Object> spec = map(entry, where);
            Get.Builder get = Get.builder()
                    .tableName(String.valueOf(required(spec, "table")))
                    .key(DynamoDbValues.item(required(spec, "key"), where + ".key"));
            Expression projection = Expression.of(spec.get("projection"), where + ".projection");
            if (projection != null) {
                get.projectionExpression(projection.expression()).expressionAttributeNames(projection.namesOrNull());
            }
            gets.add(TransactGetItem.builder().get(get.build()).build());
        }
        try {
            var response = client.transactGetItems(b -> b.transactItems(gets));
            List<Object> items = new ArrayList<>();
            response.responses().forEach(r -> items.add(r.hasItem() ? DynamoDbValues.plainItem(r.item()) : null));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("items", items);
            result.put("cancellationReasons", null);
            return DataSourceResult.of(result);
        } catch (TransactionCanceledException e) {
            return cancelled(e, "items");
        }
    }

    private DataSourceResult transactWriteItems(Map<String, Object> request) {
        List<TransactWriteItem> writes = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        int i = 0;
        for (Object entry : list(required(request, "transactItems"), "transactItems")) {
            String where = "transactItems[" + i++ + "]";
            Map<String, Object> spec = map(entry, where);
            String table = String.valueOf(required(spec, "table"));
            Object operation = required(spec, "operation");
            Map<String, AttributeValue> key = DynamoDbValues.item(required(spec, "key"), where + ".key");
            keys.add(DynamoDbValues.plainItem(key));
            Expression condition = Expression.of(spec.get("condition"), where + ".condition");
            TransactWriteItem.Builder write = TransactWriteItem.builder();
            switch (String.valueOf(operation)) {
                case "PutItem" -> {
                    Map<String, AttributeValue> item = new LinkedHashMap<>();
                    if (spec.get("attributeValues") != null) {
                        item.putAll(DynamoDbValues.item(spec.get("attributeValues"), where + ".attributeValues"));
                    }
                    item.putAll(key);
                    Put.Builder put = Put.builder().tableName(table).item(item);
                    if (condition != null) {
                        put.conditionExpression(condition.expression())
                                .expressionAttributeNames(condition.namesOrNull())
                                .expressionAttributeValues(condition.valuesOrNull());
                    }
                    write.put(put.build());
                }
                case "UpdateItem" -> {
                    Expression update = Expression.of(required(spec, "update"), where + ".update");
                    Expression merged = Expression.merge(update, condition);
                    Update.Builder u = Update.builder()
                            .tableName(table)
                            .key(key)
                            .updateExpression(update.expression())
                            .expressionAttributeNames(merged.namesOrNull())
                            .expressionAttributeValues(merged.valuesOrNull());
                    if (condition != null) {
                        u.conditionExpression(condition.expression());
                    }
                    write.update(u.build());
                }
                case "DeleteItem" -> {
                    Delete.Builder delete = Delete.builder().tableName(table).key(key);
                    if (condition != null) {
                        delete.conditionExpression(condition.expression())
                                .expressionAttributeNames(condition.namesOrNull())
                                .expressionAttributeValues(condition.valuesOrNull());
                    }
                    write.delete(delete.build());
                }
                case "ConditionCheck" -> {
                    if (condition == null) {
                        throw MappingTemplateException.missing("transactItems[" + (i - 1) + "].condition");
                    }
                    write.conditionCheck(ConditionCheck.builder()
                            .tableName(table)
                            .key(key)
                            .conditionExpression(condition.expression())
                            .expressionAttributeNames(condition.namesOrNull())
                            .expressionAttributeValues(condition.valuesOrNull())
                            .build());
                }
                default ->
                    throw new MappingTemplateException("Unsupported operation '" + operation + "' at " + where
                            + ": expected PutItem, UpdateItem, DeleteItem or ConditionCheck.");
            }
            writes.add(write.build());
        }
        try {
            client.transactWriteItems(b -> b.transactItems(writes));
        } catch (TransactionCanceledException e) {
            return cancelled(e, "keys");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("keys", keys);
        result.put("cancellationReasons", null);
        return DataSourceResult.of(result);
    }

    private static DataSourceResult cancelled(TransactionCanceledException e, String itemsKey) {
        List<Object> reasons = new ArrayList<>();
        for (CancellationReason reason : e.cancellationReasons()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", reason.code());
            entry.put("message", reason.message());
            reasons.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(itemsKey, null);
        result.put("cancellationReasons", reasons);
        return DataSourceResult.failure("DynamoDB:TransactionCanceledException", message(e), result);
    }

    /** AppSync prints DynamoDB errors the way the AWS SDK for Java 1 did. */
    private static String message(DynamoDbException e) {
        String text = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage()
                : "Service returned error code " + errorCode(e);
        return text + " (Service: AmazonDynamoDBv2; Status Code: " + e.statusCode() + "; Error Code: " + errorCode(e)
                + "; Request ID: " + e.requestId() + "; Proxy: null)";
    }

    private static String errorCode(DynamoDbException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                ? e.awsErrorDetails().errorCode()
                : e.getClass().getSimpleName();
    }

    /** nextToken: the last evaluated key, opaque to clients (AppSync encrypts it; base64 JSON is enough here). */
    private static String encodeToken(Map<String, AttributeValue> key) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Values.write(DynamoDbValues.typedItem(key)).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decodeToken(Object token) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(String.valueOf(token)), StandardCharsets.UTF_8);
            return DynamoDbValues.item(Values.read(json), "nextToken");
        } catch (IllegalArgumentException | JsonProcessingException | MappingTemplateException e) {
            throw new MappingTemplateException("The nextToken '" + token + "' is not one this API issued.");
        }
    }

    static Object required(Map<String, Object> request, String field) {
        Object value = request.get(field);
        if (value == null) {
            throw MappingTemplateException.missing(field);
        }
        return value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(String.valueOf(value));
    }

    private static int integer(Object value, String field) {
        try {
            return new java.math.BigDecimal(String.valueOf(value)).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new MappingTemplateException("The field '" + field + "' must be an integer, found " + value + ".");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new MappingTemplateException("Expected an object at '" + where + "', found " + Values.write(value) + ".");
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new MappingTemplateException("Expected a list at '" + where + "', found " + Values.write(value) + ".");
    }

    /**
     * An expression with its placeholders, as templates write {@code query}, {@code filter}, {@code update},
     * {@code condition} and {@code projection}.
     *
     * @param expression the expression text
     * @param names the {@code #name} placeholders
     * @param values the {@code :value} placeholders, typed
     * @param ignore a condition's {@code equalsIgnore} attributes
     */
    record Expression(
            String expression, Map<String, String> names, Map<String, AttributeValue> values, List<String> ignore) {

        @SuppressWarnings("unchecked")
        static Expression of(Object value, String where) {
            if (value == null) {
                return null;
            }
            Map<String, Object> spec = map(value, where);
            Object expression = spec.get("expression");
            if (expression == null) {
                throw MappingTemplateException.missing(where + ".expression");
            }
            Map<String, String> names = new LinkedHashMap<>();
            if (spec.get("expressionNames") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
            }
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            if (spec.get("expressionValues") != null) {
                values.putAll(DynamoDbValues.item(spec.get("expressionValues"), where + ".expressionValues"));
            }
            List<String> ignore = new ArrayList<>();
            if (spec.get("equalsIgnore") instanceof List<?> fields) {
                fields.forEach(f -> ignore.add(String.valueOf(f)));
            }
            return new Expression(String.valueOf(expression), names, values, ignore);
        }

        static Expression merge(Expression a, Expression b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            Map<String, String> names = new LinkedHashMap<>(a.names);
            names.putAll(b.names);
            Map<String, AttributeValue> values = new LinkedHashMap<>(a.values);
            values.putAll(b.values);
            return new Expression(a.expression, names, values, a.ignore);
        }

        Map<String, String> namesOrNull() {
            return names.isEmpty() ? null : names;
        }

        Map<String, AttributeValue> valuesOrNull() {
            return values.isEmpty() ? null : values;
        }
    }
}
