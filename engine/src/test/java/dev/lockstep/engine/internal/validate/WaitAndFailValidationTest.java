package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.jsonataMachine;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;

import org.junit.jupiter.api.Test;

/** Wait and Fail (developer guide, "Wait workflow state" and "Fail workflow state"). */
class WaitAndFailValidationTest {

    private static final String JSONPATH_WAIT_FIELDS = "[Seconds, Timestamp, SecondsPath, TimestampPath]";

    private static String waitState(String fields) {
        return machine("{'Type':'Wait','End':true" + fields + "}");
    }

    @Test
    void the_developer_guides_wait_examples_are_valid() {
        assertValid(waitState(",'Seconds':10"));
        assertValid(waitState(",'Timestamp':'2024-03-14T01:59:00Z'"));
        assertValid(waitState(",'TimestampPath':'$.expirydate'"));
        assertValid(waitState(",'SecondsPath':'$.seconds'"));
    }

    @Test
    void a_wait_needs_one_of_its_four_fields() {
        assertDiagnostics(waitState(""))
                .containsExactly(schema(
                        "Exactly one of the following fields is required: " + JSONPATH_WAIT_FIELDS, "/States/S"));
    }

    @Test
    void a_wait_takes_only_one_of_its_four_fields() {
        assertDiagnostics(waitState(",'Seconds':1,'TimestampPath':'$.t'"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [Seconds, TimestampPath]", "/States/S"));
    }

    @Test
    void seconds_is_an_integer_from_0_to_99999999() {
        assertValid(waitState(",'Seconds':0"));
        assertValid(waitState(",'Seconds':99999999"));
        assertDiagnostics(waitState(",'Seconds':-1"))
                .containsExactly(schema("Minimum value is 0", "/States/S/Seconds"));
        assertDiagnostics(waitState(",'Seconds':100000000"))
                .containsExactly(schema("Maximum value is 99999999", "/States/S/Seconds"));
        assertDiagnostics(waitState(",'Seconds':1.5"))
                .containsExactly(schema("Expected value of type [INTEGER]", "/States/S/Seconds"));
    }

    @Test
    void a_timestamp_must_be_rfc3339_with_uppercase_t_and_a_zone() {
        assertDiagnostics(waitState(",'Timestamp':'2024-03-14 01:59:00Z'"))
                .containsExactly(
                        schema(ValidationMessages.invalidTimestamp("2024-03-14 01:59:00Z"), "/States/S/Timestamp"));
        assertDiagnostics(waitState(",'Timestamp':'2024-03-14T01:59:00'")).hasSize(1);
    }

    @Test
    void a_timestamp_may_have_a_numeric_offset_and_nine_fractional_digits() {
        // Accepted by AWS per LocalStack issues #10523 and #11997.
        assertValid(waitState(",'Timestamp':'2024-03-15T23:27:00+00:00'"));
        assertValid(waitState(",'Timestamp':'2024-12-05T21:29:29.243167252Z'"));
    }

    @Test
    void wait_paths_must_be_strings() {
        assertDiagnostics(waitState(",'SecondsPath':10"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/SecondsPath"));
    }

    @Test
    void a_jsonata_wait_takes_an_expression_in_seconds_or_timestamp() {
        assertValid(jsonataMachine("{'Type':'Wait','Seconds':'{% $states.input.delay %}','End':true}"));
        assertValid(jsonataMachine("{'Type':'Wait','Timestamp':'{% $states.input.expirydate %}','End':true}"));
        assertValid(jsonataMachine("{'Type':'Wait','Timestamp':'2016-03-14T01:59:00Z','End':true}"));
    }

    @Test
    void a_jsonata_wait_has_no_path_fields_and_still_needs_seconds_or_timestamp() {
        assertDiagnostics(jsonataMachine("{'Type':'Wait','SecondsPath':'$.s','End':true}"))
                .containsExactly(
                        schema("Exactly one of the following fields is required: [Seconds, Timestamp]", "/States/S"),
                        schema(ValidationMessages.onlyForJsonPath("SecondsPath"), "/States/S"));
    }

    @Test
    void a_jsonata_string_that_does_not_close_is_malformed() {
        assertDiagnostics(jsonataMachine("{'Type':'Wait','Seconds':'{% $states.input.delay','End':true}"))
                .containsExactly(schema("JSONata string must start with {% and end with %}", "/States/S/Seconds"));
    }

    @Test
    void a_fail_state_may_have_error_and_cause_or_neither() {
        assertValid(machine("{'Type':'Fail','Error':'ErrorA','Cause':'Kaiju attack'}"));
        assertValid(machine("{'Type':'Fail'}"));
        assertValid(machine("{'Type':'Fail','ErrorPath':'$.Error','CausePath':'$.Cause'}"));
    }

    @Test
    void error_and_error_path_exclude_each_other() {
        assertDiagnostics(machine("{'Type':'Fail','Error':'E','ErrorPath':'$.Error'}"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [Error, ErrorPath]", "/States/S/Error"));
    }

    @Test
    void cause_and_cause_path_exclude_each_other() {
        assertDiagnostics(machine("{'Type':'Fail','Cause':'C','CausePath':'$.Cause'}"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [Cause, CausePath]", "/States/S/Cause"));
    }

    @Test
    void error_and_cause_must_be_strings() {
        assertDiagnostics(machine("{'Type':'Fail','Error':1,'Cause':{}}"))
                .containsExactly(
                        schema("Expected value of type [STRING]", "/States/S/Error"),
                        schema("Expected value of type [STRING]", "/States/S/Cause"));
    }

    @Test
    void only_seven_intrinsics_may_compute_an_error_or_cause() {
        assertDiagnostics(machine("{'Type':'Fail','CausePath':'States.StringToJson($.c)'}"))
                .containsExactly(schema(
                        "The value for the field 'CausePath' must be a valid Reference Path or a call to one of these"
                                + " intrinsic functions: [States.Format, States.JsonToString, States.ArrayGetItem,"
                                + " States.Base64Encode, States.Base64Decode, States.Hash, States.UUID]",
                        "/States/S/CausePath"));
    }

    @Test
    void a_jsonata_fail_computes_error_and_cause_with_expressions_and_has_no_path_fields() {
        assertValid(jsonataMachine(
                "{'Type':'Fail','Error':'{% $states.input.Error %}','Cause':'{% $states.input.Cause %}'}"));
        assertDiagnostics(jsonataMachine("{'Type':'Fail','ErrorPath':'$.Error'}"))
                .containsExactly(schema(ValidationMessages.onlyForJsonPath("ErrorPath"), "/States/S"));
    }
}
