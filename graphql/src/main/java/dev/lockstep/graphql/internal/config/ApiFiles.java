package dev.lockstep.graphql.internal.config;

import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.LoadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads an API from a file, telling a Lockstep configuration file from an infrastructure template by content: a
 * template has a {@code Resources} map.
 */
public final class ApiFiles {

    private ApiFiles() {}

    public static GraphQlApi.Builder load(Path file, LoadOptions options) {
        String text = read(file);
        Object document;
        try {
            document = TemplateYaml.read(text);
        } catch (RuntimeException e) {
            throw new InvalidApiException(file + " is neither JSON nor YAML: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidApiException(file + " must hold a JSON or YAML object, either an API configuration (with"
                    + " schema, dataSources, resolvers) or a CloudFormation template (with Resources).");
        }
        Path base = options.baseDirectory() != null
                ? options.baseDirectory()
                : file.toAbsolutePath().getParent();
        GraphQlApi.Builder builder = map.get("Resources") instanceof Map<?, ?>
                ? new CloudFormationLoader(map, base, options, file.toString()).load()
                : new ConfigFileLoader(map, base, options, file.toString()).load();
        if (options.builderCustomizer() != null) {
            options.builderCustomizer().accept(builder);
        }
        return builder;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidApiException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
