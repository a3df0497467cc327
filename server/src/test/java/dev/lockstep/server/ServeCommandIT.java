package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * {@code lockstep serve} as a CI pipeline runs it: the runnable jar in its own process, driven with an SDK client
 * configured by hand, stopped with SIGTERM ({@link Process#destroy()}).
 */
class ServeCommandIT {

    private static final Path JAR = Path.of(System.getProperty("lockstep.jar"));
    private static final String VERSION = System.getProperty("lockstep.project.version");
    private static final Pattern BANNER =
            Pattern.compile("Lockstep (\\S+) serving the Step Functions API at (http://127\\.0\\.0\\.1:(\\d+))");

    private record Served(Process process, URI endpoint) {}

    private static Served serve(String... options) throws Exception {
        return serve(java.util.Map.of(), options);
    }

    private static Served serve(java.util.Map<String, String> environment, String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("SFN_MOCK_CONFIG");
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (java.io.IOException e) {
                        return null;
                    }
                })
                .get(60, TimeUnit.SECONDS);
        assertThat(first).as("the first line of lockstep serve").isNotNull();
        Matcher matcher = BANNER.matcher(first);
        assertThat(matcher.matches()).as(first).isTrue();
        assertThat(matcher.group(1)).isEqualTo(VERSION);
        assertThat(Integer.parseInt(matcher.group(3))).isPositive();
        return new Served(process, URI.create(matcher.group(2)));
    }

    /** A client configured as the documentation tells users to: endpoint, any credentials, no host prefix. */
    private static SfnClient client(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(
                        o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    private static int stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("lockstep serve exits")
                .isTrue();
        return process.exitValue();
    }

    @Test
    void serve_answers_the_sdk_and_exits_0_on_sigterm() throws Exception {
        Served served = serve();
        try (SfnClient sfn = client(served.endpoint())) {
            String machine = sfn.createStateMachine(r -> r.name("Greeting")
                            .definition(Definitions.WAIT_AN_HOUR)
                            .roleArn(Definitions.ROLE))
                    .stateMachineArn();
            String execution = sfn.startExecution(
                            r -> r.stateMachineArn(machine).input("{\"who\":\"world\"}"))
                    .executionArn();

            assertThat(sfn.describeExecution(r -> r.executionArn(execution)).status())
                    .as("an hour of Wait passes in virtual time")
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(sfn.getExecutionHistory(r -> r.executionArn(execution)).events())
                    .extracting(HistoryEvent::type)
                    .startsWith(HistoryEventType.EXECUTION_STARTED, HistoryEventType.WAIT_STATE_ENTERED)
                    .endsWith(HistoryEventType.EXECUTION_SUCCEEDED);
        } finally {
            assertThat(stop(served.process())).isZero();
        }
    }

    @Test
    void sigterm_lets_a_request_in_flight_finish_before_exiting_0() throws Exception {
        Served served = serve("--clock", "real");
        try (SfnClient sfn = client(served.endpoint())) {
            String waitTwoSeconds = "{\"StartAt\":\"Pause\",\"States\":{\"Pause\":{\"Type\":\"Wait\",\"Seconds\":2,"
                    + "\"End\":true}}}";
            String machine = sfn.createStateMachine(r -> r.name("Slow")
                            .definition(waitTwoSeconds)
                            .roleArn(Definitions.ROLE)
                            .type(StateMachineType.EXPRESS))
                    .stateMachineArn();
            CompletableFuture<StartSyncExecutionResponse> inFlight =
                    CompletableFuture.supplyAsync(() -> sfn.startSyncExecution(r -> r.stateMachineArn(machine)));
            Thread.sleep(700);

            int exitCode = stop(served.process());

            assertThat(inFlight.get(30, TimeUnit.SECONDS).status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
            assertThat(exitCode).isZero();
        }
    }

    @Test
    void serve_reads_sfn_mock_config_and_runs_the_test_case_named_in_the_arn() throws Exception {
        Path mocks = Path.of(ServeCommandIT.class
                .getResource("/definitions/MockConfigFile.json")
                .toURI());
        Served served = serve(java.util.Map.of("SFN_MOCK_CONFIG", mocks.toString()));
        try (SfnClient sfn = client(served.endpoint())) {
            String definition = java.nio.file.Files.readString(mocks.resolveSibling("LambdaSQSIntegration.asl.json"));
            String machine = sfn.createStateMachine(r -> r.name("LambdaSQSIntegration")
                            .definition(definition)
                            .roleArn(Definitions.ROLE))
                    .stateMachineArn();

            String execution = sfn.startExecution(r -> r.stateMachineArn(machine + "#HappyPath"))
                    .executionArn();

            assertThat(sfn.describeExecution(r -> r.executionArn(execution)).output())
                    .contains("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
        } finally {
            assertThat(stop(served.process())).isZero();
        }
    }

    @Test
    void serve_with_graphql_serves_a_cdk_template_at_graphql_beside_the_step_functions_api() throws Exception {
        Path template = Path.of(ServeCommandIT.class
                .getResource("/definitions/hello-api.cdk.json")
                .toURI());
        Served served = serve("--graphql", template.toString());
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            served.endpoint().resolve("/graphql"))
                                    .header("Content-Type", "application/json")
                                    // CDK's ApiKey resource; Lockstep names the key da2- and its logical id.
                                    .header("x-api-key", "da2-helloapidefaultapikey5c6d7e8f")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                            "{\"query\": \"{ hello(name: \\\"Ana\\\") }\"}"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("Hello, Ana from us-east-1");
        } finally {
            assertThat(stop(served.process())).isZero();
        }
    }

    /**
     * Step Functions Local's endpoint variables (developer guide: "Setting configuration options for Step Functions
     * Local"): with a test case, the states it does not mock call the service at its endpoint.
     */
    @Test
    void serve_calls_the_endpoints_of_step_functions_locals_variables_for_the_states_a_test_case_does_not_mock()
            throws Exception {
        Path mocks = Path.of(ServeCommandIT.class
                .getResource("/definitions/MockConfigFile.json")
                .toURI());
        try (FakeAws aws = new FakeAws()) {
            Served served = serve(java.util.Map.of(
                    "SFN_MOCK_CONFIG", mocks.toString(),
                    "SQS_ENDPOINT", aws.endpoint().toString(),
                    "LAMBDA_ENDPOINT", aws.endpoint().toString(),
                    "AWS_EC2_METADATA_DISABLED", "true"));
            try (SfnClient sfn = client(served.endpoint())) {
                String definition =
                        java.nio.file.Files.readString(mocks.resolveSibling("LambdaSQSIntegration.asl.json"));
                String machine = sfn.createStateMachine(r -> r.name("LambdaSQSIntegration")
                                .definition(definition)
                                .roleArn(Definitions.ROLE))
                        .stateMachineArn();

                String execution = sfn.startExecution(r -> r.stateMachineArn(machine + "#HybridPath"))
                        .executionArn();
                software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse described =
                        sfn.describeExecution(r -> r.executionArn(execution));
                for (int polls = 0; described.status() == ExecutionStatus.RUNNING && polls < 600; polls++) {
                    Thread.sleep(50); // the SQS call is real I/O, answered outside the request that started it
                    described = sfn.describeExecution(r -> r.executionArn(execution));
                }

                assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
                assertThat(described.output()).contains(FakeAws.MESSAGE_ID);
                assertThat(aws.calls())
                        .as("the mocked LambdaState calls nothing")
                        .extracting(FakeAws.Call::operation)
                        .containsExactly("AmazonSQS.SendMessage");
            } finally {
                assertThat(stop(served.process())).isZero();
            }
        }
    }

    @Test
    void serve_with_graphql_calls_lambda_and_dynamodb_data_sources_at_their_endpoints() throws Exception {
        Path template = Path.of(ServeCommandIT.class
                .getResource("/definitions/greeter-api.cdk.json")
                .toURI());
        try (FakeAws aws = new FakeAws()) {
            Served served = serve(
                    java.util.Map.of(
                            "DYNAMODB_ENDPOINT", aws.endpoint().toString(), "AWS_EC2_METADATA_DISABLED", "true"),
                    "--graphql",
                    template.toString(),
                    "--endpoint",
                    "lambda=" + aws.endpoint());
            try {
                java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                served.endpoint().resolve("/graphql"))
                                        .header("Content-Type", "application/json")
                                        .header("x-api-key", "da2-greeterapidefaultapikey9c0d1e2f")
                                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "{\"query\": \"{ greet(name: \\\"Ana\\\") { greeting }"
                                                        + " item(id: \\\"7\\\") { id name } }\"}"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()))
                        .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree("{\"data\": {\"greet\": {\"greeting\": \"hello from the real function\"},"
                                        + " \"item\": {\"id\": \"7\", \"name\": \"from the real table\"}}}"));
                assertThat(aws.calls())
                        .extracting(FakeAws.Call::operation)
                        .containsExactlyInAnyOrder("Invoke", "DynamoDB_20120810.GetItem");
            } finally {
                assertThat(stop(served.process())).isZero();
            }
        }
    }
}
