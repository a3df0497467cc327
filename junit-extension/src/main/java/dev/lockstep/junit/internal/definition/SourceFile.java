package dev.lockstep.junit.internal.definition;

import dev.lockstep.junit.DefinitionSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A file the annotations name: {@code value} on the classpath or {@code file} relative to the working directory. Every
 * file the extension reads (definitions, templates, mock configs, GraphQL APIs) is found here, so all say alike where
 * they looked. Also how to reach files next to a definition (SAM's {@code DefinitionUri}).
 */
public record SourceFile(String location, boolean onClasspath, String text) {

    static SourceFile read(DefinitionSource source) {
        return read(source.location(), source.onClasspath());
    }

    /** The file's text, UTF-8. */
    public static SourceFile read(String location, boolean onClasspath) {
        if (onClasspath) {
            String name = resourceName(location);
            try (InputStream in = resource(name).openStream()) {
                return new SourceFile(name, true, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath:" + name + ": " + e.getMessage(), e);
            }
        }
        Path path = Path.of(location);
        try {
            return new SourceFile(location, false, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw noFile(location, path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file as a path, for readers that find other files next to it (a GraphQL API's schema and resolvers): a
     * classpath resource must then be a file, not a jar entry.
     */
    public static Path path(String location, boolean onClasspath) {
        if (!onClasspath) {
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw noFile(location, path);
            }
            return path;
        }
        String name = resourceName(location);
        URL url = resource(name);
        if (!url.getProtocol().equals("file")) {
            throw new ExtensionConfigurationException("classpath:" + name + " is inside " + url
                    + ": the files next to it must be files too; use file = \"...\" with its path instead");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new ExtensionConfigurationException("Cannot read classpath:" + name + " at " + url, e);
        }
    }

    private static String resourceName(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }

    private static URL resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = (loader != null ? loader : SourceFile.class.getClassLoader()).getResource(name);
        if (url == null) {
            throw new ExtensionConfigurationException("No file on the classpath at '" + name
                    + "'. Put it under src/test/resources (or src/main/resources), or use file = \"...\" for a"
                    + " path such as cdk.out/MyStack.template.json");
        }
        return url;
    }

    private static ExtensionConfigurationException noFile(String location, Path path) {
        return new ExtensionConfigurationException(
                "No file at '" + path.toAbsolutePath().normalize()
                        + "' (file = \"" + location + "\" is relative to the working directory, "
                        + Path.of("").toAbsolutePath() + ")");
    }

    /** A file named relative to this one's folder, as SAM resolves a local {@code DefinitionUri}. */
    SourceFile sibling(String relative) {
        if (onClasspath) {
            int slash = location.lastIndexOf('/');
            String folder = slash < 0 ? "" : location.substring(0, slash + 1);
            return read(Path.of(folder + relative).normalize().toString().replace('\\', '/'), true);
        }
        Path folder = Path.of(location).toAbsolutePath().getParent();
        return read(folder.resolve(relative).normalize().toString(), false);
    }

    /** The file's name without folders, e.g. {@code OrdersStack.template.json}. */
    String fileName() {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }

    @Override
    public String toString() {
        return (onClasspath ? "classpath:" : "file:") + location;
    }
}
