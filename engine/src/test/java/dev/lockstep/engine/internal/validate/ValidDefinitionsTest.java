package dev.lockstep.engine.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Definitions AWS accepts, most of them examples from the developer guide and the States Language specification
 * (valid-definitions.json): the validator must find nothing wrong with any of them. Refusing a valid definition is
 * the failure users report most about other emulators.
 */
class ValidDefinitionsTest {

    static Stream<Arguments> definitions() throws IOException {
        try (InputStream in = ValidDefinitionsTest.class.getResourceAsStream("valid-definitions.json")) {
            JsonNode all = Json.MAPPER.readTree(in);
            List<Arguments> cases = new ArrayList<>();
            all.fields().forEachRemaining(entry -> cases.add(Arguments.of(entry.getKey(), entry.getValue())));
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void a_definition_aws_accepts_has_no_diagnostics(String name, JsonNode definition) {
        assertThat(DefinitionValidator.validate(definition, StateMachineType.STANDARD))
                .as(name)
                .isEmpty();
    }
}
