package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.graphql.internal.cloudformation.TemplateTree;
import dev.lockstep.junit.DefinitionSource;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.internal.JsonText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns {@link DefinitionSource}s into compiled definitions: plain definitions, CloudFormation/SAM/CDK templates and
 * serverless.yml files, told apart by their content. Each distinct source (with its substitutions, region and
 * account) is read and compiled once per run and shared by every test that deploys it.
 */
public final class DefinitionLoader {

    private record Key(DefinitionSource source, Map<String, String> substitutions, String region, String accountId) {}

    private final Map<Key, List<LoadedDefinition>> cache = new ConcurrentHashMap<>();

    /** The definitions of every source in {@code options}, in order. */
    public List<LoadedDefinition> load(LockstepOptions options) {
        List<LoadedDefinition> loaded = new ArrayList<>();
        for (DefinitionSource source : options.definitions()) {
            Key key = new Key(source, options.substitutions(), options.region(), options.accountId());
            loaded.addAll(cache.computeIfAbsent(key, k -> read(k.source(), options)));
        }
        return loaded;
    }

    private static List<LoadedDefinition> read(DefinitionSource source, LockstepOptions options) {
        SourceFile file = SourceFile.read(source);
        if (isPlainDefinition(file.text())) {
            String name = source.name() != null ? source.name() : baseName(file.fileName());
            TemplateMachine machine =
                    new TemplateMachine(name, List.of(name), file.text(), source.type(), file.toString());
            return List.of(new LoadedDefinition(name, compile(machine), machine.type(), machine.origin()));
        }
        JsonNode root = tree(file);
        List<TemplateMachine> machines;
        java.util.function.Predicate<List<String>> wanted =
                aliases -> source.select() == null || aliases.contains(source.select());
        try {
            if (CloudFormationReader.isTemplate(root)) {
                machines = CloudFormationReader.read(
                        file, root, options.substitutions(), options.region(), options.accountId(), wanted);
            } else if (ServerlessReader.isServerless(root)) {
                machines = ServerlessReader.read(
                        file, root, options.substitutions(), options.region(), options.accountId(), wanted);
            } else {
                String name = source.name() != null ? source.name() : baseName(file.fileName());
                machines =
                        List.of(new TemplateMachine(name, List.of(name), file.text(), source.type(), file.toString()));
            }
        } catch (IllegalArgumentException e) { // TemplateException, and the readers' own problems
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        machines = select(machines, source, file);
        if (machines.isEmpty()) {
            throw new ExtensionConfigurationException(file + " holds no state machine: expected an Amazon States"
                    + " Language definition, a template with AWS::StepFunctions::StateMachine or"
                    + " AWS::Serverless::StateMachine resources, or a serverless.yml with stepFunctions.stateMachines");
        }
        if (source.name() != null && machines.size() > 1) {
            throw new ExtensionConfigurationException(file + " holds " + machines.size() + " state machines ("
                    + names(machines) + "); name = \"" + source.name() + "\" needs one: add select = \"...\"");
        }
        List<LoadedDefinition> loaded = new ArrayList<>();
        for (TemplateMachine machine : machines) {
            String name = source.name() != null ? source.name() : machine.name();
            loaded.add(new LoadedDefinition(name, compile(machine), machine.type(), machine.origin()));
        }
        return List.copyOf(loaded);
    }

    private static List<TemplateMachine> select(
            List<TemplateMachine> machines, DefinitionSource source, SourceFile file) {
        if (source.select() == null) {
            return machines;
        }
        List<TemplateMachine> chosen = machines.stream()
                .filter(m -> m.aliases().contains(source.select()))
                .toList();
        if (chosen.isEmpty()) {
            throw new ExtensionConfigurationException(file + " has no state machine '" + source.select() + "'; it has "
                    + machines.stream()
                            .map(m -> String.join(" / ", m.aliases()))
                            .collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    private static StateMachineDefinition compile(TemplateMachine machine) {
        try {
            return StateMachineDefinition.parse(machine.definitionText(), machine.type());
        } catch (InvalidDefinitionException e) {
            throw new ExtensionConfigurationException(
                    "The state machine '" + machine.name() + "' from " + machine.origin() + " is not valid: "
                            + e.getMessage(),
                    e);
        }
    }

    private static JsonNode tree(SourceFile file) {
        try {
            return TemplateTree.read(file.text());
        } catch (IOException e) {
            throw new ExtensionConfigurationException(file + " is neither JSON nor YAML: " + firstLine(e.getMessage()));
        }
    }

    /** The text of a definition file as JSON, converting YAML (SAM's DefinitionUri accepts both). */
    static String asJsonText(SourceFile file) {
        String trimmed = file.text().stripLeading();
        if (trimmed.startsWith("{")) {
            return file.text();
        }
        return JsonText.compact(tree(file));
    }

    /** How a test supplies a value a template lacks, for the resolver's messages. */
    static String howToSupply(String name) {
        return "@Substitution(name = \"" + name + "\", value = \"...\")";
    }

    /**
     * A text without the words every template has is a plain definition: it goes to the engine's parser straight
     * away, without being read into a tree here first (the first test of a suite pays for every parse).
     */
    private static boolean isPlainDefinition(String text) {
        return !text.contains("Resources") && !text.contains("stepFunctions");
    }

    private static String baseName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String names(List<TemplateMachine> machines) {
        return machines.stream().map(TemplateMachine::name).collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
