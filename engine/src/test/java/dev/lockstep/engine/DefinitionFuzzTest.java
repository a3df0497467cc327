package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The definition pipeline never throws on bad text: every problem is a diagnostic. Fuzzes whole texts, and mutations
 * of a valid definition (each character replaced or cut), as users' typos would.
 */
class DefinitionFuzzTest {

    private static final String VALID = """
            {"Comment": "x", "StartAt": "A", "States": {
              "A": {"Type": "Pass", "Parameters": {"v.$": "States.Format('{}', $.a)"}, "ResultPath": "$.r", "Next": "B"},
              "B": {"Type": "Choice", "Choices": [{"Variable": "$.r.v", "StringMatches": "*x*", "Next": "C"}],
                    "Default": "D"},
              "C": {"Type": "Wait", "SecondsPath": "$.s", "Next": "D"},
              "D": {"Type": "Fail", "Error": "E", "CausePath": "$.c"}}}""";

    private static final List<String> TOKENS =
            List.of("{", "}", "[", "]", ",", ":", "\"", "$", ".", "*", "'", "\\", "\n", "States.", "{%", "%}", "null");

    @Test
    void random_text_gives_diagnostics_never_an_exception() {
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(text -> {
                    ValidationResult result = StateMachineDefinition.validate(text);
                    assertThat(result.isValid()).isFalse();
                    assertThat(result.errors())
                            .allSatisfy(d -> assertThat(d.message()).isNotBlank());
                });
    }

    @Test
    void mutated_definitions_give_diagnostics_or_run_never_an_exception() {
        qt().withExamples(3000)
                .forAll(
                        integers().between(0, VALID.length() - 1),
                        integers().between(0, TOKENS.size()),
                        integers().between(0, 3))
                .checkAssert((position, token, cut) -> {
                    String replacement = token == TOKENS.size() ? "" : TOKENS.get(token);
                    String mutated = VALID.substring(0, position)
                            + replacement
                            + VALID.substring(Math.min(VALID.length(), position + cut));
                    ValidationResult result = StateMachineDefinition.validate(mutated);
                    if (result.isValid()) {
                        try (Engine engine = Engine.create()) {
                            Execution execution =
                                    engine.deploy("Fuzz", mutated).start("{\"a\": \"xyz\", \"s\": 1, \"c\": \"why\"}");
                            assertThat(execution.status()).isNotNull();
                        }
                    } else {
                        assertThat(result.awsMessage()).startsWith("Invalid State Machine Definition: '");
                    }
                });
    }
}
