package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.MockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Step Functions Local's {@code stateMachineArn#TestCaseName} convention: StartExecution runs the machine with the
 * test case's mocked responses from the engine's MockConfigFile (AWS's example, "Testing state machines with Step
 * Functions Local": LambdaSQSIntegration with HappyPath and RetryPath).
 */
class MockConfigApiTest {

    private static LockstepServer server;
    private static SfnClient sfn;
    private static String machine;

    @BeforeAll
    static void start() throws Exception {
        Path mocks = Path.of(MockConfigApiTest.class
                .getResource("/definitions/MockConfigFile.json")
                .toURI());
        server = LockstepServer.builder()
                .engine(Engine.builder().mockConfig(MockConfig.fromFile(mocks)).build())
                .build()
                .start();
        sfn = server.sfnClient();
        String definition = Files.readString(mocks.resolveSibling("LambdaSQSIntegration.asl.json"));
        machine = sfn.createStateMachine(r ->
                        r.name("LambdaSQSIntegration").definition(definition).roleArn(Definitions.ROLE))
                .stateMachineArn();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
        server.engine().close();
    }

    @Test
    void the_happy_path_test_case_answers_with_the_mocked_responses() {
        String arn = sfn.startExecution(
                        r -> r.stateMachineArn(machine + "#HappyPath").input("{}"))
                .executionArn();

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(arn));

        assertThat(arn).startsWith("arn:aws:states:us-east-1:123456789012:execution:LambdaSQSIntegration:");
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).contains("\"MessageId\":\"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51\"");
    }

    @Test
    void the_retry_path_shows_the_mocked_failures_in_the_history() {
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine + "#RetryPath"))
                .executionArn();

        long failures = sfn.getExecutionHistory(r -> r.executionArn(arn)).events().stream()
                .map(HistoryEvent::type)
                .filter(type -> type == HistoryEventType.TASK_FAILED)
                .count();

        assertThat(sfn.describeExecution(r -> r.executionArn(arn)).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(failures)
                .as("three mocked failures before the mocked success")
                .isEqualTo(3);
    }

    @Test
    void an_unknown_test_case_is_refused_naming_the_test_cases_there_are() {
        ValidationException e =
                failure(ValidationException.class, () -> sfn.startExecution(r -> r.stateMachineArn(machine + "#Nope")));

        assertThat(e.awsErrorDetails().errorMessage()).contains("'Nope'").contains("HappyPath");
    }
}
