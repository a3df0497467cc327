package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.compile.CompiledMachine;
import dev.lockstep.engine.internal.compile.Compiler;
import dev.lockstep.engine.internal.jsonata.JsonataSyntaxException;
import dev.lockstep.engine.internal.parse.DefinitionReader;
import dev.lockstep.engine.internal.parse.ModelBuilder;
import dev.lockstep.engine.internal.parse.SourceText;
import dev.lockstep.engine.internal.path.PathSyntaxException;
import dev.lockstep.engine.internal.validate.DefinitionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A valid Amazon States Language definition, parsed and compiled once; JSON or YAML. Immutable and reusable across
 * engines.
 *
 * <pre>{@code
 * StateMachineDefinition definition = StateMachineDefinition.fromResource("orders.asl.json");
 * ValidationResult result = StateMachineDefinition.validate(text); // never throws
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class StateMachineDefinition {

    private final String text;
    private final StateMachineType type;
    private final SourceText source;
    private final List<Diagnostic> warnings;
    private final CompiledMachine compiled;

    private StateMachineDefinition(
            String text,
            StateMachineType type,
            SourceText source,
            List<Diagnostic> warnings,
            CompiledMachine compiled) {
        this.text = text;
        this.type = type;
        this.source = source;
        this.warnings = List.copyOf(warnings);
        this.compiled = compiled;
    }

    /**
     * Parses and validates a definition for a Standard state machine.
     *
     * @throws InvalidDefinitionException when CreateStateMachine would refuse it
     */
    public static StateMachineDefinition parse(String text) {
        return parse(text, StateMachineType.STANDARD);
    }

    /**
     * Parses and validates a definition for a state machine of {@code type}.
     *
     * @throws InvalidDefinitionException when CreateStateMachine would refuse it
     */
    public static StateMachineDefinition parse(String text, StateMachineType type) {
        Objects.requireNonNull(type, "type");
        DefinitionReader.Result read = DefinitionReader.read(text);
        if (!read.ok()) {
            throw new InvalidDefinitionException(new ValidationResult(List.of(read.problem())));
        }
        Checked checked = checkAndCompile(read.source(), type);
        if (!checked.result().isValid()) {
            throw new InvalidDefinitionException(checked.result());
        }
        return new StateMachineDefinition(
                text, type, read.source(), checked.result().warnings(), checked.compiled());
    }

    /** What checking a definition found, and its compiled form when it is valid. */
    private record Checked(ValidationResult result, CompiledMachine compiled) {}

    /**
     * Validates, then compiles a valid definition; what only compiling finds (JSONata syntax, a path the validator let
     * through) becomes a diagnostic, so that validate() and parse() always agree.
     */
    private static Checked checkAndCompile(SourceText source, StateMachineType type) {
        ValidationResult result = check(source, type);
        if (!result.isValid()) {
            return new Checked(result, null);
        }
        Diagnostic problem;
        try {
            return new Checked(result, Compiler.compile(ModelBuilder.build(source.root())));
        } catch (PathSyntaxException e) {
            // The validator checks every path; this is the safety net that keeps a miss from becoming a stack trace.
            problem = Diagnostic.error(
                    "SCHEMA_VALIDATION_FAILED", "The value '" + e.text() + "' is not valid: " + e.getMessage(), null);
        } catch (JsonataSyntaxException e) {
            // AWS checks JSONata when the state machine is created (floci, measured: INVALID_JSONATA_EXPRESSION with
            // the parser's message at the field). The validator checks the {% %} delimiters; the parser finds the rest.
            problem = Diagnostic.error(
                    "INVALID_JSONATA_EXPRESSION",
                    "The JSONata expression '" + e.expression() + "' is not valid: " + e.getMessage(),
                    e.location());
            int[] position = e.location() == null ? null : source.positionOf(e.location());
            if (position != null) {
                problem = problem.at(position[0], position[1]);
            }
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.add(0, problem);
        return new Checked(new ValidationResult(all), null);
    }

    /** Reads a definition file (JSON or YAML, UTF-8) and parses it. */
    public static StateMachineDefinition fromFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definition file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a definition from the classpath, e.g. {@code "workflows/orders.asl.json"}, and parses it. */
    public static StateMachineDefinition fromResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = StateMachineDefinition.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No definition on the classpath at '" + name + "'");
            }
            return fromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definition resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a definition from a stream (UTF-8; the stream is read to its end but not closed) and parses it. */
    public static StateMachineDefinition fromStream(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definition: " + e.getMessage(), e);
        }
    }

    /** Validates a definition for a Standard state machine; never throws. */
    public static ValidationResult validate(String text) {
        return validate(text, StateMachineType.STANDARD);
    }

    /** Validates a definition for a state machine of {@code type}, as ValidateStateMachineDefinition does. */
    public static ValidationResult validate(String text, StateMachineType type) {
        DefinitionReader.Result read = DefinitionReader.read(text);
        if (!read.ok()) {
            return new ValidationResult(List.of(read.problem()));
        }
        return checkAndCompile(read.source(), type).result();
    }

    private static ValidationResult check(SourceText source, StateMachineType type) {
        List<Diagnostic> located = new ArrayList<>();
        for (Diagnostic diagnostic : DefinitionValidator.validate(source.root(), type)) {
            int[] position = diagnostic.location() == null ? null : source.positionOf(diagnostic.location());
            located.add(position == null ? diagnostic : diagnostic.at(position[0], position[1]));
        }
        return new ValidationResult(located);
    }

    /** The type of state machine this definition was checked for. */
    public StateMachineType type() {
        return type;
    }

    /**
     * This definition checked for a state machine of {@code machineType}: itself when it was checked for that type,
     * else the same text parsed for it (an Express machine refuses what a Standard one allows).
     *
     * @throws InvalidDefinitionException when the definition is not valid for that type
     */
    public StateMachineDefinition forType(StateMachineType machineType) {
        Objects.requireNonNull(machineType, "machineType");
        return machineType == type ? this : parse(text, machineType);
    }

    /** The definition's text as given. */
    public String text() {
        return text;
    }

    /** The definition as a JSON tree (YAML definitions too); do not modify it. */
    public JsonNode json() {
        return source.root();
    }

    /** Warnings the validator found (a valid definition has no errors). */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** Internal: the compiled form, shared by every execution. */
    @API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1.0")
    public CompiledMachine compiled() {
        return compiled;
    }
}
