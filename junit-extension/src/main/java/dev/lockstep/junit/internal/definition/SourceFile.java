package dev.lockstep.junit.internal.definition;

import dev.lockstep.junit.DefinitionSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The text of a definition or template, and how to reach files next to it (SAM's {@code DefinitionUri}). */
record SourceFile(String location, boolean onClasspath, String text) {

    static SourceFile read(DefinitionSource source) {
        return read(source.location(), source.onClasspath());
    }

    static SourceFile read(String location, boolean onClasspath) {
        if (onClasspath) {
            String name = location.startsWith("/") ? location.substring(1) : location;
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = SourceFile.class.getClassLoader();
            }
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new ExtensionConfigurationException("No file on the classpath at '" + name
                            + "'. Put it under src/test/resources (or src/main/resources), or use file = \"...\" for a"
                            + " path such as cdk.out/MyStack.template.json");
                }
                return new SourceFile(name, true, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath:" + name + ": " + e.getMessage(), e);
            }
        }
        Path path = Path.of(location);
        try {
            return new SourceFile(location, false, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ExtensionConfigurationException(
                    "No file at '" + path.toAbsolutePath().normalize()
                            + "' (file = \"" + location + "\" is relative to the working directory, "
                            + Path.of("").toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
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
