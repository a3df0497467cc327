package dev.lockstep.junit.internal;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.internal.definition.DefinitionLoader;
import dev.lockstep.junit.internal.definition.LoadedDefinition;
import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One engine with its state machines deployed, the log of its executions, and the resources made for it (a server,
 * SDK clients ...). Closing it closes the resources, newest first, then the engine.
 */
public final class EngineSession implements AutoCloseable, LockstepResourceProvider.Context {

    private static final List<LockstepResourceProvider> PROVIDERS = loadProviders();

    private final Engine engine;
    private final LockstepOptions options;
    private final Instant initialTime;
    private final ExecutionLog log = new ExecutionLog();
    private final Map<Class<?>, Object> resources = new LinkedHashMap<>();
    private final Map<String, LoadedDefinition> deployed = new HashMap<>();
    private final ExtensionContext.Store runStore;

    private EngineSession(LockstepOptions options, DefinitionLoader loader, ExtensionContext.Store runStore) {
        this.options = options;
        this.runStore = runStore;
        this.initialTime = options.initialTime() != null
                ? options.initialTime()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Engine.Builder builder = Engine.builder()
                .region(options.region())
                .accountId(options.accountId())
                .seed(options.seed())
                .startTime(initialTime)
                .timeMode(options.timeMode())
                .strictTasks(options.strictTasks())
                .listener(log);
        if (options.mockConfig() != null) {
            builder.mockConfig(loader.mockConfig(options.mockConfig()));
        }
        this.engine = builder.build();
        try {
            deploy(loader.load(options));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * Builds the engine and deploys the definitions.
     *
     * @param runStore the root context's store, where the resource providers' {@link #shared} values live
     */
    public static EngineSession open(
            LockstepOptions options, DefinitionLoader loader, ExtensionContext.Store runStore) {
        return new EngineSession(options, loader, runStore);
    }

    /**
     * Deploys the definitions not deployed yet (a test method may add some to a class's engine).
     *
     * @throws ExtensionConfigurationException when another definition is already deployed under one of the names
     */
    public synchronized void deploy(List<LoadedDefinition> definitions) {
        for (LoadedDefinition definition : definitions) {
            LoadedDefinition existing = deployed.get(definition.name());
            if (existing == null) {
                engine.deploy(definition.name(), definition.definition(), definition.type());
                deployed.put(definition.name(), definition);
            } else if (!sameMachine(existing, definition)) {
                throw new ExtensionConfigurationException("Two state machines are named '" + definition.name()
                        + "': one from " + existing.origin() + " and another from " + definition.origin()
                        + ", with a different definition or type; an engine holds one state machine of a name: give"
                        + " one of them another name with @StateMachine(name = \"...\")");
            }
        }
    }

    private static boolean sameMachine(LoadedDefinition a, LoadedDefinition b) {
        return a.type() == b.type()
                && (a.definition() == b.definition()
                        || a.definition().text().equals(b.definition().text()));
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public LockstepOptions options() {
        return options;
    }

    public Instant initialTime() {
        return initialTime;
    }

    public ExecutionLog log() {
        return log;
    }

    public List<StateMachine> stateMachines() {
        return engine.stateMachines();
    }

    /** Whether some provider makes values of {@code type}. */
    public static boolean provides(Class<?> type) {
        return PROVIDERS.stream().anyMatch(provider -> provider.supports(type));
    }

    @Override
    public synchronized <T> T resource(Class<T> type) {
        Object existing = resources.get(type);
        if (existing == null) {
            LockstepResourceProvider provider = PROVIDERS.stream()
                    .filter(p -> p.supports(type))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No Lockstep resource provider makes "
                            + type.getName() + "; providers found: "
                            + PROVIDERS.stream()
                                    .map(p -> p.getClass().getName())
                                    .sorted()
                                    .toList()));
            existing = provider.create(type, this);
            resources.put(type, existing);
        }
        return type.cast(existing);
    }

    /** A key of its own, so a provider's class cannot collide with the extension's keys in the same store. */
    private record SharedKey(Class<?> type) {}

    @Override
    public <T> T shared(Class<T> type, Supplier<? extends T> factory) {
        return runStore.getOrComputeIfAbsent(new SharedKey(type), key -> factory.get(), type);
    }

    @Override
    public synchronized void close() {
        List<Object> newestFirst = new ArrayList<>(resources.values());
        java.util.Collections.reverse(newestFirst);
        RuntimeException failure = null;
        for (Object resource : newestFirst) {
            if (resource instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("Closing " + resource + " failed: " + e.getMessage(), e);
                    }
                }
            }
        }
        resources.clear();
        engine.close();
        if (failure != null) {
            throw failure;
        }
    }

    private static List<LockstepResourceProvider> loadProviders() {
        List<LockstepResourceProvider> providers = new ArrayList<>();
        ServiceLoader.load(LockstepResourceProvider.class, EngineSession.class.getClassLoader())
                .forEach(providers::add);
        return List.copyOf(providers);
    }
}
