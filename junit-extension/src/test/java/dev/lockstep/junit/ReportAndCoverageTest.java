package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.junit.fixtures.ReportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ReportAndCoverageTest {

    @Test
    void each_class_gets_a_report_with_a_diagram_per_execution_and_its_history() throws Exception {
        Kit kit = Kit.create();
        kit.run(ReportFixtures.HappyPathOnly.class).testEvents().assertStatistics(s -> s.succeeded(1));

        Path report = kit.reports().resolve(ReportFixtures.HappyPathOnly.class.getName() + ".html");
        String html = Files.readString(report);
        assertThat(html)
                .contains("<svg class=\"lockstep-diagram\"")
                .contains("<g class=\"state type-task visited\" data-state=\"Ship\">")
                .contains("<g class=\"state type-pass\" data-state=\"Backorder\">")
                .contains("<g class=\"edge kind-choice taken\" data-edge=\"InStock? -CHOICE-&gt; Ship\">")
                .contains("<g class=\"edge kind-default\" data-edge=\"InStock? -DEFAULT-&gt; Backorder\">")
                .contains("<td>TaskStateEntered</td><td>ChargeCard</td>")
                .contains("Validate → ChargeCard → InStock? → Ship → Done");
    }

    @Test
    void a_report_of_many_executions_carries_the_diagram_styles_once() throws Exception {
        Kit kit = Kit.create();
        kit.run(ReportFixtures.EveryPath.class).testEvents().assertStatistics(s -> s.succeeded(3));

        String html = Files.readString(kit.reports().resolve(ReportFixtures.EveryPath.class.getName() + ".html"));

        assertThat(occurrences(html, "<svg class=\"lockstep-diagram\"")).isEqualTo(3);
        assertThat(occurrences(html, "<style>")).isEqualTo(1);
        assertThat(occurrences(html, ".lockstep-diagram .state.visited rect")).isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void coverage_counts_states_and_transitions_with_choice_catch_and_retry_edges() throws Exception {
        Kit kit = Kit.create();
        kit.run(ReportFixtures.HappyPathOnly.class);
        JsonNode partial = new ObjectMapper()
                .readTree(kit.reports().resolve("coverage.json").toFile());
        assertThat(partial.at("/stateMachines/0/name").asText()).isEqualTo("orders");
        assertThat(partial.at("/totals/states/covered").asInt()).isEqualTo(5);
        assertThat(partial.at("/totals/states/total").asInt()).isEqualTo(7);
        assertThat(partial.at("/totals/transitions/covered").asInt()).isEqualTo(4);
        assertThat(partial.at("/totals/transitions/total").asInt()).isEqualTo(8);
        assertThat(partial.at("/stateMachines/0/transitions/missed").toString())
                .isEqualTo("[{\"from\":\"ChargeCard\",\"to\":\"ChargeCard\",\"kind\":\"RETRY\","
                        + "\"label\":\"Lambda.TooManyRequestsException\"},"
                        + "{\"from\":\"ChargeCard\",\"to\":\"PaymentFailed\",\"kind\":\"CATCH\",\"label\":\"States.ALL\"},"
                        + "{\"from\":\"InStock?\",\"to\":\"Backorder\",\"kind\":\"DEFAULT\",\"label\":\"Default\"},"
                        + "{\"from\":\"Backorder\",\"to\":\"Done\",\"kind\":\"NEXT\"}]");

        Kit every = Kit.create();
        every.run(ReportFixtures.EveryPath.class).testEvents().assertStatistics(s -> s.succeeded(3));
        JsonNode full = new ObjectMapper()
                .readTree(every.reports().resolve("coverage.json").toFile());
        assertThat(full.at("/totals/states/percent").asDouble()).isEqualTo(100.0);
        assertThat(full.at("/totals/transitions/percent").asDouble()).isEqualTo(100.0);
        assertThat(Files.readString(every.reports().resolve("coverage.html")))
                .contains("Every state and transition was covered.");
    }

    @Test
    void coverage_below_the_threshold_fails_the_run_and_lists_what_was_missed() {
        Kit kit = Kit.create().parameter("lockstep.coverage.threshold", "90");
        EngineExecutionResults results = kit.run(ReportFixtures.HappyPathOnly.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                engine(),
                                finishedWithFailure(
                                        instanceOf(AssertionError.class),
                                        message("Lockstep coverage is below the threshold of 90.0%: states 5/7"
                                                + " (71.4%), transitions 4/8 (50.0%).\n"
                                                + "  orders:\n"
                                                + "    state never entered: Backorder\n"
                                                + "    state never entered: PaymentFailed\n"
                                                + "    not taken: ChargeCard --Retry [Lambda.TooManyRequestsException]-->"
                                                + " ChargeCard\n"
                                                + "    not taken: ChargeCard --Catch [States.ALL]--> PaymentFailed\n"
                                                + "    not taken: InStock? --Default--> Backorder\n"
                                                + "    not taken: Backorder --Next--> Done\n"
                                                + "See "
                                                + kit.reports()
                                                        .resolve("coverage.html")
                                                        .toAbsolutePath()
                                                + "; lower or remove lockstep.coverage.threshold to accept it."))));
    }

    @Test
    void coverage_at_the_threshold_passes() {
        Kit.create()
                .parameter("lockstep.coverage.threshold", "100")
                .run(ReportFixtures.EveryPath.class)
                .allEvents()
                .assertStatistics(s -> s.failed(0).succeeded(5));
    }

    @Test
    void reports_can_be_turned_off() {
        Kit kit = Kit.create().parameter("lockstep.reports.enabled", "false");
        kit.run(ReportFixtures.HappyPathOnly.class);
        assertThat(kit.reports().resolve("coverage.json")).doesNotExist();
        assertThat(kit.reports().resolve(ReportFixtures.HappyPathOnly.class.getName() + ".html"))
                .doesNotExist();
    }
}
