package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;

import org.junit.jupiter.api.Test;

/** Retry and Catch (developer guide, "Handling errors in Step Functions workflows"). */
class ErrorHandlingValidationTest {

    private static String retry(String retriers) {
        return machine(
                "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':" + retriers + "}");
    }

    private static String catchers(String catchers) {
        return machine(
                "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Catch':" + catchers + "}");
    }

    @Test
    void the_developer_guides_retry_examples_are_valid() {
        assertValid(retry("[{'ErrorEquals':['States.Timeout'],'IntervalSeconds':3,'MaxAttempts':2,'BackoffRate':1}]"));
        assertValid(retry("[{'ErrorEquals':['States.Timeout'],'IntervalSeconds':3,'MaxAttempts':3,'BackoffRate':2,"
                + "'MaxDelaySeconds':5,'JitterStrategy':'FULL'}]"));
        assertValid(retry("[{'ErrorEquals':['States.Timeout'],'MaxAttempts':0},{'ErrorEquals':['States.ALL']}]"));
    }

    @Test
    void a_retrier_needs_error_equals() {
        assertDiagnostics(retry("[{'MaxAttempts':1}]"))
                .containsExactly(schema("These fields are required: [ErrorEquals]", "/States/S/Retry[0]"));
    }

    @Test
    void error_equals_cannot_be_empty() {
        assertDiagnostics(retry("[{'ErrorEquals':[]}]"))
                .containsExactly(schema("Value cannot be empty", "/States/S/Retry[0]/ErrorEquals"));
    }

    @Test
    void error_equals_is_an_array_of_strings() {
        assertDiagnostics(retry("[{'ErrorEquals':'States.ALL'}]"))
                .containsExactly(schema("Expected value of type [ARRAY]", "/States/S/Retry[0]/ErrorEquals"));
        assertDiagnostics(retry("[{'ErrorEquals':[1]}]"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/Retry[0]/ErrorEquals[0]"));
    }

    @Test
    void states_all_must_appear_alone() {
        assertDiagnostics(retry("[{'ErrorEquals':['States.ALL','States.Timeout']}]"))
                .containsExactly(
                        schema("States.ALL must appear alone and at end of list", "/States/S/Retry[0]/ErrorEquals"));
    }

    @Test
    void states_all_must_be_in_the_last_retrier() {
        assertDiagnostics(retry("[{'ErrorEquals':['States.ALL']},{'ErrorEquals':['States.Timeout']}]"))
                .containsExactly(
                        schema("States.ALL must appear alone and at end of list", "/States/S/Retry[0]/ErrorEquals"));
    }

    @Test
    void states_all_must_be_in_the_last_catcher() {
        assertDiagnostics(catchers("[{'ErrorEquals':['States.ALL'],'Next':'S'},{'ErrorEquals':['E'],'Next':'S'}]"))
                .containsExactly(
                        schema("States.ALL must appear alone and at end of list", "/States/S/Catch[0]/ErrorEquals"));
    }

    @Test
    void a_name_starting_with_states_must_be_predefined() {
        assertDiagnostics(retry("[{'ErrorEquals':['States.Custom']}]"))
                .containsExactly(schema(
                        "'States.Custom' is not a predefined error name: error names starting with 'States.' are"
                                + " reserved",
                        "/States/S/Retry[0]/ErrorEquals[0]"));
    }

    @Test
    void predefined_and_custom_error_names_are_accepted() {
        assertValid(
                retry(
                        "[{'ErrorEquals':['States.TaskFailed','States.Timeout','States.HeartbeatTimeout',"
                                + "'States.Http.Socket','States.QueryEvaluationError','Lambda.ServiceException','java.lang.Exception']}]"));
    }

    @Test
    void interval_seconds_is_between_1_and_99999999() {
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'IntervalSeconds':0}]"))
                .containsExactly(schema("Minimum value is 1", "/States/S/Retry[0]/IntervalSeconds"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'IntervalSeconds':100000000}]"))
                .containsExactly(schema("Maximum value is 99999999", "/States/S/Retry[0]/IntervalSeconds"));
        assertValid(retry("[{'ErrorEquals':['E'],'IntervalSeconds':99999999}]"));
    }

    @Test
    void max_attempts_of_zero_is_legal_and_negative_is_not() {
        assertValid(retry("[{'ErrorEquals':['E'],'MaxAttempts':0}]"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'MaxAttempts':-1}]"))
                .containsExactly(schema("Minimum value is 0", "/States/S/Retry[0]/MaxAttempts"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'MaxAttempts':100000000}]"))
                .containsExactly(schema("Maximum value is 99999999", "/States/S/Retry[0]/MaxAttempts"));
    }

    @Test
    void backoff_rate_is_at_least_one() {
        assertValid(retry("[{'ErrorEquals':['E'],'BackoffRate':1.0}]"));
        assertValid(retry("[{'ErrorEquals':['E'],'BackoffRate':1.5}]"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'BackoffRate':0.5}]"))
                .containsExactly(schema("Minimum value is 1.0", "/States/S/Retry[0]/BackoffRate"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'BackoffRate':'2'}]"))
                .containsExactly(schema("Expected value of type [NUMBER]", "/States/S/Retry[0]/BackoffRate"));
    }

    @Test
    void max_delay_seconds_is_greater_than_0_and_less_than_31622401() {
        assertValid(retry("[{'ErrorEquals':['E'],'MaxDelaySeconds':31622400}]"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'MaxDelaySeconds':31622401}]"))
                .containsExactly(schema("Maximum value is 31622400", "/States/S/Retry[0]/MaxDelaySeconds"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'MaxDelaySeconds':0}]"))
                .containsExactly(schema("Minimum value is 1", "/States/S/Retry[0]/MaxDelaySeconds"));
    }

    @Test
    void jitter_strategy_is_full_or_none() {
        assertValid(retry("[{'ErrorEquals':['E'],'JitterStrategy':'NONE'}]"));
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'JitterStrategy':'PARTIAL'}]"))
                .containsExactly(schema(
                        "Value should be one of the following: [FULL, NONE]", "/States/S/Retry[0]/JitterStrategy"));
    }

    @Test
    void an_unknown_retrier_field_is_reported_at_the_retrier() {
        assertDiagnostics(retry("[{'ErrorEquals':['E'],'Attempts':3}]"))
                .containsExactly(schema("Field 'Attempts' is not supported", "/States/S/Retry[0]"));
    }

    @Test
    void retry_and_catch_must_be_arrays_of_objects() {
        assertDiagnostics(retry("{'ErrorEquals':['E']}"))
                .containsExactly(schema("Expected value of type [ARRAY]", "/States/S/Retry"));
        assertDiagnostics(catchers("['E']"))
                .containsExactly(schema("Expected value of type [OBJECT]", "/States/S/Catch[0]"));
    }

    @Test
    void a_catcher_needs_error_equals_and_next() {
        assertDiagnostics(catchers("[{}]"))
                .containsExactly(schema("These fields are required: [ErrorEquals, Next]", "/States/S/Catch[0]"));
    }

    @Test
    void an_unknown_catcher_field_is_reported_at_the_catcher_as_aws_did_for_a_comment_field() {
        // A CloudFormation deploy answered "SCHEMA_VALIDATION_FAILED: Field '_comment' is not supported at
        // /States/.../Catch[0]".
        assertDiagnostics(catchers("[{'ErrorEquals':['States.ALL'],'Next':'S','_comment':'why'}]"))
                .containsExactly(schema("Field '_comment' is not supported", "/States/S/Catch[0]"));
    }

    @Test
    void a_catcher_may_place_the_error_with_result_path_and_assign_variables() {
        assertValid(catchers("[{'ErrorEquals':['java.lang.Exception'],'ResultPath':'$.error-info','Next':'S'},"
                + "{'ErrorEquals':['States.ALL'],'Assign':{'hasError':true},'Next':'S'}]"));
        assertValid(catchers("[{'ErrorEquals':['States.ALL'],'ResultPath':null,'Next':'S'}]"));
    }

    @Test
    void a_catcher_next_must_be_a_string() {
        assertDiagnostics(catchers("[{'ErrorEquals':['States.ALL'],'Next':1}]"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/Catch[0]/Next"));
    }
}
