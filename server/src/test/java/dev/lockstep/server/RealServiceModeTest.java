package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep run --endpoint}: Task states that no mock answers call the service at its endpoint, as Step
 * Functions Local calls its configured endpoints for the states a test case does not mock (developer guide: "Using
 * mocked service integrations for testing in Step Functions Local", whose MockConfigFile example has the HybridPath
 * test case). The services here are {@link FakeAws}, on a local port.
 */
class RealServiceModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeAws aws;

    @BeforeEach
    void start() throws Exception {
        aws = new FakeAws();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private static String resource(String name) throws Exception {
        return Path.of(RealServiceModeTest.class
                        .getResource("/definitions/" + name)
                        .toURI())
                .toString();
    }

    @Test
    void the_hybrid_path_test_case_mocks_the_lambda_state_and_sends_the_sqs_message_for_real() throws Exception {
        CliRun run = CliRun.of(
                "run",
                resource("LambdaSQSIntegration.asl.json"),
                "--mock-config",
                resource("MockConfigFile.json"),
                "--test-case",
                "HybridPath",
                "--endpoint",
                "sqs=" + aws.endpoint(),
                "--endpoint",
                "lambda=" + aws.endpoint());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.at("/output/MessageId").asText()).isEqualTo(FakeAws.MESSAGE_ID);
        assertThat(result.at("/output/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(aws.calls())
                .as("the mocked LambdaState does not call Lambda; the unmocked SQSState calls SQS once")
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.operation()).isEqualTo("AmazonSQS.SendMessage");
                    assertThat(call.body().get("QueueUrl").asText())
                            .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/myQueue");
                    assertThat(JSON.readTree(call.body().get("MessageBody").asText()))
                            .as("the mocked Lambda response, passed on by the state machine")
                            .isEqualTo(
                                    JSON.readTree(
                                            "{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,\"body\":\"Hello from Lambda!\"}}"));
                });
    }

    @Test
    void the_happy_path_test_case_mocks_both_states_and_calls_nothing() throws Exception {
        CliRun run = CliRun.of(
                "run",
                resource("LambdaSQSIntegration.asl.json"),
                "--mock-config",
                resource("MockConfigFile.json"),
                "--test-case",
                "HappyPath",
                "--endpoint",
                aws.endpoint().toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(JSON.readTree(run.out()).at("/output/MessageId").asText())
                .isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
        assertThat(aws.calls()).isEmpty();
    }

    @Test
    void without_an_endpoint_an_unmocked_state_fails_naming_the_state(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of(
                "run",
                resource("LambdaSQSIntegration.asl.json"),
                "--mock-config",
                resource("MockConfigFile.json"),
                "--test-case",
                "HybridPath");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("cause").asText())
                .contains("No task handler answers the Task state 'SQSState'");
    }

    @Test
    void one_endpoint_without_a_service_name_serves_every_service(@TempDir Path dir) throws Exception {
        Path definition = dir.resolve("Greet.asl.json");
        Files.writeString(definition, """
                {"StartAt": "Greet", "States": {
                  "Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "Parameters": {"FunctionName": "greeter", "Payload.$": "$"},
                            "ResultSelector": {"greeting.$": "$.Payload.greeting"}, "ResultPath": "$.greeted",
                            "Next": "Save"},
                  "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                           "Parameters": {"TableName": "Greetings",
                                          "Item": {"id": {"S.$": "$.id"}, "text": {"S.$": "$.greeted.greeting"}}},
                           "ResultPath": null, "End": true}}}""");

        CliRun run = CliRun.of(
                "run",
                definition.toString(),
                "--input",
                "{\"id\": \"7\"}",
                "--endpoint",
                aws.endpoint().toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("output"))
                .isEqualTo(JSON.readTree("{\"id\":\"7\",\"greeted\":{\"greeting\":\"hello from the real function\"}}"));
        assertThat(aws.calls())
                .extracting(FakeAws.Call::operation)
                .containsExactly("Invoke", "DynamoDB_20120810.PutItem");
        assertThat(aws.calls().get(0).path()).isEqualTo("/2015-03-31/functions/greeter/invocations");
        assertThat(aws.calls().get(0).body()).isEqualTo(JSON.readTree("{\"id\":\"7\"}"));
        assertThat(aws.calls().get(1).body().get("Item"))
                .isEqualTo(JSON.readTree("{\"id\":{\"S\":\"7\"},\"text\":{\"S\":\"hello from the real function\"}}"));
    }

    @Test
    void an_endpoint_for_a_service_lockstep_does_not_call_is_a_usage_error() throws Exception {
        CliRun run = CliRun.of("run", resource("Greeting.asl.json"), "--endpoint", "ecs=http://localhost:4566");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lockstep run: --endpoint names a service Lockstep does not call: 'ecs'; give lambda, sqs,"
                        + " sns, dynamodb or events (EventBridge), e.g. --endpoint sqs=http://localhost:4566, or a URL"
                        + " alone for every one of them. Mock other services' tasks in the MockConfigFile."
                        + System.lineSeparator());
    }

    @Test
    void an_endpoint_that_is_not_an_http_url_is_a_usage_error() throws Exception {
        CliRun run = CliRun.of("run", resource("Greeting.asl.json"), "--endpoint", "sqs=localhost:9324");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lockstep run: --endpoint sqs expects an http or https URL such as http://localhost:4566;"
                        + " got 'localhost:9324'" + System.lineSeparator());
    }
}
