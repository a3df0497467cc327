package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A definition file named on the command line: its text, its default state machine name, and how to report on it. */
final class DefinitionFile {

    private final Path path;
    private final String text;

    private DefinitionFile(Path path, String text) {
        this.path = path;
        this.text = text;
    }

    /** Reads the file; on failure prints one line naming the problem and returns null. */
    static DefinitionFile read(Path path, PrintWriter err, String command) {
        try {
            return new DefinitionFile(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.printf("lockstep %s: no such file: %s%n", command, path);
        } catch (IOException e) {
            err.printf("lockstep %s: cannot read %s: %s%n", command, path, e.getMessage());
        }
        return null;
    }

    String text() {
        return text;
    }

    /** The state machine's default name: the file name up to its first dot ({@code Orders.asl.json} gives Orders). */
    String defaultName() {
        String file = path.getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Prints diagnostics as {@code file:line:column: severity: CODE: message (at location)}. */
    void print(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic diagnostic : diagnostics) {
            StringBuilder line = new StringBuilder(path.toString());
            if (diagnostic.line() > 0) {
                line.append(':').append(diagnostic.line()).append(':').append(diagnostic.column());
            }
            line.append(": ")
                    .append(diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(diagnostic.code())
                    .append(": ")
                    .append(diagnostic.message());
            if (diagnostic.location() != null) {
                line.append(" (at ").append(diagnostic.location()).append(')');
            }
            out.println(line);
        }
    }
}
