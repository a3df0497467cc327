package dev.lockstep.junit.internal.server;

import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The AppSync GraphQL API of {@code @GraphQl}, loaded for one engine: its Step Functions data sources call that
 * engine, and the test's substitutions fill the template's parameters.
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
        return GraphQlApi.load(path(source), options);
    }

    private static Path path(LockstepOptions.ApiSource source) {
        if (!source.onClasspath()) {
            Path file = Path.of(source.location());
            if (!Files.isRegularFile(file)) {
                throw new ExtensionConfigurationException(
                        "No GraphQL API file at '" + file.toAbsolutePath().normalize() + "' (relative to "
                                + Path.of("").toAbsolutePath() + ")");
            }
            return file;
        }
        String name = source.location().startsWith("/") ? source.location().substring(1) : source.location();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = (loader != null ? loader : GraphQlProvider.class.getClassLoader()).getResource(name);
        if (url == null) {
            throw new ExtensionConfigurationException("No GraphQL API file on the classpath at '" + name + "'");
        }
        if (!url.getProtocol().equals("file")) {
            // Schema and resolver files are found next to the API file, which a jar entry cannot offer.
            throw new ExtensionConfigurationException("The GraphQL API '" + name + "' is inside " + url
                    + ": its schema and resolver files must be files; use @GraphQl(file = \"...\")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new ExtensionConfigurationException("Cannot read the GraphQL API at " + url, e);
        }
    }
}
