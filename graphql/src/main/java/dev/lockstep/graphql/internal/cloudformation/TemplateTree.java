package dev.lockstep.graphql.internal.cloudformation;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigInteger;
import org.apiguardian.api.API;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a template's text into a JSON tree: JSON as it is, YAML with CloudFormation's short-form tags turned into
 * their long form: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt":
 * "A.B"}}, {@code !Sub ...} becomes {@code {"Fn::Sub": ...}}, and so on for every {@code !Name} as {@code Fn::Name}
 * (CloudFormation user guide: "Intrinsic function reference", the YAML short forms). A plain YAML reader would drop
 * the tags and the meaning with them.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TemplateTree {

    /** The JSON mapper templates are read and written with. */
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TemplateTree() {}

    /** The tree of {@code text}, JSON or YAML; a missing node when the text holds no document. */
    public static JsonNode read(String text) throws IOException {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return JSON.readTree(text);
        }
        try (JsonParser parser = Yaml.FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return NODES.missingNode();
            }
            return value(parser);
        }
    }

    /** Made on first use: a suite that reads JSON only need not load a YAML parser. */
    private static final class Yaml {
        /** Large CDK templates pass snakeyaml's default limit of 3 MB. */
        private static final int CODE_POINT_LIMIT = 50 * 1024 * 1024;

        static final YAMLFactory FACTORY =
                YAMLFactory.builder().loaderOptions(limits()).build();

        private static LoaderOptions limits() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(CODE_POINT_LIMIT);
            return options;
        }
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        String tag = parser.getTypeId() instanceof String text ? text : null;
        JsonNode value;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                value = object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                value = array;
            }
            case VALUE_STRING -> value = NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> value = integer(parser.getNumberValue());
            // Exact, as JSON text would keep it: a definition's 0.10 stays 0.10.
            case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> value = NODES.booleanNode(true);
            case VALUE_FALSE -> value = NODES.booleanNode(false);
            case VALUE_NULL -> value = NODES.nullNode();
            default -> value = NODES.textNode(parser.getText());
        }
        return tag == null ? value : tagged(tag, value);
    }

    /** The narrowest node, as the JSON reader makes it, so a YAML and a JSON template give equal trees. */
    private static JsonNode integer(Number number) {
        if (number instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (number instanceof Long l) {
            return NODES.numberNode(l);
        }
        return NODES.numberNode((BigInteger) number);
    }

    private static JsonNode tagged(String rawTag, JsonNode value) {
        String tag = rawTag;
        while (tag.startsWith("!")) {
            tag = tag.substring(1);
        }
        if (tag.isEmpty() || tag.startsWith("tag:yaml.org")) {
            return value;
        }
        String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
        ObjectNode call = NODES.objectNode();
        call.set(function, value);
        return call;
    }
}
