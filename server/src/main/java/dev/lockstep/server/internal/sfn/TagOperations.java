package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TagResource, UntagResource and ListTagsForResource (API reference of each). Tags live on state machines and
 * activities; a state machine version, or a machine that does not exist, is ResourceNotFound (recorded: test_tag_state_machine_version).
 */
final class TagOperations {

    private final Catalog catalog;

    TagOperations(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(SfnApi api) {
        api.register("TagResource", this::tag);
        api.register("UntagResource", this::untag);
        api.register("ListTagsForResource", this::list);
    }

    JsonNode tag(Params params) {
        String arn = params.requiredString("resourceArn");
        ArrayNode tags = params.array("tags");
        if (tags == null) {
            params.violation("Value null at 'tags' failed to satisfy constraint: Member must not be null");
        }
        params.length("resourceArn", arn, 1, 256);
        Map<String, String> tagMap = readTags(params, tags, "tags");
        params.check();

        catalog.tag(taggable(arn), tagMap);
        return SfnJson.object();
    }

    JsonNode untag(Params params) {
        String arn = params.requiredString("resourceArn");
        ArrayNode keys = params.array("tagKeys");
        if (keys == null) {
            params.violation("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        }
        params.length("resourceArn", arn, 1, 256);
        List<String> keyList = new ArrayList<>();
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                JsonNode key = keys.get(i);
                if (!key.isTextual()) {
                    throw AwsErrors.serialization(
                            Params.kind(key) + " cannot be converted to String (at 'tagKeys[" + i + "]')");
                }
                params.length("tagKeys." + (i + 1) + ".member", key.asText(), 1, 128);
                keyList.add(key.asText());
            }
        }
        params.check();

        catalog.untag(taggable(arn), keyList);
        return SfnJson.object();
    }

    JsonNode list(Params params) {
        String arn = params.requiredString("resourceArn");
        params.length("resourceArn", arn, 1, 256);
        params.check();

        ArrayNode tags = SfnJson.array();
        catalog.tags(taggable(arn)).forEach((key, value) -> {
            ObjectNode tag = tags.addObject();
            tag.put("key", key);
            tag.put("value", value);
        });
        ObjectNode response = SfnJson.object();
        response.set("tags", tags);
        return response;
    }

    /** The ARN of a resource that can carry tags: a state machine or an activity. */
    private String taggable(String arnText) {
        Arn arn = Arn.parse(arnText);
        if (arn.type().equals(Arn.ACTIVITY)) {
            return catalog.engine()
                    .activity(arnText)
                    .orElseThrow(() -> AwsErrors.resourceNotFound(arnText))
                    .arn();
        }
        if (!arn.type().equals(Arn.STATE_MACHINE)) {
            throw AwsErrors.resourceNotFound(arnText);
        }
        return catalog.findMachine(arn)
                .orElseThrow(() -> AwsErrors.resourceNotFound(arnText))
                .arn();
    }

    /**
     * Reads a tag list ({@code [{"key": "k", "value": "v"}]}) and records AWS's constraints: keys 1 to 128 characters,
     * values 0 to 256 (API reference: Tag). Members are named as AWS names list members in validation messages.
     */
    static Map<String, String> readTags(Params params, ArrayNode tags, String field) {
        Map<String, String> result = new LinkedHashMap<>();
        if (tags == null) {
            return result;
        }
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            if (!tag.isObject()) {
                throw AwsErrors.serialization(
                        Params.kind(tag) + " cannot be converted to Tag (at '" + field + "[" + i + "]')");
            }
            Params member = new Params((ObjectNode) tag);
            String key = member.string("key");
            String value = member.string("value");
            String path = field + "." + (i + 1) + ".member";
            if (key == null) {
                params.violation(
                        "Value null at '" + path + ".key' failed to satisfy constraint: Member must not be null");
            }
            params.length(path + ".key", key, 1, 128).length(path + ".value", value, 0, 256);
            if (key != null) {
                result.put(key, value == null ? "" : value);
            }
        }
        return result;
    }
}
