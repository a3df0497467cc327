package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ArnTest {

    @Test
    void a_state_machine_arn_is_taken_apart_into_type_and_resource() {
        Arn arn = Arn.of("arn:aws:states:eu-west-1:111111111111:stateMachine:Orders", Arn.STATE_MACHINE);

        assertThat(arn.type()).isEqualTo("stateMachine");
        assertThat(arn.resource()).isEqualTo("Orders");
    }

    @Test
    void an_execution_arn_keeps_the_colons_of_its_resource() {
        Arn arn = Arn.of("arn:aws-cn:states:cn-north-1:111111111111:execution:Orders:run-1", Arn.EXECUTION);

        assertThat(arn.resource()).isEqualTo("Orders:run-1");
        assertThat(arn.firstName()).isEqualTo("Orders");
    }

    @Test
    void text_that_is_not_a_step_functions_arn_has_an_invalid_prefix() {
        for (String text : new String[] {"not_a_valid_arn", "arn:aws:lambda:us-east-1:1:function:f", "arn::states:x"}) {
            ApiException e = catchThrowableOfType(ApiException.class, () -> Arn.of(text, Arn.STATE_MACHINE));

            assertThat(e.type()).isEqualTo("com.amazonaws.swf.service.v2.model#InvalidArn");
            assertThat(e.getMessage()).isEqualTo("Invalid Arn: 'Invalid ARN prefix: " + text + "'");
        }
    }

    @Test
    void another_resource_type_is_not_valid_in_this_context() {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> Arn.of("arn:aws:states:us-east-1:1:activity:Worker", Arn.STATE_MACHINE));

        assertThat(e.getMessage()).isEqualTo("Invalid Arn: 'Resource type not valid in this context: activity'");
    }

    @Test
    void an_arn_without_a_resource_name_is_invalid() {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> Arn.of("arn:aws:states:us-east-1:1:stateMachine", Arn.STATE_MACHINE));

        assertThat(e.name()).isEqualTo("InvalidArn");
        assertThat(e.status()).isEqualTo(400);
    }
}
