package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.MockConfig;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns {@link DefinitionSource}s into compiled definitions: plain definitions, CloudFormation/SAM/CDK templates and
 * serverless.yml files, told apart by their content. Each distinct source (with its substitutions, region and
 * account) is read and compiled once per run and shared by every test that deploys it; so is each Step Functions
 * Local mock config, which is immutable once parsed.
 */
public final class DefinitionLoader {

    private record Key(DefinitionSource source, Map<String, String> substitutions, String region, String accountId) {}

    private record FileKey(String location, boolean onClasspath) {}

    private final Map<Key, List<LoadedDefinition>> cache = new ConcurrentHashMap<>();
    private final Map<FileKey, MockConfig> mockConfigs = new ConcurrentHashMap<>();

    /** The definitions of every source in {@code options}, in order. */
    public List<LoadedDefinition> load(LockstepOptions options) {
        List<LoadedDefinition> loaded = new ArrayList<>();
        for (DefinitionSource source : options.definitions()) {
            Key key = new Key(source, options.substitutions(), options.region(), options.accountId());
            loaded.addAll(cache.computeIfAbsent(key, k -> read(k.source(), options)));
        }
        return loaded;
    }

    /** The mock config at {@code source}, read and parsed on first use. */
    public MockConfig mockConfig(LockstepOptions.MockConfigSource source) {
        return mockConfigs.computeIfAbsent(new FileKey(source.location(), source.onClasspath()), key -> {
            SourceFile file = SourceFile.read(key.location(), key.onClasspath());
            try {
                return MockConfig.parse(file.text());
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(file + ": " + e.getMessage(), e);
            }
        });
    }

    private static List<LoadedDefinition> read(DefinitionSource source, LockstepOptions options) {
        SourceFile file = SourceFile.read(source);
        List<TemplateMachine> machines = isPlainDefinition(file.text())
                ? List.of(plainDefinition(source, file))
                : machines(source, file, options);
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

    /** The state machines of a template or serverless.yml, or the file itself as one definition. */
    private static List<TemplateMachine> machines(DefinitionSource source, SourceFile file, LockstepOptions options) {
        JsonNode root = tree(file);
        Predicate<List<String>> wanted = aliases -> source.select() == null || aliases.contains(source.select());
        try {
            if (CloudFormationReader.isTemplate(root)) {
                return CloudFormationReader.read(
                        file, root, options.substitutions(), options.region(), options.accountId(), wanted);
            }
            if (ServerlessReader.isServerless(root)) {
                return ServerlessReader.read(
                        file, root, options.substitutions(), options.region(), options.accountId(), wanted);
            }
        } catch (IllegalArgumentException e) { // TemplateException, and the readers' own problems
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        return List.of(plainDefinition(source, file));
    }

    /** The file as one definition, named by the source or after the file. */
    private static TemplateMachine plainDefinition(DefinitionSource source, SourceFile file) {
        String name = source.name() != null ? source.name() : baseName(file.fileName());
        return new TemplateMachine(name, List.of(name), file.text(), source.type(), file.toString());
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
