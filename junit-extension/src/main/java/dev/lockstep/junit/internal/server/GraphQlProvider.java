package dev.lockstep.junit.internal.server;

import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.internal.definition.SourceFile;
import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The AppSync GraphQL API of {@code @GraphQl}, loaded for one engine: its Step Functions data sources call that
 * engine, and the test's substitutions fill the template's parameters. Loaded once per engine, so once per test by
 * default: graphql offers no way yet to bind an API it has loaded (schema and mapping templates compiled) to another
 * engine, which would let a run load each file once.
 */
public final class GraphQlProvider implements LockstepResourceProvider {

    @Override
    public boolean supports(Class<?> type) {
        return type == GraphQlApi.class;
    }

    @Override
    public Object create(Class<?> type, Context context) {
        LockstepOptions.ApiSource source = context.options().graphql();
        if (source == null) {
            throw new ExtensionConfigurationException("No GraphQL API is configured for this test: add"
                    + " @GraphQl(\"your-api.yaml\") to the test class or method");
        }
        LoadOptions options = LoadOptions.defaults().withEngine(context.engine());
        for (Map.Entry<String, String> value : context.options().substitutions().entrySet()) {
            options = options.withParameter(value.getKey(), value.getValue());
        }
        return GraphQlApi.load(SourceFile.path(source.location(), source.onClasspath()), options);
    }
}
