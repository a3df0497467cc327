package dev.lockstep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One operation of each benchmark, run as a plain test: what JMH times must be a whole, successful execution. */
class PassChainBenchmarkTest {

    private final PassChainBenchmark benchmark = new PassChainBenchmark();

    @BeforeEach
    void deploy() {
        benchmark.deploy();
    }

    @AfterEach
    void close() {
        benchmark.close();
    }

    @Test
    void one_pass_chain_operation_is_a_complete_execution_of_ten_states() {
        assertCompleteExecution(benchmark::passChain);
    }

    @Test
    void one_jsonata_pass_chain_operation_is_a_complete_execution_of_ten_states() {
        assertCompleteExecution(benchmark::jsonataPassChain);
    }

    @Test
    void the_jsonata_chain_computes_what_the_jsonpath_chain_computes() {
        JsonNode jsonPath = benchmark.passChain().output();
        JsonNode jsonata = benchmark.jsonataPassChain().output();

        assertThat(jsonata).isEqualTo(jsonPath);
        assertThat(jsonata).isEqualTo(Workloads.json("pass-chain-10.expected.json"));
    }

    @Test
    void every_state_of_the_jsonata_chain_reads_the_input_and_the_context_with_one_output_expression() {
        JsonNode definition = Workloads.json(Workloads.JSONATA_PASS_CHAIN);
        JsonNode states = definition.get("States");

        assertThat(definition.get("QueryLanguage").asText()).isEqualTo("JSONata");
        assertThat(states.size()).isEqualTo(Workloads.TRANSITIONS_PER_EXECUTION);
        for (int n = 1; n <= Workloads.TRANSITIONS_PER_EXECUTION; n++) {
            String output = states.get("Step" + n).get("Output").asText();
            assertThat(output)
                    .startsWith("{% $merge([$states.input, {'step" + n + "'")
                    .contains("$states.context.Execution.Input.requestId");
        }
    }

    @Test
    void one_bare_pass_chain_operation_is_a_complete_execution_of_ten_states() {
        assertCompleteExecution(benchmark::barePassChain);
    }

    @Test
    void the_bare_chain_hands_its_input_on_unchanged() {
        Execution execution = benchmark.barePassChain();

        assertThat(execution.output()).isEqualTo(Workloads.json(Workloads.PASS_CHAIN_INPUT));
    }

    private static void assertCompleteExecution(Supplier<Execution> operation) {
        Execution execution = operation.get();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.path())
                .containsExactly(
                        "Step1", "Step2", "Step3", "Step4", "Step5", "Step6", "Step7", "Step8", "Step9", "Step10")
                .hasSize(Workloads.TRANSITIONS_PER_EXECUTION);
        // The history is part of the measured work: started, entered and exited for each state, succeeded.
        List<HistoryEvent> history = execution.history();
        assertThat(history).hasSize(2 + 2 * Workloads.TRANSITIONS_PER_EXECUTION);
        assertThat(history.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
        assertThat(history.get(history.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    }

    @Test
    void every_state_of_the_pass_chain_reads_the_input_and_the_context_object_and_places_its_result() {
        JsonNode states = Workloads.json(Workloads.PASS_CHAIN).get("States");

        assertThat(states.size()).isEqualTo(Workloads.TRANSITIONS_PER_EXECUTION);
        for (int n = 1; n <= Workloads.TRANSITIONS_PER_EXECUTION; n++) {
            JsonNode state = states.get("Step" + n);
            JsonNode parameters = state.get("Parameters");
            assertThat(parameters.get("orderId.$").asText()).startsWith("$.");
            assertThat(parameters.get("requestId.$").asText()).startsWith("$$.");
            assertThat(state.get("ResultPath").asText()).isEqualTo("$.step" + n);
        }
    }

    @Test
    void every_state_of_the_bare_chain_is_a_pass_state_with_no_data_fields() {
        JsonNode states = Workloads.json(Workloads.BARE_PASS_CHAIN).get("States");

        assertThat(states.size()).isEqualTo(Workloads.TRANSITIONS_PER_EXECUTION);
        states.forEach(state -> {
            assertThat(state.get("Type").asText()).isEqualTo("Pass");
            assertThat(state.has("Parameters")).isFalse();
            assertThat(state.has("ResultPath")).isFalse();
        });
    }
}
