package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAndValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String definition(String name) throws Exception {
        return Paths.get(RunAndValidateCommandTest.class
                        .getResource("/definitions/" + name)
                        .toURI())
                .toString();
    }

    @Test
    void run_prints_status_output_and_path_and_exits_0_on_success() throws Exception {
        CliRun run = CliRun.of("run", definition("Greeting.asl.json"), "--start-time", "2026-03-01T00:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("output")).isEqualTo(JSON.readTree("{\"greeting\":\"hello\"}"));
        assertThat(result.get("path").toString()).isEqualTo("[\"Greet\",\"Sleep\",\"Done\"]");
        assertThat(result.get("stopDate").asText()).as("a day of virtual time").isEqualTo("2026-03-02T00:00:00Z");
        assertThat(result.get("executionArn").asText())
                .startsWith("arn:aws:states:us-east-1:123456789012:execution:Greeting:");
        assertThat(result.has("events")).isFalse();
    }

    @Test
    void run_with_history_prints_events_as_get_execution_history_returns_them() throws Exception {
        CliRun run = CliRun.of("run", definition("Greeting.asl.json"), "--history");

        JsonNode events = JSON.readTree(run.out()).get("events");
        assertThat(events).hasSize(8);
        assertThat(events.get(0).get("type").asText()).isEqualTo("ExecutionStarted");
        assertThat(events.get(1).get("stateEnteredEventDetails").get("name").asText())
                .isEqualTo("Greet");
        assertThat(events.get(7).get("type").asText()).isEqualTo("ExecutionSucceeded");
    }

    @Test
    void run_exits_1_with_error_and_cause_when_the_execution_fails() throws Exception {
        CliRun run = CliRun.of("run", definition("Refuse.asl.yaml"));

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("FAILED");
        assertThat(result.get("error").asText()).isEqualTo("Order.Rejected");
        assertThat(result.get("cause").asText()).isEqualTo("Out of stock");
        assertThat(result.has("output")).isFalse();
    }

    @Test
    void the_same_seed_and_start_time_print_the_same_result_byte_for_byte() throws Exception {
        String[] args = {
            "run", definition("Greeting.asl.json"), "--seed", "7", "--start-time", "2026-01-01T00:00:00Z", "--history"
        };

        assertThat(CliRun.of(args).out()).isEqualTo(CliRun.of(args).out());
    }

    @Test
    void run_reads_the_input_from_a_file_given_with_at(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.json");
        Files.writeString(input, "{\"orderId\": 7}");
        String passThrough = dir.resolve("Echo.asl.json").toString();
        Files.writeString(
                Path.of(passThrough), "{\"StartAt\":\"E\",\"States\":{\"E\":{\"Type\":\"Pass\",\"End\":true}}}");

        CliRun run = CliRun.of("run", passThrough, "--input", "@" + input);

        assertThat(JSON.readTree(run.out()).get("output")).isEqualTo(JSON.readTree("{\"orderId\":7}"));
    }

    @Test
    void run_refuses_input_that_is_not_json_with_exit_2_and_the_position() throws Exception {
        CliRun run = CliRun.of("run", definition("Greeting.asl.json"), "--input", "{\"a\": }");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lockstep run: Invalid execution input: not JSON at line 1, column 7");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void run_prints_the_diagnostics_of_an_invalid_definition_and_exits_2() throws Exception {
        CliRun run = CliRun.of("run", definition("Broken.asl.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("invalid definition")
                .containsPattern("Broken\\.asl\\.json:4:\\d+: error: INVALID_JSON_DESCRIPTION: Invalid JSON at line 4");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void a_missing_definition_file_is_named_in_one_line() {
        CliRun run = CliRun.of("run", "no/such/file.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lockstep run: no such file: no/such/file.json" + System.lineSeparator());
    }

    @Test
    void validate_says_ok_and_exits_0_for_a_valid_yaml_definition() throws Exception {
        CliRun run = CliRun.of("validate", definition("Refuse.asl.yaml"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("Refuse.asl.yaml: OK (0 errors, 0 warnings)" + System.lineSeparator());
    }

    @Test
    void validate_in_json_prints_validate_state_machine_definitions_response() throws Exception {
        CliRun run = CliRun.of("validate", definition("Broken.asl.json"), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode response = JSON.readTree(run.out());
        assertThat(response.get("result").asText()).isEqualTo("FAIL");
        assertThat(response.get("diagnostics").get(0).get("code").asText()).isEqualTo("INVALID_JSON_DESCRIPTION");
        assertThat(response.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void run_with_a_mock_config_runs_the_test_case_and_shows_each_states_retries() throws Exception {
        CliRun run = CliRun.of(
                "run",
                definition("LambdaSQSIntegration.asl.json"),
                "--mock-config",
                definition("MockConfigFile.json"),
                "--test-case",
                "RetryPath");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("retries")).isEqualTo(JSON.readTree("{\"LambdaState\": 3, \"SQSState\": 0}"));
        assertThat(result.get("output").get("MessageId").asText()).isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
    }

    @Test
    void an_unknown_test_case_is_a_usage_error_naming_the_test_cases_there_are() throws Exception {
        CliRun run = CliRun.of(
                "run",
                definition("LambdaSQSIntegration.asl.json"),
                "--mock-config",
                definition("MockConfigFile.json"),
                "--test-case",
                "Nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no test case 'Nope'").contains("HappyPath");
    }

    @Test
    void a_task_without_a_mock_fails_the_run_naming_the_state() throws Exception {
        CliRun run = CliRun.of("run", definition("LambdaSQSIntegration.asl.json"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("cause").asText())
                .contains("No task handler answers the Task state 'LambdaState'");
    }
}
