package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.ValidationResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON on the wire of the Step Functions API (AWS JSON 1.0). */
public final class SfnJson {

    /**
     * Reads request bodies and execution inputs as AWS's Java services do: Jackson defaults, trailing text after the
     * first value ignored. Writes compact text.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SfnJson() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * A timestamp as the AWS JSON protocols send it: epoch seconds as a number with the milliseconds as a fraction, e.g.
     * {@code 1525283875.612} (API reference: GetExecutionHistory example).
     */
    static JsonNode timestamp(Instant instant) {
        return NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    /** Parses a request body; a body that is not a JSON object is a SerializationException. */
    static ObjectNode readBody(byte[] body) {
        if (body.length == 0) {
            return object(); // AWS CLI and SDKs always send at least {}; an empty body reads as no parameters
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw AwsErrors.serialization("The request body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (java.io.IOException e) {
            throw AwsErrors.serialization("The request body cannot be read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return object();
        }
        if (!tree.isObject()) {
            throw AwsErrors.serialization("Expected a JSON object as the request body, found a JSON "
                    + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) tree;
    }

    /** A response body: the value as compact UTF-8 JSON. */
    public static byte[] bytes(JsonNode value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a response could not be written as JSON", e);
        }
    }

    /** Compact JSON text of a value, as AWS returns inputs and outputs inside responses. */
    static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON value could not be written as text", e);
        }
    }

    /**
     * ValidateStateMachineDefinition's response (API reference): the result, the diagnostics shown, and whether more
     * were left out. {@code lockstep validate --format json} prints the same shape.
     */
    public static ObjectNode validation(ValidationResult result, List<Diagnostic> shown, boolean truncated) {
        ObjectNode response = SfnJson.object();
        response.put("result", result.isValid() ? "OK" : "FAIL");
        ArrayNode diagnostics = response.putArray("diagnostics");
        for (Diagnostic diagnostic : shown) {
            ObjectNode item = diagnostics.addObject();
            item.put("severity", diagnostic.severity().name());
            item.put("code", diagnostic.code());
            item.put("message", diagnostic.message());
            if (diagnostic.location() != null) {
                item.put("location", diagnostic.location());
            }
        }
        response.put("truncated", truncated);
        return response;
    }
}
