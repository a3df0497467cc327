package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.diagnostic;
import static dev.lockstep.engine.internal.validate.Definitions.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import org.junit.jupiter.api.Test;

/** The size and nesting limits (developer guide, "Step Functions service quotas": definitions up to 1 MB). */
class LimitsValidationTest {

    /** A valid one-state machine whose Pass Result is a string of {@code length} characters. */
    private static ObjectNode machineWithResultOf(int length) {
        ObjectNode root = (ObjectNode) json("{'StartAt':'S','States':{'S':{'Type':'Pass','End':true}}}");
        ((ObjectNode) root.get("States").get("S")).put("Result", "x".repeat(length));
        return root;
    }

    @Test
    void a_definition_of_exactly_one_mebibyte_is_accepted() {
        ObjectNode root = machineWithResultOf(0);
        int padding = (int) (DefinitionValidator.MAX_DEFINITION_BYTES - Json.utf8Size(root));
        root = machineWithResultOf(padding);
        assertThat(Json.utf8Size(root)).isEqualTo(DefinitionValidator.MAX_DEFINITION_BYTES);
        assertThat(DefinitionValidator.validate(root, StateMachineType.STANDARD))
                .isEmpty();
    }

    @Test
    void a_definition_larger_than_one_mebibyte_is_refused() {
        ObjectNode root = machineWithResultOf(0);
        int padding = (int) (DefinitionValidator.MAX_DEFINITION_BYTES - Json.utf8Size(root)) + 1;
        assertDiagnostics(DefinitionValidator.validate(machineWithResultOf(padding), StateMachineType.STANDARD))
                .containsExactly(diagnostic(
                        "SCHEMA_VALIDATION_FAILED",
                        "Definition is 1048577 bytes as compact JSON; at most 1048576 bytes are allowed",
                        null));
    }

    @Test
    void a_definition_nested_deeper_than_the_limit_is_too_deeply_nested_and_checked_no_further() {
        JsonNode deep = Json.NODES.textNode("leaf");
        for (int i = 0; i < DefinitionValidator.MAX_DEPTH; i++) {
            ArrayNode wrapper = Json.NODES.arrayNode();
            wrapper.add(deep);
            deep = wrapper;
        }
        ObjectNode root = (ObjectNode) json("{'StartAt':'S','States':{'S':{'Type':'Pass','End':true}}}");
        ((ObjectNode) root.get("States").get("S")).set("Result", deep);
        assertThat(DefinitionValidator.validate(root, StateMachineType.STANDARD))
                .extracting(Diagnostic::code, Diagnostic::message, Diagnostic::location)
                .containsExactly(
                        diagnostic("TOO_DEEPLY_NESTED", "Definition is nested more than 1000 levels deep", null));
    }

    @Test
    void fifty_nested_parallel_states_are_valid() {
        String machine = "{'StartAt':'Leaf','States':{'Leaf':{'Type':'Succeed'}}}";
        for (int i = 0; i < 50; i++) {
            machine = "{'StartAt':'P" + i + "','States':{'P" + i + "':{'Type':'Parallel','End':true,'Branches':["
                    + machine + "]}}}";
        }
        assertThat(DefinitionValidator.validate(json(machine), StateMachineType.STANDARD))
                .isEmpty();
    }

    @Test
    void a_choice_rule_nested_a_hundred_levels_deep_is_checked_without_overflow() {
        String rule = "{'Variable':'$.v','NumericEquals':'x'}";
        for (int i = 0; i < 100; i++) {
            rule = "{'Not':" + rule + "}";
        }
        String machine = "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
                + rule.replaceFirst("}$", ",'Next':'E'}") + "]},'E':{'Type':'Succeed'}}}";
        assertThat(DefinitionValidator.validate(json(machine), StateMachineType.STANDARD))
                .extracting(Diagnostic::message)
                .containsExactly("Expected value of type [NUMBER]");
    }
}
