package dev.lockstep.engine.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The responses Step Functions passes on from its service integrations, shaped as recorded from AWS: lambda:invoke
 * wraps the function's result in {@code Payload} with {@code StatusCode}, {@code ExecutedVersion} and HTTP metadata;
 * the other optimized integrations add {@code SdkHttpMetadata} and {@code SdkResponseMetadata} to the service's
 * response (all keys in alphabetical order); events:putEvents and AWS SDK integrations pass the response as is.
 */
public final class ServiceResponses {

    /** HTTP's date format (RFC 7231): two-digit days, as AWS's services send them ("Sun, 01 Mar 2026 ..."). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US)
            .withZone(ZoneOffset.UTC);

    private static final java.util.Map<String, String> ERROR_PREFIXES = java.util.Map.of(
            "lambda", "Lambda",
            "dynamodb", "DynamoDB",
            "sqs", "SQS",
            "sns", "SNS",
            "events", "EventBridge",
            "states", "StepFunctions",
            "ecs", "ECS",
            "glue", "Glue",
            "batch", "Batch");

    private final Supplier<String> ids;
    private final Instant now;

    /**
     * @param ids generates request and message ids (seeded UUIDs, so runs repeat)
     * @param now the engine's time, for the HTTP Date header
     */
    public ServiceResponses(Supplier<String> ids, Instant now) {
        this.ids = ids;
        this.now = now;
    }

    /**
     * The prefix of a service's errors as Step Functions names them: {@code Lambda.}, {@code DynamoDB.} for optimized
     * integrations; the service name with a capital for AWS SDK integrations ({@code S3.}).
     */
    public static String errorPrefix(TaskResource resource) {
        String service = resource.service();
        if (resource.kind() == TaskResource.Kind.SERVICE_INTEGRATION && ERROR_PREFIXES.containsKey(service)) {
            return ERROR_PREFIXES.get(service);
        }
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    /** The result the state sees for a handler's success. */
    public JsonNode result(TaskResource resource, TaskOutcome.Success success, JsonNode parameters) {
        if (success.verbatim()
                || resource.kind() != TaskResource.Kind.SERVICE_INTEGRATION
                || resource.pattern() != TaskResource.IntegrationPattern.REQUEST_RESPONSE) {
            return success.result();
        }
        if (isLambdaInvoke(resource)) {
            return lambdaInvoke(success.result());
        }
        JsonNode defaults = defaultResponse(resource, parameters);
        return success.result().isObject() && defaults.isObject()
                ? overlay((ObjectNode) defaults, (ObjectNode) success.result())
                : success.result();
    }

    /**
     * What the service answers when a {@code .sync} job or a {@code .waitForTaskToken} call is submitted: the
     * TaskSubmitted event's output.
     */
    public JsonNode submitted(TaskResource resource, JsonNode parameters) {
        return defaultResponse(resource, parameters);
    }

    /** AWS's response to a successful call, with generated ids, when nothing more specific is given. */
    public JsonNode defaultResponse(TaskResource resource, JsonNode parameters) {
        String service = resource.service();
        String action = resource.action();
        if (resource.kind() != TaskResource.Kind.SERVICE_INTEGRATION) {
            return Json.NODES.objectNode();
        }
        if (isLambdaInvoke(resource)) {
            return lambdaInvoke(Json.NODES.nullNode());
        }
        ObjectNode response = Json.NODES.objectNode();
        switch (service + ":" + action) {
            case "sqs:sendMessage":
                response.put("MD5OfMessageBody", md5(text(parameters.get("MessageBody"))));
                response.put("MessageId", ids.get());
                return withMetadata(response, "application/x-amz-json-1.0");
            case "sns:publish":
                response.put("MessageId", ids.get());
                return withMetadata(response, "text/xml");
            case "events:putEvents": {
                // Recorded from AWS: putEvents results carry no HTTP metadata.
                ArrayNode entries = response.putArray("Entries");
                int count = Math.max(
                        1, parameters == null ? 0 : parameters.path("Entries").size());
                for (int i = 0; i < count; i++) {
                    entries.addObject().put("EventId", ids.get());
                }
                response.put("FailedEntryCount", 0);
                return response;
            }
            case "http:invoke":
                response.putObject("Headers");
                response.putObject("ResponseBody");
                response.put("StatusCode", 200);
                response.put("StatusText", "OK");
                return response;
            default:
                return withMetadata(response, "application/x-amz-json-1.0");
        }
    }

    private ObjectNode lambdaInvoke(JsonNode payload) {
        ObjectNode result = Json.NODES.objectNode();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        ObjectNode metadata = httpMetadata("application/json", Json.utf8Size(payload));
        ((ObjectNode) metadata.get("HttpHeaders")).put("X-Amz-Executed-Version", "$LATEST");
        ((ObjectNode) metadata.get("AllHttpHeaders"))
                .putArray("X-Amz-Executed-Version")
                .add("$LATEST");
        result.set("SdkHttpMetadata", metadata);
        result.set("SdkResponseMetadata", requestMetadata(metadata));
        result.put("StatusCode", 200);
        return result;
    }

    private ObjectNode withMetadata(ObjectNode response, String contentType) {
        ObjectNode metadata = httpMetadata(contentType, Json.utf8Size(response));
        response.set("SdkHttpMetadata", metadata);
        response.set("SdkResponseMetadata", requestMetadata(metadata));
        return sorted(response);
    }

    private ObjectNode httpMetadata(String contentType, long length) {
        String requestId = ids.get();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Connection", "keep-alive");
        headers.put("Content-Length", Long.toString(length));
        headers.put("Content-Type", contentType);
        headers.put("Date", HTTP_DATE.format(now));
        headers.put("x-amzn-RequestId", requestId);
        ObjectNode metadata = Json.NODES.objectNode();
        ObjectNode all = metadata.putObject("AllHttpHeaders");
        ObjectNode plain = metadata.putObject("HttpHeaders");
        headers.forEach((name, value) -> {
            all.putArray(name).add(value);
            plain.put(name, value);
        });
        metadata.put("HttpStatusCode", 200);
        return metadata;
    }

    private static ObjectNode requestMetadata(ObjectNode httpMetadata) {
        ObjectNode metadata = Json.NODES.objectNode();
        metadata.put(
                "RequestId",
                httpMetadata.get("HttpHeaders").get("x-amzn-RequestId").asText());
        return metadata;
    }

    /** The default response with the handler's fields laid over it, keys in AWS's alphabetical order. */
    private static ObjectNode overlay(ObjectNode defaults, ObjectNode given) {
        ObjectNode merged = defaults.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            merged.set(field.getKey(), field.getValue());
        }
        return sorted(merged);
    }

    private static ObjectNode sorted(ObjectNode object) {
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        ObjectNode result = Json.NODES.objectNode();
        fields.forEach(result::set);
        return result;
    }

    private static boolean isLambdaInvoke(TaskResource resource) {
        return resource.service().equals("lambda") && resource.action().equals("invoke");
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isTextual() ? value.textValue() : Json.compact(value);
    }

    private static String md5(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks MD5", e);
        }
    }
}
