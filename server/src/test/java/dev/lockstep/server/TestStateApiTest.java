package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** TestState through the real AWS SDK v2 client, against the developer guide's examples. */
class TestStateApiTest {

    private static LockstepServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = LockstepServer.builder().build().start();
        sfn = server.sfnClient();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    @Test
    void a_choice_state_goes_to_the_matching_rules_next_state() {
        TestStateResponse response = sfn.testState(b -> b.definition("""
                        {"Type": "Choice", "Choices": [{"Variable": "$.number", "NumericEquals": 1, "Next": "Equals 1"},
                          {"Variable": "$.number", "NumericEquals": 2, "Next": "Equals 2"}], "Default": "No Match"}""")
                .roleArn("arn:aws:iam::123456789012:role/myRole")
                .input("{\"number\": 2}"));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(response.output()).isEqualTo("{\"number\": 2}");
        assertThat(response.nextState()).isEqualTo("Equals 2");
        assertThat(response.inspectionData()).isNull();
    }

    @Test
    void debug_shows_the_data_flow_of_a_pass_state() {
        TestStateResponse response = sfn.testState(b ->
                b.definition("""
                        {"Type": "Pass", "InputPath": "$.payload", "Parameters": {"data": 1}, "ResultPath": "$.result",
                         "OutputPath": "$.result.data", "Next": "Another State"}""").input("{\"payload\": {\"foo\": \"bar\"}}").inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.output()).isEqualTo("1");
        assertThat(response.inspectionData().afterInputPath()).isEqualTo("{\"foo\":\"bar\"}");
        assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"data\":1}");
        assertThat(response.inspectionData().afterResultPath())
                .isEqualTo("{\"payload\":{\"foo\":\"bar\"},\"result\":{\"data\":1}}");
    }

    @Test
    void a_mocked_error_with_retries_left_is_retriable_with_its_backoff() {
        TestStateResponse response = sfn.testState(b -> b.definition("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 3,
                                    "BackoffRate": 2.0}], "End": true}""")
                .mock(m -> m.errorOutput(e -> e.error("Lambda.ServiceException").cause("Service error")))
                .stateConfiguration(c -> c.retrierRetryCount(1))
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
        assertThat(response.inspectionData().errorDetails().retryIndex()).isZero();
        assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds())
                .isEqualTo(4);
    }

    @Test
    void a_caught_error_returns_the_catchers_next_state() {
        TestStateResponse response = sfn.testState(b -> b.definition("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Handle"}],
                         "End": true}""")
                .mock(m -> m.errorOutput(e -> e.error("Boom").cause("it broke")))
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(response.nextState()).isEqualTo("Handle");
        assertThat(response.inspectionData().errorDetails().catchIndex()).isZero();
    }

    @Test
    void requests_aws_refuses_get_its_errors_through_the_sdk() {
        assertThatThrownBy(() -> sfn.testState(b -> b.definition(
                        "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("RoleArn must be specified when testing a Task state");
        assertThatThrownBy(() -> sfn.testState(b -> b.definition("{\"Type\": \"Nope\"}")))
                .isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> sfn.testState(
                        b -> b.definition("{\"Type\": \"Pass\", \"End\": true}").mock(m -> m.result("{}"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("State type 'Pass' is not supported when a mock is specified");
    }

    @Test
    void unknown_enum_values_are_refused_together_in_awss_wording() {
        ValidationException refused = ApiTestSupport.failure(
                ValidationException.class,
                () -> sfn.testState(b -> b.definition(TASK)
                        .roleArn(Definitions.ROLE)
                        .inspectionLevel("VERBOSE")
                        .mock(m -> m.result("{}").fieldValidationMode("LOOSE"))));

        assertThat(refused.awsErrorDetails().errorMessage())
                .isEqualTo("2 validation errors detected: Value 'VERBOSE' at 'inspectionLevel' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [INFO, DEBUG, TRACE]; Value 'LOOSE' at"
                        + " 'mock.fieldValidationMode' failed to satisfy constraint: Member must satisfy enum value"
                        + " set: [STRICT, PRESENT, NONE]");
    }

    /**
     * API reference, MockInput: STRICT (AWS's default) checks the mocked result against the service's API model.
     * Lockstep has no API models, so a result AWS would refuse under STRICT is used as it is, as under NONE.
     */
    @Test
    void every_field_validation_mode_uses_the_mocked_result_as_given() {
        for (String mode : new String[] {"STRICT", "PRESENT", "NONE"}) {
            TestStateResponse response = sfn.testState(b -> b.definition(TASK)
                    .roleArn(Definitions.ROLE)
                    .mock(m -> m.result("{\"notAField\": 1}").fieldValidationMode(mode)));

            assertThat(response.status()).as(mode).isEqualTo(TestExecutionStatus.SUCCEEDED);
            assertThat(response.output()).as(mode).isEqualTo("{\"notAField\":1}");
        }
    }

    private static final String TASK =
            "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}";
}
