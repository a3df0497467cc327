package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One finding about a state machine definition, as AWS's ValidateStateMachineDefinition reports it.
 *
 * <pre>{@code
 * Diagnostic d = ...;
 * d.code();     // "MISSING_TRANSITION_TARGET"
 * d.message();  // "Missing 'Next' target: Ghost"
 * d.location(); // "/States/A/Next"
 * }</pre>
 *
 * @param severity ERROR makes the definition invalid; WARNING does not
 * @param code AWS's diagnostic code, e.g. {@code SCHEMA_VALIDATION_FAILED}
 * @param message what is wrong, in AWS's wording where AWS's is known
 * @param location where, as AWS writes it: {@code /States/<State>/<Field>}, array items as {@code [i]}; may be
 *     {@code null} when the problem has no place (e.g. no terminal state)
 * @param line 1-based line in the source text, or 0 when unknown
 * @param column 1-based column in the source text, or 0 when unknown
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Diagnostic(Severity severity, String code, String message, String location, int line, int column) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** The definition is invalid: CreateStateMachine would refuse it. */
        ERROR,
        /** The definition is valid but probably not what was meant. */
        WARNING
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** An error without a source position. */
    public static Diagnostic error(String code, String message, String location) {
        return new Diagnostic(Severity.ERROR, code, message, location, 0, 0);
    }

    /** A warning without a source position. */
    public static Diagnostic warning(String code, String message, String location) {
        return new Diagnostic(Severity.WARNING, code, message, location, 0, 0);
    }

    /** This diagnostic placed at a line and column of the source text. */
    public Diagnostic at(int newLine, int newColumn) {
        return new Diagnostic(severity, code, message, location, newLine, newColumn);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** As AWS writes it inside InvalidDefinition messages: {@code CODE: message at /location}. */
    public String toAwsString() {
        return code + ": " + message + " at " + location;
    }
}
