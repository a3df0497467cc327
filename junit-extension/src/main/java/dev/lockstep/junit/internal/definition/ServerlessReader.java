package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.graphql.internal.cloudformation.TemplateResolver;
import dev.lockstep.junit.internal.JsonText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state machines of a Serverless Framework {@code serverless.yml} with the step-functions plugin: every entry of
 * {@code stepFunctions.stateMachines}, with its {@code name}, {@code type} and {@code definition}. Serverless
 * variables ({@code ${self:...}}, {@code ${sls:stage}}, {@code ${opt:...}}, {@code ${env:...}}, {@code ${aws:...}})
 * resolve against the file, the supplied values and their defaults; {@code Fn::GetAtt} and {@code Ref} may name a
 * function by its key, as the plugin allows, or a resource of {@code resources.Resources}.
 */
final class ServerlessReader {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^${}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ServerlessReader() {}

    static boolean isServerless(JsonNode root) {
        return root.path("stepFunctions").isObject() && root.has("service");
    }

    static List<TemplateMachine> read(
            SourceFile file,
            JsonNode root,
            Map<String, String> supplied,
            String region,
            String accountId,
            java.util.function.Predicate<List<String>> wanted) {
        String origin = file.toString();
        String service = resolveVariables(root.path("service"), root, supplied, region, accountId, origin)
                .asText();
        String stage = stage(root, supplied);
        ObjectNode template = NODES.objectNode();
        ObjectNode resources = template.putObject("Resources");
        Iterator<Map.Entry<String, JsonNode>> functions = root.path("functions").fields();
        while (functions.hasNext()) {
            Map.Entry<String, JsonNode> function = functions.next();
            ObjectNode resource = NODES.objectNode();
            resource.put("Type", "AWS::Lambda::Function");
            JsonNode explicit = function.getValue().path("name");
            String functionName = explicit.isTextual()
                    ? resolveVariables(explicit, root, supplied, region, accountId, origin)
                            .asText()
                    : service + "-" + stage + "-" + function.getKey();
            resource.putObject("Properties").put("FunctionName", functionName);
            // The plugin accepts the function's key; CloudFormation knows it as <Key>LambdaFunction.
            resources.set(function.getKey(), resource);
            resources.set(capitalize(function.getKey()) + "LambdaFunction", resource);
        }
        root.path("resources")
                .path("Resources")
                .fields()
                .forEachRemaining(e -> resources.set(e.getKey(), e.getValue()));
        TemplateResolver resolver = new TemplateResolver(
                template, supplied, region, accountId, service + "-" + stage, origin, DefinitionLoader::howToSupply);

        List<TemplateMachine> machines = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries =
                root.path("stepFunctions").path("stateMachines").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String where = "/stepFunctions/stateMachines/" + entry.getKey();
            JsonNode machine = resolveVariables(entry.getValue(), root, supplied, region, accountId, origin);
            String name = machine.path("name").isTextual() ? machine.get("name").asText() : entry.getKey();
            StateMachineType type = machine.path("type").isTextual()
                    ? StateMachineType.valueOf(machine.get("type").asText().toUpperCase(Locale.ROOT))
                    : StateMachineType.STANDARD;
            List<String> aliases = name.equals(entry.getKey()) ? List.of(name) : List.of(name, entry.getKey());
            if (!wanted.test(aliases)) {
                machines.add(new TemplateMachine(name, aliases, null, type, origin + " (" + entry.getKey() + ")"));
                continue;
            }
            JsonNode definition = machine.path("definition");
            if (!definition.isObject()) {
                throw new IllegalArgumentException(origin + " at " + where + " has no definition object");
            }
            String text = JsonText.compact(resolver.resolve(definition, where + "/definition"));
            machines.add(new TemplateMachine(name, aliases, text, type, origin + " (" + entry.getKey() + ")"));
        }
        return machines;
    }

    private static String stage(JsonNode root, Map<String, String> supplied) {
        if (supplied.containsKey("sls:stage")) {
            return supplied.get("sls:stage");
        }
        if (supplied.containsKey("opt:stage")) {
            return supplied.get("opt:stage");
        }
        JsonNode stage = root.path("provider").path("stage");
        return stage.isTextual() && !stage.asText().contains("${") ? stage.asText() : "dev";
    }

    /** {@code value} with every Serverless variable in its strings replaced. */
    static JsonNode resolveVariables(
            JsonNode value,
            JsonNode root,
            Map<String, String> supplied,
            String region,
            String accountId,
            String origin) {
        if (value.isTextual()) {
            return NODES.textNode(resolveText(value.asText(), root, supplied, region, accountId, origin, 0));
        }
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            value.fields()
                    .forEachRemaining(field -> copy.set(
                            field.getKey(),
                            resolveVariables(field.getValue(), root, supplied, region, accountId, origin)));
            return copy;
        }
        if (value.isArray()) {
            var copy = NODES.arrayNode();
            value.forEach(item -> copy.add(resolveVariables(item, root, supplied, region, accountId, origin)));
            return copy;
        }
        return value;
    }

    private static String resolveText(
            String text,
            JsonNode root,
            Map<String, String> supplied,
            String region,
            String accountId,
            String origin,
            int depth) {
        if (depth > 10) {
            throw new IllegalArgumentException(origin + ": Serverless variables nest more than 10 deep in " + text);
        }
        Matcher matcher = VARIABLE.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        matcher.reset();
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = variable(matcher.group(1).trim(), root, supplied, region, accountId, origin);
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        // Innermost variables first: a resolved value may complete an outer one.
        return resolveText(result.toString(), root, supplied, region, accountId, origin, depth + 1);
    }

    private static String variable(
            String expression,
            JsonNode root,
            Map<String, String> supplied,
            String region,
            String accountId,
            String origin) {
        String reference = expression;
        String fallback = null;
        int comma = expression.indexOf(',');
        if (comma >= 0) {
            reference = expression.substring(0, comma).trim();
            fallback = unquote(expression.substring(comma + 1).trim());
        }
        if (supplied.containsKey(reference)) {
            return supplied.get(reference);
        }
        String found = null;
        if (reference.startsWith("self:")) {
            JsonNode node = root;
            for (String part : reference.substring("self:".length()).split("\\.")) {
                node = node.path(part);
            }
            found = node.isValueNode() ? node.asText() : null;
        } else if (reference.equals("sls:stage") || reference.equals("opt:stage")) {
            found = stage(root, supplied);
        } else if (reference.equals("opt:region") || reference.equals("aws:region")) {
            found = root.path("provider").path("region").isTextual()
                    ? root.path("provider").path("region").asText()
                    : region;
        } else if (reference.equals("aws:accountId")) {
            found = accountId;
        } else if (reference.startsWith("env:")) {
            found = System.getenv(reference.substring("env:".length()));
        }
        if (found != null) {
            return found;
        }
        if (fallback != null) {
            boolean quoted = !expression.substring(comma + 1).trim().equals(fallback);
            // An unquoted fallback is itself a variable: ${opt:stage, self:provider.stage}.
            return !quoted && fallback.contains(":")
                    ? variable(fallback, root, supplied, region, accountId, origin)
                    : fallback;
        }
        throw new IllegalArgumentException(origin + ": the Serverless variable ${" + expression
                + "} has no value here: supply it with @Substitution(name = \"" + reference + "\", value = \"...\")");
    }

    private static String unquote(String text) {
        if (text.length() >= 2
                && ((text.startsWith("'") && text.endsWith("'")) || (text.startsWith("\"") && text.endsWith("\"")))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String capitalize(String key) {
        // The framework's normalization: first letter upper case, dashes and underscores spelled out.
        String normalized = key.replace("-", "Dash").replace("_", "Underscore");
        return normalized.isEmpty()
                ? normalized
                : Character.toUpperCase(normalized.charAt(0)) + normalized.substring(1);
    }
}
