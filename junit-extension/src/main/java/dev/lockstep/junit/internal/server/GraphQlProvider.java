package dev.lockstep.junit.internal.server;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.internal.definition.SourceFile;
import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The AppSync GraphQL API of {@code @GraphQl}, for one engine: its Step Functions data sources call that engine, and
 * the test's substitutions fill the template's parameters. Each distinct source is loaded and compiled once per run
 * (schema and mapping templates, most of an API's setup) and bound to each engine with {@link
 * GraphQlApi#withEngine}, which costs little; so a test that asks for the API pays for the binding, not the load.
 */
public final class GraphQlProvider implements LockstepResourceProvider {

    @Override
    public boolean supports(Class<?> type) {
        return type == GraphQlApi.class;
    }

    @Override
    public Object create(Class<?> type, Context context) {
        LockstepOptions options = context.options();
        if (options.graphql() == null) {
            throw new ExtensionConfigurationException("No GraphQL API is configured for this test: add"
                    + " @GraphQl(\"your-api.yaml\") to the test class or method");
        }
        return context.shared(LoadedApis.class, LoadedApis::new).get(options).withEngine(context.engine());
    }

    /**
     * The run's compiled APIs, one per source with its substitutions, region and account (a template's parameters
     * and pseudo parameters are resolved when it is loaded). Thread-safe.
     */
    static final class LoadedApis {

        private record Key(
                LockstepOptions.ApiSource source, Map<String, String> substitutions, String region, String accountId) {}

        private final Map<Key, GraphQlApi> apis = new ConcurrentHashMap<>();

        GraphQlApi get(LockstepOptions options) {
            return apis.computeIfAbsent(
                    new Key(options.graphql(), options.substitutions(), options.region(), options.accountId()),
                    LoadedApis::load);
        }

        /**
         * Loads with an engine of its own, closed at once, rather than the first test's: the API kept for the run
         * then holds no test's engine and executions. The loader needs an engine for each Step Functions data source,
         * and takes the template's {@code AWS::Region} and {@code AWS::AccountId} from it.
         */
        private static GraphQlApi load(Key key) {
            LoadOptions loadOptions = LoadOptions.defaults();
            for (Map.Entry<String, String> value : key.substitutions().entrySet()) {
                loadOptions = loadOptions.withParameter(value.getKey(), value.getValue());
            }
            try (Engine loading = Engine.builder()
                    .region(key.region())
                    .accountId(key.accountId())
                    .build()) {
                return GraphQlApi.load(
                        SourceFile.path(key.source().location(), key.source().onClasspath()),
                        loadOptions.withEngine(loading));
            }
        }
    }
}
