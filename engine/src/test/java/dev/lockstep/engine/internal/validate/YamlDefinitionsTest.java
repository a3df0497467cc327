package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A YAML definition reaches the validator as the same tree as its JSON twin, and is judged the same way; numbers
 * JSON cannot write are not numbers to the validator either.
 */
class YamlDefinitionsTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonNode yaml(String text) throws IOException {
        return YAML.readTree(text);
    }

    @Test
    void a_yaml_definition_is_judged_as_its_json_twin() throws IOException {
        JsonNode fromYaml = yaml("""
                StartAt: Wait
                States:
                  Wait:
                    Type: Wait
                    Seconds: -1
                    Next: Ghost
                """);
        JsonNode fromJson = json("{'StartAt':'Wait','States':{'Wait':{'Type':'Wait','Seconds':-1,'Next':'Ghost'}}}");
        assertThat(DefinitionValidator.validate(fromYaml, StateMachineType.STANDARD))
                .isEqualTo(DefinitionValidator.validate(fromJson, StateMachineType.STANDARD))
                .extracting(Diagnostic::message)
                .containsExactly(
                        "Minimum value is 0", "Missing 'Next' target: Ghost", "Workflow has no terminal state");
    }

    @Test
    void not_a_number_and_infinity_are_not_numbers_to_step_functions() {
        // JSON has no such values; a tree built in code, or read with non-numeric numbers enabled, can.
        ObjectNode definition = (ObjectNode) json("{'StartAt':'T','States':{'T':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Retry':[{'ErrorEquals':['States.ALL']}],'End':true}}}");
        ObjectNode task = (ObjectNode) definition.get("States").get("T");
        task.put("TimeoutSeconds", Double.NaN);
        ((ObjectNode) task.get("Retry").get(0)).put("BackoffRate", Double.POSITIVE_INFINITY);
        assertThat(DefinitionValidator.validate(definition, StateMachineType.STANDARD))
                .extracting(Diagnostic::message, Diagnostic::location)
                .containsExactly(
                        tuple("Expected value of type [INTEGER]", "/States/T/TimeoutSeconds"),
                        tuple("Expected value of type [NUMBER]", "/States/T/Retry[0]/BackoffRate"));
    }
}
