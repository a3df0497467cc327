package dev.lockstep.engine.internal.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import org.junit.jupiter.api.Test;

/** The scope chain and the size limits of workflow variables (developer guide, "Passing data between states"). */
class VariablesTest {

    private static ObjectNode assign(String name, String text) {
        ObjectNode block = Json.NODES.objectNode();
        block.put(name, text);
        return block;
    }

    private static String bytes(int size) {
        return "x".repeat(size - 2); // a JSON string's quotes count too
    }

    @Test
    void an_inner_scope_reads_outer_variables_and_keeps_its_own_assignments_to_itself() {
        Variables outer = Variables.root();
        outer.assign(assign("a", "outer"), "S");
        Variables inner = outer.child();
        inner.assign(assign("b", "inner"), "S");

        assertThat(inner.get("a").textValue()).isEqualTo("outer");
        assertThat(inner.get("b").textValue()).isEqualTo("inner");
        assertThat(outer.get("b")).isNull();
    }

    @Test
    void the_executions_variables_may_hold_ten_mebibytes_together_and_not_a_byte_more() {
        Variables variables = Variables.root();
        int per = 262_144;
        for (int i = 0; i < 40; i++) {
            variables.assign(assign("v" + i, bytes(per)), "S");
        }
        // 40 x 256 KiB = 10 MiB exactly: full, and every further byte is refused.
        assertThatThrownBy(() -> variables.assign(assign("more", bytes(2)), "Fill"))
                .isInstanceOfSatisfying(StatesError.class, e -> {
                    assertThat(e.error()).isEqualTo("States.DataLimitExceeded");
                    assertThat(e.detail()).contains("'Fill'").contains("10 MiB");
                });
        assertThat(variables.get("more")).isNull();
    }

    @Test
    void replacing_a_variable_counts_its_new_size_not_both() {
        Variables variables = Variables.root();
        for (int i = 0; i < 40; i++) {
            variables.assign(assign("v" + i, bytes(262_144)), "S");
        }
        variables.assign(assign("v0", bytes(262_000)), "S");

        assertThat(variables.get("v0").textValue()).hasSize(262_000 - 2);
    }

    @Test
    void a_failed_assignment_assigns_nothing() {
        Variables variables = Variables.root();
        ObjectNode block = Json.NODES.objectNode();
        block.put("small", "ok");
        block.put("big", bytes(262_145));

        assertThatThrownBy(() -> variables.assign(block, "S")).isInstanceOf(StatesError.class);
        assertThat(variables.get("small")).isNull();
    }
}
