package dev.lockstep.engine.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.internal.validate.ResourceArns.Kind;
import dev.lockstep.engine.internal.validate.ResourceArns.TaskResource;
import org.junit.jupiter.api.Test;

/** What a Task Resource names (developer guide, "Discover service integration patterns in Step Functions"). */
class ResourceArnsTest {

    @Test
    void a_lambda_function_arn_names_a_function() {
        assertThat(ResourceArns.parse("arn:aws:lambda:us-east-1:123456789012:function:HelloWorld"))
                .contains(new TaskResource(Kind.LAMBDA_FUNCTION, null, null, ""));
    }

    @Test
    void a_function_arn_needs_a_region_and_a_twelve_digit_account() {
        assertThat(ResourceArns.parse("arn:aws:lambda:::function:HelloWorld")).isEmpty();
        assertThat(ResourceArns.parse("arn:aws:lambda:us-east-1:1234:function:HelloWorld"))
                .isEmpty();
    }

    @Test
    void an_activity_arn_names_an_activity() {
        assertThat(ResourceArns.parse("arn:aws-us-gov:states:us-gov-west-1:123456789012:activity:Approve"))
                .contains(new TaskResource(Kind.ACTIVITY, null, null, ""));
    }

    @Test
    void a_service_integration_names_its_service_action_and_pattern() {
        assertThat(ResourceArns.parse("arn:aws:states:::states:startExecution.sync:2"))
                .contains(new TaskResource(Kind.SERVICE_INTEGRATION, "states", "startExecution", ".sync:2"));
        assertThat(ResourceArns.parse("arn:aws:states:::sns:publish"))
                .contains(new TaskResource(Kind.SERVICE_INTEGRATION, "sns", "publish", ""));
    }

    @Test
    void an_sdk_integration_names_its_service_and_action() {
        assertThat(ResourceArns.parse("arn:aws:states:::aws-sdk:ec2:describeInstances"))
                .contains(new TaskResource(Kind.SDK_INTEGRATION, "ec2", "describeInstances", ""));
    }

    @Test
    void an_sdk_integration_has_no_run_a_job_pattern() {
        assertThat(ResourceArns.parse("arn:aws:states:::aws-sdk:ec2:describeInstances.sync"))
                .isEmpty();
    }

    @Test
    void a_region_or_account_in_an_integration_arn_is_not_recognized() {
        assertThat(ResourceArns.parse("arn:aws:states:us-east-1:123456789012:lambda:invoke"))
                .isEmpty();
    }

    @Test
    void distributed_map_readers_and_writers_are_s3_actions() {
        assertThat(ResourceArns.isItemReader("arn:aws:states:::s3:getObject")).isTrue();
        assertThat(ResourceArns.isItemReader("arn:aws:states:::s3:listObjectsV2"))
                .isTrue();
        assertThat(ResourceArns.isItemReader("arn:aws:states:::s3:putObject")).isFalse();
        assertThat(ResourceArns.isResultWriter("arn:aws:states:::s3:putObject")).isTrue();
        assertThat(ResourceArns.isResultWriter("arn:aws:states:::aws-sdk:s3:putObject"))
                .isFalse();
    }
}
