package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockstepCliTest {

    private static final String VERSION = System.getProperty("lockstep.project.version");

    @Test
    void version_prints_lockstep_and_the_built_version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("lockstep " + VERSION + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void help_lists_the_run_validate_and_serve_commands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: lockstep [-hV] COMMAND")
                .containsPattern("(?m)^\\s+run\\s+Run a state machine to completion")
                .containsPattern("(?m)^\\s+validate\\s+Check a state machine definition")
                .containsPattern("(?m)^\\s+serve\\s+Serve the Step Functions API");
    }

    @Test
    void no_arguments_prints_the_usage_and_fails_with_status_2() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand").contains("Usage: lockstep");
    }

    @Test
    void an_unknown_command_is_named_with_a_suggestion() {
        CliRun run = CliRun.of("valdate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("Unmatched argument at index 0: 'valdate'")
                .contains("Did you mean: lockstep validate?");
    }

    @Test
    void run_help_documents_every_option_and_the_exit_codes() {
        CliRun run = CliRun.of("run", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("DEFINITION")
                .contains("--input=JSON|@FILE")
                .contains("--history")
                .contains("--seed=N")
                .contains("--start-time=ISO-8601")
                .contains("--name=NAME")
                .contains("--mock-config=FILE")
                .contains("--test-case=NAME")
                .containsPattern("(?m)^\\s+1\\s+The execution FAILED, TIMED_OUT or was ABORTED\\.");
    }

    @Test
    void serve_help_shows_the_step_functions_local_port_as_default() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port=PORT").contains("Default: 8083").contains("--clock=virtual|real");
    }

    @Test
    void a_bad_option_value_is_a_usage_error_naming_the_option_without_a_stack_trace() {
        CliRun run = CliRun.of("serve", "--port", "eighty");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--port': 'eighty' is not an int");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
