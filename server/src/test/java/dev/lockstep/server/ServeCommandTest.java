package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refusals of {@code lockstep serve} that need no server (the serving itself is ServeCommandIT). */
class ServeCommandTest {

    @Test
    void a_mock_config_that_does_not_exist_is_reported_in_one_line_with_exit_code_2() {
        CliRun run = CliRun.of("serve", "--mock-config", "no-such-MockConfigFile.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lockstep serve: no such mock config file: no-such-MockConfigFile.json"
                        + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_mock_config_that_is_not_valid_is_reported_with_the_problem() throws Exception {
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("MockConfigFile", ".json");
        java.nio.file.Files.writeString(broken, "{\"StateMachines\": 5}");
        try {
            CliRun run = CliRun.of("serve", "--mock-config", broken.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("lockstep serve: " + broken);
            assertThat(run.err().strip().lines()).hasSize(1);
        } finally {
            java.nio.file.Files.delete(broken);
        }
    }

    @Test
    void a_graphql_file_that_cannot_be_loaded_is_reported_in_one_line_with_exit_code_2() {
        CliRun run = CliRun.of("serve", "--port", "0", "--graphql", "no/such/api.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lockstep serve: cannot serve the GraphQL API of no/such/api.yaml: ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void malformed_credentials_are_refused() {
        CliRun run = CliRun.of("serve", "--strict-auth", "--credentials", "no-colon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lockstep serve: --credentials expects ACCESS_KEY_ID:SECRET_ACCESS_KEY; got 'no-colon'"
                        + System.lineSeparator());
    }

    @Test
    void a_taken_port_is_reported_in_one_line_with_exit_code_2() {
        try (LockstepServer taken = LockstepServer.builder().build().start()) {
            CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.port()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).startsWith("lockstep serve: Lockstep cannot serve at 127.0.0.1:");
        }
    }

    @Test
    void help_lists_the_serve_options() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("--port")
                .contains("--host")
                .contains("--mock-config")
                .contains("--clock")
                .contains("--strict-auth")
                .contains("--graphql");
    }
}
