package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * Reads YAML into a JSON tree, turning CloudFormation's short-form tags into their long form: {@code !Ref X} becomes
 * {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": "A.B"}}, {@code !Sub ...} becomes {@code
 * {"Fn::Sub": ...}}, and so on for every {@code !Name} as {@code Fn::Name} (CloudFormation user guide: "Intrinsic
 * function reference", the YAML short forms). A plain YAML reader would drop the tags and the meaning with them.
 */
final class YamlTree {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {}

    static JsonNode read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return NODES.missingNode();
            }
            return value(parser);
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
            case VALUE_NUMBER_INT -> value = NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> value = NODES.booleanNode(true);
            case VALUE_FALSE -> value = NODES.booleanNode(false);
            case VALUE_NULL -> value = NODES.nullNode();
            default -> value = NODES.textNode(parser.getText());
        }
        return tag == null ? value : tagged(tag, value);
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
