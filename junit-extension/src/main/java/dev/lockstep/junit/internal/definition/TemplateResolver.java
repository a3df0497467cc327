package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation's intrinsic functions in a template value: {@code Ref}, {@code Fn::GetAtt}, {@code
 * Fn::Join}, {@code Fn::Sub}, {@code Fn::Select} and {@code Fn::Split} (CloudFormation user guide: "Intrinsic function
 * reference"). References resolve first to the values the test supplies, then to the template's parameter defaults
 * and pseudo parameters, then to what AWS would return for the resource types state machines reference (functions,
 * queues, topics, tables, buckets, roles, state machines, activities, event buses), named after the resource's name
 * property or, as CloudFormation itself cannot know generated names here, its logical id.
 */
final class TemplateResolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final JsonNode template;
    private final Map<String, String> supplied;
    private final String region;
    private final String accountId;
    private final String stackName;
    private final String origin;

    TemplateResolver(
            JsonNode template,
            Map<String, String> supplied,
            String region,
            String accountId,
            String stackName,
            String origin) {
        this.template = template;
        this.supplied = supplied;
        this.region = region;
        this.accountId = accountId;
        this.stackName = stackName;
        this.origin = origin;
    }

    /** {@code value} with every intrinsic function replaced by its result. */
    JsonNode resolve(JsonNode value, String where) {
        if (value.isObject() && value.size() == 1) {
            String key = value.fieldNames().next();
            JsonNode argument = value.get(key);
            switch (key) {
                case "Ref":
                    return NODES.textNode(ref(text(argument, "Ref", where), where));
                case "Fn::GetAtt":
                    return NODES.textNode(getAtt(argument, where));
                case "Fn::Join":
                    return NODES.textNode(join(argument, where));
                case "Fn::Sub":
                    return NODES.textNode(sub(argument, where));
                case "Fn::Select":
                    return select(argument, where);
                case "Fn::Split":
                    return split(argument, where);
                default:
                    if (key.startsWith("Fn::")) {
                        throw problem(
                                where,
                                "uses " + key + ", which Lockstep does not evaluate; put the value it"
                                        + " stands for in a @Substitution and reference that, or use a literal");
                    }
            }
        }
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue(), where + "/" + field.getKey()));
            }
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                copy.add(resolve(value.get(i), where + "/" + i));
            }
            return copy;
        }
        return value;
    }

    /** What {@code Ref name} returns. */
    String ref(String name, String where) {
        if (supplied.containsKey(name)) {
            return supplied.get(name);
        }
        switch (name) {
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return accountId;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return stackName;
            case "AWS::StackId":
                return "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + stackName
                        + "/00000000-0000-0000-0000-000000000000";
            case "AWS::NoValue":
                return "";
            default:
                break;
        }
        JsonNode parameter = template.path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            JsonNode fallback = parameter.path("Default");
            if (fallback.isValueNode()) {
                return fallback.asText();
            }
            throw problem(
                    where,
                    "references the parameter " + name + ", which has no Default: supply it with"
                            + " @Substitution(name = \"" + name + "\", value = \"...\")");
        }
        JsonNode resource = template.path("Resources").path(name);
        if (resource.isObject()) {
            String value = ResourceDefaults.ref(resourceContext(name, resource));
            if (value != null) {
                return value;
            }
            throw problem(
                    where,
                    "references the resource " + name + " ("
                            + resource.path("Type").asText()
                            + "), whose Ref Lockstep cannot guess: supply it with @Substitution(name = \"" + name
                            + "\", value = \"...\")");
        }
        throw problem(
                where,
                "references " + name + ", which is neither a parameter, a resource nor a pseudo"
                        + " parameter of the template: supply it with @Substitution(name = \"" + name
                        + "\", value = \"...\")");
    }

    private String getAtt(JsonNode argument, String where) {
        String logicalId;
        String attribute;
        if (argument.isTextual() && argument.asText().contains(".")) {
            String text = argument.asText();
            logicalId = text.substring(0, text.indexOf('.'));
            attribute = text.substring(text.indexOf('.') + 1);
        } else if (argument.isArray() && argument.size() == 2) {
            logicalId = text(resolve(argument.get(0), where), "Fn::GetAtt", where);
            attribute = text(resolve(argument.get(1), where), "Fn::GetAtt", where);
        } else {
            throw problem(
                    where,
                    "has Fn::GetAtt " + argument + "; expected [LogicalId, Attribute] or \"LogicalId.Attribute\"");
        }
        return attribute(logicalId, attribute, where);
    }

    private String attribute(String logicalId, String attribute, String where) {
        String key = logicalId + "." + attribute;
        if (supplied.containsKey(key)) {
            return supplied.get(key);
        }
        JsonNode resource = template.path("Resources").path(logicalId);
        if (!resource.isObject()) {
            throw problem(
                    where,
                    "has Fn::GetAtt " + key + ", but the template has no resource " + logicalId
                            + ": supply it with @Substitution(name = \"" + key + "\", value = \"...\")");
        }
        String value = ResourceDefaults.attribute(resourceContext(logicalId, resource), attribute);
        if (value == null) {
            throw problem(
                    where,
                    "has Fn::GetAtt " + key + " of a " + resource.path("Type").asText()
                            + ", which Lockstep cannot guess: supply it with @Substitution(name = \"" + key
                            + "\", value = \"...\")");
        }
        return value;
    }

    private ResourceDefaults.Resource resourceContext(String logicalId, JsonNode resource) {
        return new ResourceDefaults.Resource(
                logicalId, resource.path("Type").asText(), resource.path("Properties"), region, accountId, property -> {
                    JsonNode value = resource.path("Properties").path(property);
                    if (value.isMissingNode() || value.isNull()) {
                        return null;
                    }
                    JsonNode resolved = resolve(value, "/Resources/" + logicalId + "/Properties/" + property);
                    return resolved.isValueNode() ? resolved.asText() : null;
                });
    }

    private String join(JsonNode argument, String where) {
        if (!argument.isArray() || argument.size() != 2) {
            throw problem(where, "has Fn::Join " + abbreviate(argument) + "; expected [delimiter, [values]]");
        }
        String delimiter = text(argument.get(0), "Fn::Join", where);
        JsonNode values = resolve(argument.get(1), where);
        if (!values.isArray()) {
            throw problem(where, "has Fn::Join whose values are not a list: " + abbreviate(values));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                joined.append(delimiter);
            }
            joined.append(text(values.get(i), "Fn::Join", where));
        }
        return joined.toString();
    }

    private String sub(JsonNode argument, String where) {
        String pattern;
        JsonNode variables = NODES.objectNode();
        if (argument.isTextual()) {
            pattern = argument.asText();
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            pattern = argument.get(0).asText();
            variables = resolve(argument.get(1), where);
        } else {
            throw problem(
                    where, "has Fn::Sub " + abbreviate(argument) + "; expected a string or [string, {variables}]");
        }
        Matcher matcher = SUB_VARIABLE.matcher(pattern);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}"; // ${!Literal} writes ${Literal}
            } else if (variables.has(name)) {
                replacement = text(variables.get(name), "Fn::Sub", where);
            } else if (name.contains(".") && !supplied.containsKey(name)) {
                replacement =
                        attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), where);
            } else {
                replacement = ref(name, where);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private JsonNode select(JsonNode argument, String where) {
        if (!argument.isArray() || argument.size() != 2) {
            throw problem(where, "has Fn::Select " + abbreviate(argument) + "; expected [index, [values]]");
        }
        int index = Integer.parseInt(text(resolve(argument.get(0), where), "Fn::Select", where));
        JsonNode values = resolve(argument.get(1), where);
        if (!values.isArray() || index < 0 || index >= values.size()) {
            throw problem(where, "has Fn::Select index " + index + " outside " + abbreviate(values));
        }
        return values.get(index);
    }

    private JsonNode split(JsonNode argument, String where) {
        if (!argument.isArray() || argument.size() != 2) {
            throw problem(where, "has Fn::Split " + abbreviate(argument) + "; expected [delimiter, string]");
        }
        String delimiter = text(argument.get(0), "Fn::Split", where);
        String source = text(resolve(argument.get(1), where), "Fn::Split", where);
        ArrayNode parts = NODES.arrayNode();
        for (String part : source.split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    private String text(JsonNode node, String function, String where) {
        JsonNode resolved = resolve(node, where);
        if (!resolved.isValueNode()) {
            throw problem(where, "has a " + function + " argument that is not a string: " + abbreviate(resolved));
        }
        return resolved.asText();
    }

    private IllegalArgumentException problem(String where, String what) {
        return new IllegalArgumentException(origin + " at " + where + " " + what);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
