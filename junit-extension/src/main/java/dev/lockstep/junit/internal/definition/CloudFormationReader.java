package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.graphql.internal.cloudformation.StateMachineNames;
import dev.lockstep.graphql.internal.cloudformation.TemplateResolver;
import dev.lockstep.junit.internal.JsonText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state machines of a CloudFormation, SAM or CDK-synthesized template: every {@code
 * AWS::StepFunctions::StateMachine} (properties Definition, DefinitionString, DefinitionS3Location,
 * DefinitionSubstitutions, StateMachineName, StateMachineType; CloudFormation template reference) and every {@code
 * AWS::Serverless::StateMachine} (Definition, DefinitionUri, DefinitionSubstitutions, Name, Type; SAM specification).
 */
final class CloudFormationReader {

    /** A DefinitionSubstitutions placeholder: {@code ${key}} (CloudFormation template reference). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

    private CloudFormationReader() {}

    static boolean isTemplate(JsonNode root) {
        return root.path("Resources").isObject();
    }

    /**
     * The state machines of the template; only those {@code wanted} by their aliases get a definition (the others
     * have a null text), so that one a test does not select cannot fail it.
     */
    static List<TemplateMachine> read(
            SourceFile file,
            JsonNode template,
            Map<String, String> supplied,
            String region,
            String accountId,
            java.util.function.Predicate<List<String>> wanted) {
        TemplateResolver resolver = new TemplateResolver(
                template,
                supplied,
                region,
                accountId,
                TemplateResolver.stackName(file.fileName()),
                file.toString(),
                DefinitionLoader::howToSupply);
        List<TemplateMachine> machines = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> resources =
                template.path("Resources").fields();
        while (resources.hasNext()) {
            Map.Entry<String, JsonNode> entry = resources.next();
            String type = entry.getValue().path("Type").asText();
            if (type.equals("AWS::StepFunctions::StateMachine") || type.equals("AWS::Serverless::StateMachine")) {
                machines.add(machine(file, entry.getKey(), entry.getValue(), resolver, supplied, type, wanted));
            }
        }
        return machines;
    }

    private static TemplateMachine machine(
            SourceFile file,
            String logicalId,
            JsonNode resource,
            TemplateResolver resolver,
            Map<String, String> supplied,
            String resourceType,
            java.util.function.Predicate<List<String>> wanted) {
        boolean sam = resourceType.startsWith("AWS::Serverless");
        String where = "/Resources/" + logicalId + "/Properties";
        JsonNode properties = resource.path("Properties");
        String origin = file + " (" + logicalId + ")";
        StateMachineNames names = resolver.stateMachineNames(logicalId);
        String name = names.name();
        List<String> aliases = names.aliases();
        JsonNode typeNode = properties.path(sam ? "Type" : "StateMachineType");
        StateMachineType type = typeNode.isMissingNode()
                ? StateMachineType.STANDARD
                : StateMachineType.valueOf(
                        resolver.resolve(typeNode, where).asText().toUpperCase(Locale.ROOT));
        if (!wanted.test(aliases)) {
            return new TemplateMachine(name, aliases, null, type, origin);
        }
        String text = definitionText(file, logicalId, properties, resolver, where, sam);
        Map<String, String> substitutions = new LinkedHashMap<>();
        JsonNode declared = properties.path("DefinitionSubstitutions");
        if (declared.isObject()) {
            JsonNode resolved = resolver.resolve(declared, where + "/DefinitionSubstitutions");
            resolved.fields()
                    .forEachRemaining(field ->
                            substitutions.put(field.getKey(), field.getValue().asText()));
        }
        substitutions.putAll(supplied);
        text = substitute(text, substitutions, origin, !declared.isMissingNode());
        return new TemplateMachine(name, aliases, text, type, origin);
    }

    private static String definitionText(
            SourceFile file,
            String logicalId,
            JsonNode properties,
            TemplateResolver resolver,
            String where,
            boolean sam) {
        if (properties.has("Definition")) {
            JsonNode definition = resolver.resolve(properties.get("Definition"), where + "/Definition");
            return JsonText.compact(definition);
        }
        if (properties.has("DefinitionString")) {
            return resolver.resolve(properties.get("DefinitionString"), where + "/DefinitionString")
                    .asText();
        }
        if (sam && properties.has("DefinitionUri")) {
            JsonNode uri = properties.get("DefinitionUri");
            if (uri.isTextual() && !uri.asText().startsWith("s3://")) {
                SourceFile definition = file.sibling(uri.asText());
                return DefinitionLoader.asJsonText(definition);
            }
            throw new IllegalArgumentException(file + " at " + where + "/DefinitionUri points to S3 (" + uri
                    + "), which a test cannot read: point DefinitionUri at the local file SAM uploads, or use"
                    + " @StateMachine on that file");
        }
        if (properties.has("DefinitionS3Location")) {
            throw new IllegalArgumentException(file + " at " + where
                    + "/DefinitionS3Location points to S3, which a test cannot read: use @StateMachine on the local"
                    + " definition file, with @Substitution for its DefinitionSubstitutions");
        }
        throw new IllegalArgumentException(file + " at " + where + ": the state machine " + logicalId
                + " has no Definition, DefinitionString" + (sam ? " or DefinitionUri" : " or DefinitionS3Location"));
    }

    /** Replaces each {@code ${key}} whose key has a value; a key without one is an error that names it. */
    static String substitute(String text, Map<String, String> values, String origin, boolean strict) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null) {
                missing.add(key);
                value = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        if (strict && !missing.isEmpty()) {
            throw new IllegalArgumentException(origin + ": the definition uses ${" + String.join("}, ${", missing)
                    + "}, which DefinitionSubstitutions does not define: add it to the template or supply it with"
                    + " @Substitution(name = \"" + missing.get(0) + "\", value = \"...\")");
        }
        return result.toString();
    }
}
