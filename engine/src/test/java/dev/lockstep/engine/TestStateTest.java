package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.TestStateRequest.InspectionLevel;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.TaskOutcome;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TestState, checked against the developer guide's examples ("Testing state machines with TestState API") and AWS's
 * recorded responses (LocalStack's tests/aws/services/stepfunctions/v2/test_state/*.snapshot.json).
 */
class TestStateTest {

    private final Engine engine = Engine.create();

    @AfterEach
    void close() {
        engine.close();
    }

    private static JsonNode json(String text) throws Exception {
        return Json.parse(text);
    }

    @Test
    void a_choice_state_gives_its_input_unchanged_and_the_state_it_goes_to() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Choice", "Choices": [
                          {"Variable": "$.number", "NumericEquals": 1, "Next": "Equals 1"},
                          {"Variable": "$.number", "NumericEquals": 2, "Next": "Equals 2"}],
                         "Default": "No Match"}""").input("{\"number\": 2}"));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.SUCCEEDED);
        assertThat(result.output()).as("the caller's text, spacing kept").isEqualTo("{\"number\": 2}");
        assertThat(result.nextState()).isEqualTo("Equals 2");
        assertThat(result.inspectionData()).isNull();
    }

    @Test
    void a_pass_state_at_debug_shows_each_step_of_its_data_flow() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Pass", "InputPath": "$.payload", "Parameters": {"data": 1},
                         "ResultPath": "$.result", "OutputPath": "$.result.data", "Next": "Another State"}""")
                .input("{\"payload\": {\"foo\": \"bar\"}}")
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.output()).isEqualTo("1");
        assertThat(result.nextState()).isEqualTo("Another State");
        assertThat(result.inspectionData())
                .containsExactly(
                        Map.entry("input", "{\"payload\": {\"foo\": \"bar\"}}"),
                        Map.entry("afterInputPath", "{\"foo\":\"bar\"}"),
                        Map.entry("afterParameters", "{\"data\":1}"),
                        Map.entry("afterResultSelector", "{\"data\":1}"),
                        Map.entry("afterResultPath", "{\"payload\":{\"foo\":\"bar\"},\"result\":{\"data\":1}}"));
    }

    @Test
    void a_pass_state_with_result_shows_the_result_and_not_its_parameters() {
        TestStateResult result =
                engine.testState(TestStateRequest.of("""
                        {"Type": "Pass", "Result": {"resultKey": "result value"}, "ResultPath": "$.modifiedData",
                         "End": true}""").input("{\"a\": 1}").inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.inspectionData().keySet())
                .containsExactly("input", "result", "afterResultSelector", "afterResultPath");
        assertThat(result.nextState()).isNull();
    }

    @Test
    void a_mocked_error_a_retrier_covers_is_retriable_with_the_backoff_the_retry_would_wait() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "f"},
                         "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2,
                                    "MaxAttempts": 3, "BackoffRate": 2.0}],
                         "End": true}""")
                .mockError("Lambda.ServiceException", "Service error")
                .retrierRetryCount(1)
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.RETRIABLE);
        assertThat(result.error()).isEqualTo("Lambda.ServiceException");
        assertThat(result.cause()).isEqualTo("Service error");
        assertThat(result.output()).isNull();
        assertThat(result.nextState()).isNull();
        assertThat(result.errorDetails())
                .containsExactlyInAnyOrderEntriesOf(Map.of("retryIndex", 0L, "retryBackoffIntervalSeconds", 4L));
    }

    @Test
    void spent_retries_fail_naming_the_retrier_without_a_backoff() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}], "End": true}""")
                .mockError("Boom", "b")
                .retrierRetryCount(5)
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.FAILED);
        assertThat(result.errorDetails()).containsExactly(Map.entry("retryIndex", 0L));
    }

    @Test
    void a_mocked_error_a_catcher_handles_is_caught_with_the_catchers_output_and_next_state() throws Exception {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Catch": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "ResultPath": "$.error",
                                    "Next": "HandleThrottling"}],
                         "Next": "Done"}""")
                .input("{\"data\": \"value\"}")
                .mockError("Lambda.TooManyRequestsException", "Rate exceeded")
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.CAUGHT_ERROR);
        assertThat(result.nextState()).isEqualTo("HandleThrottling");
        assertThat(result.error()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(json(result.output()))
                .isEqualTo(json("{\"data\": \"value\", \"error\": {\"Error\": \"Lambda.TooManyRequestsException\","
                        + " \"Cause\": \"Rate exceeded\"}}"));
        assertThat(result.errorDetails()).containsExactly(Map.entry("catchIndex", 0L));
    }

    @Test
    void a_mocked_result_is_the_raw_task_result_and_the_data_flow_shows_it() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "ResultSelector": {"body.$": "$.Payload.body"}, "End": true}""")
                .mockResult("{\"StatusCode\": 200, \"Payload\": {\"body\": \"hi\"}}")
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("{\"body\":\"hi\"}");
        assertThat(result.inspectionData().keySet())
                .containsExactly(
                        "input",
                        "afterInputPath",
                        "afterParameters",
                        "result",
                        "afterResultSelector",
                        "afterResultPath");
    }

    @Test
    void a_fail_state_fails_with_its_error_and_cause() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                {"Type": "Fail", "Error": "SomeFailure", "Cause": "This state machines raises a 'SomeFailure' failure."}"""));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.FAILED);
        assertThat(result.error()).isEqualTo("SomeFailure");
        assertThat(result.cause()).isEqualTo("This state machines raises a 'SomeFailure' failure.");
    }

    @Test
    void a_state_inside_a_whole_definition_is_tested_by_name_even_inside_a_map() {
        String definition = """
                {"StartAt": "State0", "States": {"State0": {"Type": "Map",
                  "ItemProcessor": {"StartAt": "HandleItem", "States": {
                    "HandleItem": {"Type": "Pass", "Parameters": {"item.$": "$"}, "End": true}}},
                  "End": true}}}""";

        TestStateResult result = engine.testState(
                TestStateRequest.of(definition).stateName("HandleItem").input("7"));

        assertThat(result.status()).isEqualTo(TestStateResult.Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("{\"item\":7}");
    }

    @Test
    void variables_given_are_visible_and_shown_after_the_state() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $greeting & ' ' & $states.input.name %}",
                         "Assign": {"count": "{% $count + 1 %}"}, "End": true}""")
                .input("{\"name\": \"Ana\"}")
                .variables("{\"greeting\": \"Hello\", \"count\": 1}")
                .inspectionLevel(InspectionLevel.TRACE));

        assertThat(result.output()).isEqualTo("\"Hello Ana\"");
        assertThat(result.inspectionData()).containsEntry("variables", "{\"greeting\":\"Hello\",\"count\":2}");
        assertThat(result.inspectionData()).doesNotContainKey("afterInputPath");
    }

    @Test
    void an_unmocked_task_is_answered_by_the_engines_handlers() {
        engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.succeed("{\"from\": \"handler\"}"));

        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}""").roleArn("arn:aws:iam::123456789012:role/r"));

        assertThat(result.output()).isEqualTo("{\"from\":\"handler\"}");
    }

    @Test
    void requests_aws_refuses_are_refused_with_awss_errors() {
        String task = "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}";
        assertRefused(
                TestStateRequest.of(task),
                "ValidationException",
                "RoleArn must be specified when testing a Task state");
        assertRefused(
                TestStateRequest.of("{\"Type\": \"Pass\", \"End\": true}").mockResult("{}"),
                "ValidationException",
                "State type 'Pass' is not supported when a mock is specified");
        assertRefused(
                TestStateRequest.of(task).mockResult("{}").mockError("E", "c"),
                "ValidationException",
                "A test mock should have only one of the following fields: [result, errorOutput].");
        assertRefused(
                TestStateRequest.of(task).mockResult("{nope"),
                "ValidationException",
                "Mocked result must be valid JSON");
        assertRefused(
                TestStateRequest.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}")
                        .stateName("B"),
                "ValidationException",
                "State not found in definition");
        assertRefused(
                TestStateRequest.of(task).mockResult("{}").context("{\"Map\": {}}"),
                "ValidationException",
                "Invalid Context object provided: 'Map' field is not supported when mocking a Context object");
        assertRefused(
                TestStateRequest.of(task).mockResult("{}").context("{\"Pokedex\": {}}"),
                "ValidationException",
                "Invalid Context object provided: Field 'Pokedex' is not allowed");
        assertRefused(
                TestStateRequest.of("{\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\":"
                        + " {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}"),
                "InvalidDefinition",
                "TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait,"
                        + " Pass, Succeed, Fail, Choice]");
    }

    @Test
    void a_given_context_is_what_the_state_reads_as_dollar_dollar() {
        TestStateResult result = engine.testState(TestStateRequest.of("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"ctx.$": "$$"}, "ResultPath": null, "OutputPath": "$", "End": true}""")
                .mockResult("{}")
                .context("{\"Execution\": {}, \"State\": {}, \"StateMachine\": {}}")
                .inspectionLevel(InspectionLevel.DEBUG));

        assertThat(result.inspectionData().get("afterParameters"))
                .isEqualTo("{\"ctx\":{\"Execution\":{},\"State\":{},\"StateMachine\":{}}}");
    }

    private void assertRefused(TestStateRequest request, String error, String message) {
        assertThatThrownBy(() -> engine.testState(request))
                .isInstanceOf(TestStateException.class)
                .hasMessage(message)
                .extracting(e -> ((TestStateException) e).error())
                .isEqualTo(error);
    }
}
