package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.jsonataMachine;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;
import static dev.lockstep.engine.internal.validate.Definitions.validateExpress;

import org.junit.jupiter.api.Test;

/** Task: Resource, the timeouts, Credentials; and what an Express machine refuses. */
class TaskValidationTest {

    private static String task(String resource, String more) {
        return machine("{'Type':'Task','Resource':'" + resource + "','End':true" + more + "}");
    }

    private static String task(String resource) {
        return task(resource, "");
    }

    @Test
    void a_task_needs_a_resource() {
        assertDiagnostics(machine("{'Type':'Task','End':true}"))
                .containsExactly(schema("These fields are required: [Resource]", "/States/S"));
    }

    @Test
    void a_resource_must_be_a_string() {
        assertDiagnostics(machine("{'Type':'Task','Resource':{},'End':true}"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/Resource"));
    }

    @Test
    void a_resource_that_is_not_an_arn_is_not_a_valid_resource_arn() {
        // A placeholder left unsubstituted, as CDK users have met it: "Value is not a valid resource ARN".
        assertDiagnostics(task("${ResolveConfigLambdaArn}"))
                .containsExactly(schema("Value is not a valid resource ARN", "/States/S/Resource"));
    }

    @Test
    void an_arn_aws_does_not_know_gets_the_recorded_not_recognized_message() {
        String arn = "arn:aws:states:::aws-sdk:apigatewaymanagementapi:postToConnection";
        assertDiagnostics(task(arn))
                .containsExactly(schema(
                        "The resource provided " + arn + " is not recognized. The value is not a valid resource ARN,"
                                + " or the resource is not available in this region.",
                        "/States/S/Resource"));
    }

    @Test
    void a_lambda_function_arn_is_recognized_with_or_without_a_qualifier() {
        assertValid(task("arn:aws:lambda:us-east-1:123456789012:function:HelloWorld"));
        assertValid(task("arn:aws:lambda:us-east-1:123456789012:function:HelloWorld:prod"));
        assertValid(task("arn:aws-cn:lambda:cn-north-1:123456789012:function:HelloWorld:$LATEST"));
    }

    @Test
    void optimized_integrations_are_recognized_in_each_pattern_they_support() {
        assertValid(task("arn:aws:states:::lambda:invoke"));
        assertValid(task("arn:aws:states:::lambda:invoke.waitForTaskToken"));
        assertValid(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken"));
        assertValid(task("arn:aws:states:::ecs:runTask.sync"));
        assertValid(task("arn:aws:states:::states:startExecution.sync:2"));
        assertValid(task("arn:aws:states:::dynamodb:putItem"));
        assertValid(task("arn:aws:states:::http:invoke"));
    }

    @Test
    void sdk_integrations_are_recognized() {
        assertValid(task("arn:aws:states:::aws-sdk:s3:listObjectsV2"));
        assertValid(task("arn:aws:states:::aws-sdk:dynamodb:getItem.waitForTaskToken"));
    }

    @Test
    void an_activity_arn_is_recognized() {
        assertValid(task("arn:aws:states:us-east-1:123456789012:activity:HelloWorld"));
    }

    @Test
    void a_pattern_the_service_does_not_offer_is_not_recognized() {
        // Lambda has no Run a Job pattern; Glue has no callback; only startExecution has .sync:2.
        assertDiagnostics(task("arn:aws:states:::lambda:invoke.sync"))
                .extracting(t -> t.toList().get(1))
                .containsExactly(ValidationMessages.resourceNotRecognized("arn:aws:states:::lambda:invoke.sync"));
        assertDiagnostics(task("arn:aws:states:::glue:startJobRun.waitForTaskToken"))
                .hasSize(1);
        assertDiagnostics(task("arn:aws:states:::batch:submitJob.sync:2")).hasSize(1);
        assertDiagnostics(task("arn:aws:states:::aws-sdk:s3:getObject.sync")).hasSize(1);
    }

    @Test
    void an_unknown_service_is_not_recognized() {
        assertDiagnostics(task("arn:aws:states:::nosuchservice:doIt")).hasSize(1);
    }

    @Test
    void the_specifications_made_up_task_arn_is_not_an_aws_resource() {
        assertDiagnostics(task("arn:aws:states:us-east-1:123456789012:task:X")).hasSize(1);
    }

    @Test
    void express_refuses_the_callback_pattern_with_the_recorded_message_and_its_trailing_space() {
        assertDiagnostics(validateExpress(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken")))
                .containsExactly(schema(
                        "Express state machine does not support '.waitForTaskToken' service integration ",
                        "/States/S/Resource"));
    }

    @Test
    void express_refuses_the_run_a_job_patterns() {
        assertDiagnostics(validateExpress(task("arn:aws:states:::ecs:runTask.sync")))
                .containsExactly(schema(
                        "Express state machine does not support '.sync' service integration ", "/States/S/Resource"));
        assertDiagnostics(validateExpress(task("arn:aws:states:::states:startExecution.sync:2")))
                .containsExactly(schema(
                        "Express state machine does not support '.sync:2' service integration ", "/States/S/Resource"));
    }

    @Test
    void express_refuses_activities() {
        assertDiagnostics(validateExpress(task("arn:aws:states:us-east-1:123456789012:activity:A")))
                .containsExactly(schema("Express state machine does not support activities", "/States/S/Resource"));
    }

    @Test
    void express_accepts_request_response_integrations_and_functions() {
        assertDiagnostics(validateExpress(task("arn:aws:states:::lambda:invoke")))
                .isEmpty();
        assertDiagnostics(validateExpress(task("arn:aws:lambda:us-east-1:123456789012:function:F")))
                .isEmpty();
    }

    @Test
    void timeout_seconds_must_be_a_positive_integer() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'TimeoutSeconds':0"))
                .containsExactly(schema("Minimum value is 1", "/States/S/TimeoutSeconds"));
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'TimeoutSeconds':'5'"))
                .containsExactly(schema("Expected value of type [INTEGER]", "/States/S/TimeoutSeconds"));
    }

    @Test
    void timeout_seconds_and_its_path_exclude_each_other() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'TimeoutSeconds':5,'TimeoutSecondsPath':'$.t'"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [TimeoutSeconds, TimeoutSecondsPath]",
                        "/States/S/TimeoutSeconds"));
    }

    @Test
    void heartbeat_seconds_and_its_path_exclude_each_other() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'HeartbeatSeconds':5,'HeartbeatSecondsPath':'$.h'"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [HeartbeatSeconds, HeartbeatSecondsPath]",
                        "/States/S/HeartbeatSeconds"));
    }

    @Test
    void heartbeat_seconds_must_be_smaller_than_timeout_seconds() {
        // https://states-language.net, Task "Timeouts": HeartbeatSeconds "MUST be smaller than" TimeoutSeconds.
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'TimeoutSeconds':60,'HeartbeatSeconds':60"))
                .containsExactly(schema(
                        "HeartbeatSeconds (60) must be smaller than TimeoutSeconds (60)",
                        "/States/S/HeartbeatSeconds"));
        assertValid(task("arn:aws:states:::lambda:invoke", ",'TimeoutSeconds':60,'HeartbeatSeconds':59"));
    }

    @Test
    void timeout_paths_must_be_strings() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'TimeoutSecondsPath':5"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/TimeoutSecondsPath"));
    }

    @Test
    void a_jsonata_task_takes_an_expression_for_its_timeouts_but_no_other_string() {
        assertValid(jsonataMachine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                + "'TimeoutSeconds':'{% $states.input.t %}','HeartbeatSeconds':'{% 5 %}'}"));
        assertDiagnostics(jsonataMachine(
                        "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'TimeoutSeconds':'5'}"))
                .containsExactly(schema(
                        "Expected value of type [INTEGER] or a JSONata string {% ... %}", "/States/S/TimeoutSeconds"));
    }

    @Test
    void credentials_must_name_a_role() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'Credentials':{}"))
                .containsExactly(schema("These fields are required: [RoleArn]", "/States/S/Credentials"));
        assertValid(task(
                "arn:aws:states:::lambda:invoke", ",'Credentials':{'RoleArn':'arn:aws:iam::123456789012:role/R'}"));
        assertValid(task("arn:aws:states:::lambda:invoke", ",'Credentials':{'RoleArn.$':'$.role'}"));
    }

    @Test
    void credentials_must_be_an_object() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'Credentials':'arn:aws:iam::123456789012:role/R'"))
                .containsExactly(schema("Expected value of type [OBJECT]", "/States/S/Credentials"));
    }

    @Test
    void parameters_and_result_selector_must_be_objects() {
        assertDiagnostics(task("arn:aws:states:::lambda:invoke", ",'Parameters':[1],'ResultSelector':'$'"))
                .containsExactly(
                        schema("Expected value of type [OBJECT]", "/States/S/Parameters"),
                        schema("Expected value of type [OBJECT]", "/States/S/ResultSelector"));
    }

    @Test
    void a_jsonata_task_takes_arguments_and_output() {
        assertValid(jsonataMachine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                + "'Arguments':{'FunctionName':'f','Payload':'{% $states.input %}'},"
                + "'Output':'{% $states.result.Payload %}'}"));
    }
}
