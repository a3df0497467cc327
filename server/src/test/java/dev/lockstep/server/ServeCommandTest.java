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
    void a_taken_port_is_reported_in_one_line_with_exit_code_2_naming_the_port() {
        try (LockstepServer taken = LockstepServer.builder().build().start()) {
            CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.port()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err())
                    .startsWith("lockstep serve: Lockstep cannot serve at 127.0.0.1:" + taken.port() + ": ")
                    .contains("Address already in use");
        }
    }

    @Test
    void a_port_outside_0_to_65535_is_a_usage_error_in_one_line() {
        for (String port : new String[] {"99999", "-1", "65536"}) {
            CliRun run = CliRun.of("serve", "--port", port);

            assertThat(run.exitCode()).as(port).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("lockstep serve: --port expects 0 to 65535 (0 picks a free port); got " + port
                            + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void a_graphql_lambda_data_source_without_an_endpoint_names_the_command_line_option() throws Exception {
        CliRun run = CliRun.of("serve", "--port", "0", "--graphql", resource("greeter-api.cdk.json"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err())
                .contains("data source GreeterDS (GreeterApiGreeterDS3A4B5C6D) calls Lambda function greeter: give its"
                        + " endpoint with --endpoint lambda=URL (or LAMBDA_ENDPOINT).")
                .doesNotContain("LoadOptions");
    }

    @Test
    void a_graphql_dynamodb_data_source_without_an_endpoint_names_the_command_line_option() throws Exception {
        CliRun run = CliRun.of(
                "serve",
                "--port",
                "0",
                "--graphql",
                resource("greeter-api.cdk.json"),
                "--endpoint",
                "lambda=http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("data source ItemsDS (GreeterApiItemsDS7E8F9A0B) needs a DynamoDB endpoint: give it with"
                        + " --endpoint dynamodb=URL (or DYNAMODB_ENDPOINT).")
                .doesNotContain("LoadOptions");
    }

    @Test
    void an_endpoint_for_a_service_lockstep_does_not_call_is_refused_before_serving() {
        CliRun run = CliRun.of("serve", "--port", "0", "--endpoint", "glue=http://localhost:4566");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lockstep serve: --endpoint names a service Lockstep does not call: 'glue'");
        assertThat(run.out()).isEmpty();
    }

    private static String resource(String name) throws Exception {
        return java.nio.file.Path.of(ServeCommandTest.class
                        .getResource("/definitions/" + name)
                        .toURI())
                .toString();
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
                .contains("--graphql")
                .contains("--endpoint=[SERVICE=]URL");
    }
}
