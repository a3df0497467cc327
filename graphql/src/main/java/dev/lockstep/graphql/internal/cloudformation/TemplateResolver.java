package dev.lockstep.graphql.internal.cloudformation;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Resolves CloudFormation's intrinsic functions in a template value: {@code Ref}, {@code Fn::GetAtt}, {@code
 * Fn::Join}, {@code Fn::Sub}, {@code Fn::Select} and {@code Fn::Split} (CloudFormation user guide: "Intrinsic function
 * reference"). References resolve first to the values the caller supplies, then to the template's parameter defaults
 * and pseudo parameters, then to what AWS would return for the resource types state machines and AppSync APIs
 * reference (functions, queues, topics, tables, buckets, roles, state machines, activities, event buses, GraphQL APIs,
 * data sources, functions and keys), named after the resource's name property or, as CloudFormation itself cannot know
 * generated names here, its logical id. What it cannot resolve is a {@link TemplateException} that names the file, the
 * JSON pointer, and how to supply the value.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TemplateResolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final JsonNode template;
    private final Map<String, String> supplied;
    private final String region;
    private final String accountId;
    private final String stackName;
    private final String origin;
    private final Function<String, String> howToSupply;

    /**
     * @param template the whole template
     * @param supplied values that win over everything else: parameters, pseudo parameters, {@code Logical.Attribute}
     * @param region the region in ARNs and {@code AWS::Region}
     * @param accountId the account in ARNs and {@code AWS::AccountId}
     * @param stackName {@code AWS::StackName}; see {@link #stackName(String)}
     * @param origin the template's name in messages, e.g. {@code classpath:template.yaml}
     * @param howToSupply how a caller's user supplies the value of a name, e.g. {@code @Substitution(name = "X", value =
     *     "...")}
     */
    public TemplateResolver(
            JsonNode template,
            Map<String, String> supplied,
            String region,
            String accountId,
            String stackName,
            String origin,
            Function<String, String> howToSupply) {
        this.template = template;
        this.supplied = supplied;
        this.region = region;
        this.accountId = accountId;
        this.stackName = stackName;
        this.origin = origin;
        this.howToSupply = howToSupply;
    }

    /** CDK writes {@code <Stack>.template.json}; a stack's name is what comes before the first dot. */
    public static String stackName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * {@code value} with every intrinsic function replaced by its result; a missing node for {@code {"Ref":
     * "AWS::NoValue"}}, which objects and lists then leave out, as CloudFormation removes the property.
     */
    public JsonNode resolve(JsonNode value, String where) {
        if (value.isObject() && value.size() == 1) {
            String key = value.fieldNames().next();
            JsonNode argument = value.get(key);
            switch (key) {
                case "Ref":
                    String name = argumentText(argument, "Ref", where);
                    return name.equals("AWS::NoValue") ? NODES.missingNode() : NODES.textNode(ref(name, where));
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
                                "uses " + key + ", which Lockstep does not evaluate: write the value it stands for"
                                        + " instead, or a Ref to a parameter supplied with "
                                        + howToSupply.apply("..."));
                    }
            }
        }
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode resolved = resolve(field.getValue(), where + "/" + field.getKey());
                if (!resolved.isMissingNode()) {
                    copy.set(field.getKey(), resolved);
                }
            }
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                JsonNode resolved = resolve(value.get(i), where + "/" + i);
                if (!resolved.isMissingNode()) {
                    copy.add(resolved);
                }
            }
            return copy;
        }
        return value;
    }

    /**
     * {@code value} resolved to text; null when it is missing, null or {@code AWS::NoValue}.
     *
     * @throws TemplateException when it resolves to an object or a list
     */
    public String text(JsonNode value, String where) {
        JsonNode resolved = resolve(value, where);
        if (resolved.isMissingNode() || resolved.isNull()) {
            return null;
        }
        if (!resolved.isValueNode()) {
            throw problem(where, "is " + abbreviate(resolved) + " where a text was expected");
        }
        return resolved.asText();
    }

    /** What {@code Ref name} returns. */
    public String ref(String name, String where) {
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
                    "references the parameter " + name + ", which has no Default: supply it with "
                            + howToSupply.apply(name));
        }
        JsonNode resource = template.path("Resources").path(name);
        if (resource.isObject()) {
            String value = ResourceDefaults.ref(resource(name, resource));
            if (value != null) {
                return value;
            }
            throw problem(
                    where,
                    "references the resource " + name + " ("
                            + resource.path("Type").asText() + "), whose Ref Lockstep cannot guess: supply it with "
                            + howToSupply.apply(name));
        }
        throw problem(
                where,
                "references " + name + ", which is neither a parameter, a resource nor a pseudo parameter of the"
                        + " template: supply it with " + howToSupply.apply(name));
    }

    /** What {@code Fn::GetAtt [logicalId, attribute]} returns. */
    public String attribute(String logicalId, String attribute, String where) {
        String key = logicalId + "." + attribute;
        if (supplied.containsKey(key)) {
            return supplied.get(key);
        }
        JsonNode resource = template.path("Resources").path(logicalId);
        if (!resource.isObject()) {
            throw problem(
                    where,
                    "has Fn::GetAtt " + key + ", but the template has no resource " + logicalId + ": supply it with "
                            + howToSupply.apply(key));
        }
        String value = ResourceDefaults.attribute(resource(logicalId, resource), attribute);
        if (value == null) {
            throw problem(
                    where,
                    "has Fn::GetAtt " + key + " of a " + resource.path("Type").asText()
                            + ", which Lockstep cannot guess: supply it with " + howToSupply.apply(key));
        }
        return value;
    }

    /** The names of the state machine resource {@code logicalId}, and the one it is deployed under. */
    public StateMachineNames stateMachineNames(String logicalId) {
        return resource(logicalId, template.path("Resources").path(logicalId)).stateMachineNames();
    }

    private ResourceDefaults.Resource resource(String logicalId, JsonNode resource) {
        return new ResourceDefaults.Resource(
                logicalId, resource.path("Type").asText(), resource, region, accountId, property -> {
                    JsonNode value = resource.path("Properties").path(property);
                    if (value.isMissingNode() || value.isNull()) {
                        return null;
                    }
                    JsonNode resolved = resolve(value, "/Resources/" + logicalId + "/Properties/" + property);
                    return resolved.isValueNode() ? resolved.asText() : null;
                });
    }

    private String getAtt(JsonNode argument, String where) {
        String logicalId;
        String attribute;
        if (argument.isTextual() && argument.asText().contains(".")) {
            String text = argument.asText();
            logicalId = text.substring(0, text.indexOf('.'));
            attribute = text.substring(text.indexOf('.') + 1);
        } else if (argument.isArray() && argument.size() == 2) {
            logicalId = argumentText(argument.get(0), "Fn::GetAtt", where);
            attribute = argumentText(argument.get(1), "Fn::GetAtt", where);
        } else {
            throw problem(
                    where,
                    "has Fn::GetAtt " + abbreviate(argument)
                            + "; expected [LogicalId, Attribute] or \"LogicalId.Attribute\"");
        }
        return attribute(logicalId, attribute, where);
    }

    private String join(JsonNode argument, String where) {
        if (!argument.isArray() || argument.size() != 2) {
            throw problem(where, "has Fn::Join " + abbreviate(argument) + "; expected [delimiter, [values]]");
        }
        String delimiter = argumentText(argument.get(0), "Fn::Join", where);
        JsonNode values = resolve(argument.get(1), where);
        if (!values.isArray()) {
            throw problem(where, "has Fn::Join whose values are not a list: " + abbreviate(values));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                joined.append(delimiter);
            }
            joined.append(argumentText(values.get(i), "Fn::Join", where));
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
                replacement = argumentText(variables.get(name), "Fn::Sub", where);
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
        String index = argumentText(argument.get(0), "Fn::Select", where);
        if (!WHOLE_NUMBER.matcher(index).matches()) {
            throw problem(where, "has Fn::Select index '" + index + "', which is not a whole number from 0");
        }
        JsonNode values = resolve(argument.get(1), where);
        int position = Integer.parseInt(index);
        if (!values.isArray() || position >= values.size()) {
            throw problem(where, "has Fn::Select index " + position + " outside " + abbreviate(values));
        }
        return values.get(position);
    }

    private JsonNode split(JsonNode argument, String where) {
        if (!argument.isArray() || argument.size() != 2) {
            throw problem(where, "has Fn::Split " + abbreviate(argument) + "; expected [delimiter, string]");
        }
        String delimiter = argumentText(argument.get(0), "Fn::Split", where);
        String source = argumentText(argument.get(1), "Fn::Split", where);
        ArrayNode parts = NODES.arrayNode();
        for (String part : source.split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    /** An argument of {@code function}, resolved, as text. */
    private String argumentText(JsonNode node, String function, String where) {
        JsonNode resolved = resolve(node, where);
        if (!resolved.isValueNode()) {
            throw problem(where, "has a " + function + " argument that is not a string: " + abbreviate(resolved));
        }
        return resolved.asText();
    }

    private TemplateException problem(String where, String what) {
        return new TemplateException(origin + " at " + where + " " + what);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.isMissingNode() ? "AWS::NoValue" : node.toString();
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
