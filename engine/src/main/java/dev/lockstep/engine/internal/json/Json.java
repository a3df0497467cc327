package dev.lockstep.engine.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON as the engine sees it: one configured mapper, compact text as AWS writes it, and sizes in UTF-8 bytes.
 *
 * <p>Values are Jackson trees. Once a value has been published (state input or output, history), it is never
 * mutated again: code that changes a value copies the nodes on the way to the change (see {@link #withField}).
 */
public final class Json {

    /** The mapper for all engine JSON: keeps key order, reads floats as doubles like AWS's Java services. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /** Parses JSON text; throws {@link JsonProcessingException} with the position of the first problem. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** The compact JSON text of a value, as Step Functions writes inputs and outputs into the history. */
    public static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree could not be written as text", e);
        }
    }

    /**
     * The size in bytes of the value's compact JSON text in UTF-8, computed without building the text: this is what
     * the 256 KiB payload limit counts.
     */
    public static long utf8Size(JsonNode value) {
        return JsonSize.of(value);
    }

    /**
     * A copy of {@code object} with {@code name} set to {@code value}; {@code object} is left unchanged. Fields keep
     * their order; a new field goes last.
     */
    public static ObjectNode withField(ObjectNode object, String name, JsonNode value) {
        ObjectNode copy = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), field.getValue());
        }
        copy.set(name, value);
        return copy;
    }
}
