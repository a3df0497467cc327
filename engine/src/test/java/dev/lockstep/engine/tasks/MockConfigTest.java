package dev.lockstep.engine.tasks;

import static dev.lockstep.engine.tasks.TaskTestSupport.T0;
import static dev.lockstep.engine.tasks.TaskTestSupport.events;
import static dev.lockstep.engine.tasks.TaskTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskOutcome;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The MockConfigFile example of AWS's developer guide ("Using mocked service integrations for testing in Step
 * Functions Local"), run unchanged.
 */
class MockConfigTest {

    private static Path resource(String name) throws Exception {
        return Paths.get(MockConfigTest.class.getResource("/mocks/" + name).toURI());
    }

    private static StateMachine deploy(Engine engine) throws Exception {
        return engine.deploy(
                "LambdaSQSIntegration", StateMachineDefinition.fromFile(resource("LambdaSQSIntegration.asl.json")));
    }

    private static Engine engine() throws Exception {
        return Engine.builder()
                .startTime(T0)
                .mockConfig(MockConfig.fromFile(resource("MockConfigFile.json")))
                .build();
    }

    @Test
    void happy_path_returns_the_mocked_lambda_response_and_the_mocked_sqs_response_verbatim() throws Exception {
        try (Engine engine = engine()) {
            Execution execution =
                    deploy(engine).run(ExecutionRequest.withInput("{}").testCase("HappyPath"));

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output())
                    .isEqualTo(json("{\"MD5OfMessageBody\":\"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51\","
                            + "\"MessageId\":\"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51\"}"));
            HistoryEvent lambda = events(execution, "TaskSucceeded").get(0);
            assertThat(lambda.output())
                    .isEqualTo(json(
                            "{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,\"body\":\"Hello from Lambda!\"}}"));
        }
    }

    @Test
    void retry_path_spends_invocations_0_to_2_on_errors_and_succeeds_on_the_fourth_after_2_4_and_8_seconds()
            throws Exception {
        try (Engine engine = engine()) {
            Execution execution =
                    deploy(engine).run(ExecutionRequest.withInput("{}").testCase("RetryPath"));

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(events(execution, "TaskFailed"))
                    .extracting(HistoryEvent::error)
                    .containsExactly(
                            "Lambda.ResourceNotReadyException", "Lambda.TimeoutException", "Lambda.TimeoutException");
            assertThat(events(execution, "TaskScheduled"))
                    .extracting(HistoryEvent::timestamp)
                    .startsWith(T0, T0.plusSeconds(2), T0.plusSeconds(6), T0.plusSeconds(14));
        }
    }

    @Test
    void hybrid_path_mocks_the_lambda_and_hands_the_unmocked_sqs_state_to_the_registered_handlers() throws Exception {
        try (Engine engine = engine()) {
            engine.tasks()
                    .register(
                            TaskMatcher.state("SQSState"), request -> TaskOutcome.succeed("{\"MessageId\": \"real\"}"));
            Execution execution =
                    deploy(engine).run(ExecutionRequest.withInput("{}").testCase("HybridPath"));

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().get("MessageId").asText()).isEqualTo("real");
            assertThat(execution.output().has("SdkHttpMetadata"))
                    .as("AWS's envelope added")
                    .isTrue();
        }
    }

    @Test
    void an_invocation_the_mock_does_not_cover_fails_the_execution_and_says_which() throws Exception {
        try (Engine engine =
                Engine.builder().startTime(T0).mockConfig(MockConfig.parse("""
                        {"StateMachines": {"LambdaSQSIntegration": {"TestCases": {"Short": {"LambdaState": "OnlyErrors"}}}},
                         "MockedResponses": {"OnlyErrors": {"0-1": {"Throw": {"Error": "Boom", "Cause": "c"}}}}}""")).build()) {
            Execution execution =
                    deploy(engine).run(ExecutionRequest.withInput("{}").testCase("Short"));

            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .contains("The mock config has no response for invocation 2 of the state 'LambdaState'")
                    .contains("covers invocations [0-1]");
        }
    }

    @Test
    void an_unknown_test_case_is_refused_at_start_with_the_ones_there_are() throws Exception {
        try (Engine engine = engine()) {
            StateMachine machine = deploy(engine);

            assertThatThrownBy(
                            () -> machine.start(ExecutionRequest.withInput("{}").testCase("SadPath")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no test case 'SadPath'")
                    .hasMessageContaining("[HappyPath, RetryPath, HybridPath]");
        }
    }

    @Test
    void a_broken_mock_config_names_the_problem_and_where() {
        assertThatThrownBy(() -> MockConfig.parse("""
                        {"StateMachines": {"M": {"TestCases": {"T": {"S": "Missing"}}}}, "MockedResponses": {}}"""))
                .hasMessage("Invalid mock config at /StateMachines/M/TestCases/T/S: names the mocked response"
                        + " 'Missing', which MockedResponses does not define; defined: []");
        assertThatThrownBy(() -> MockConfig.parse("""
                        {"StateMachines": {}, "MockedResponses": {"R": {"zero": {"Return": 1}}}}"""))
                .hasMessageContaining("at /MockedResponses/R/zero: 'zero' is not an invocation number");
        assertThatThrownBy(() -> MockConfig.parse("""
                        {"StateMachines": {}, "MockedResponses": {"R": {"0": {"Throw": {"Error": "E"}}}}}"""))
                .hasMessageContaining(
                        "at /MockedResponses/R/0/Throw: must be an object with string fields Error and Cause");
    }

    @Test
    void a_state_the_test_case_does_not_mock_fails_naming_the_mocked_states_and_the_fix_in_the_file() throws Exception {
        try (Engine engine = engine()) {
            Execution execution =
                    deploy(engine).run(ExecutionRequest.withInput("{}").testCase("HybridPath"));

            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .endsWith("No task handler answers the Task state 'SQSState' (resource"
                            + " arn:aws:states:::sqs:sendMessage) and the engine is strict. The test case 'HybridPath'"
                            + " of the mock config mocks the states 'LambdaState'. No task handlers are registered."
                            + " Mock it in the mock config file: under"
                            + " StateMachines.LambdaSQSIntegration.TestCases.HybridPath, add \"SQSState\":"
                            + " \"<MockedResponseName>\"; or, in Java, register a handler with"
                            + " engine.tasks().register(TaskMatcher.state(\"SQSState\"), handler).");
        }
    }
}
