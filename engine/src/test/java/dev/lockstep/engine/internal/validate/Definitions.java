package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import java.io.UncheckedIOException;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/**
 * Test helpers: definitions written with single quotes for readability ({@code {'StartAt':'A'}}), validated, and
 * compared as (code, message, location) triples.
 */
final class Definitions {

    private Definitions() {}

    /** JSON written with ' for ", which keeps definitions in Java strings readable. */
    static JsonNode json(String singleQuoted) {
        return parse(singleQuoted.replace('\'', '"'));
    }

    /**
     * JSON written with ` for ", for definitions whose strings need a literal apostrophe (intrinsic calls such as
     * {@code States.Format('{}', $.a)}).
     */
    static List<Diagnostic> validateBackticked(String backticked) {
        return DefinitionValidator.validate(parse(backticked.replace('`', '"')), StateMachineType.STANDARD);
    }

    /** JSON as written, for text that needs a literal apostrophe. */
    static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A machine whose only state, S, is {@code state}. */
    static String machine(String state) {
        return "{'StartAt':'S','States':{'S':" + state + "}}";
    }

    /** A JSONata machine whose only state, S, is {@code state}. */
    static String jsonataMachine(String state) {
        return "{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + state + "}}";
    }

    static List<Diagnostic> validate(String singleQuoted) {
        return DefinitionValidator.validate(json(singleQuoted), StateMachineType.STANDARD);
    }

    static List<Diagnostic> validateExpress(String singleQuoted) {
        return DefinitionValidator.validate(json(singleQuoted), StateMachineType.EXPRESS);
    }

    /** Asserts on (code, message, location) of every diagnostic, errors and warnings alike. */
    static ListAssert<Tuple> assertDiagnostics(List<Diagnostic> diagnostics) {
        return Assertions.assertThat(diagnostics.stream()
                .map(d -> Assertions.tuple(d.code(), d.message(), d.location()))
                .toList());
    }

    static ListAssert<Tuple> assertDiagnostics(String singleQuoted) {
        return assertDiagnostics(validate(singleQuoted));
    }

    /** A SCHEMA_VALIDATION_FAILED triple. */
    static Tuple schema(String message, String location) {
        return Assertions.tuple(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, message, location);
    }

    static Tuple diagnostic(String code, String message, String location) {
        return Assertions.tuple(code, message, location);
    }

    static void assertValid(String singleQuoted) {
        Assertions.assertThat(validate(singleQuoted)).isEmpty();
    }
}
