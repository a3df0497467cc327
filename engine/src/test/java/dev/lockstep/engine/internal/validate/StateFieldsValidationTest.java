package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.diagnostic;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;

import org.junit.jupiter.api.Test;

/**
 * Type, the fields each state type accepts, and Next/End. Locations of "not supported" diagnostics are the state,
 * not the field, as measured against AWS (floci's ValidateStateMachineDefinition tests).
 */
class StateFieldsValidationTest {

    private static final String NOT_SUPPORTED = "Field '%s' is not supported";

    @Test
    void a_state_without_type_needs_it() {
        assertDiagnostics(machine("{'End':true}"))
                .containsExactly(schema("These fields are required: [Type]", "/States/S"));
    }

    @Test
    void an_unknown_type_is_reported_against_the_eight_types() {
        assertDiagnostics(machine("{'Type':'Sleep','End':true}"))
                .containsExactly(schema(
                        "Value should be one of the following: [Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map]",
                        "/States/S/Type"));
    }

    @Test
    void type_is_case_sensitive() {
        assertDiagnostics(machine("{'Type':'pass','End':true}"))
                .extracting(t -> t.toList().get(2))
                .containsExactly("/States/S/Type");
    }

    @Test
    void a_type_that_is_not_a_string_is_a_type_error() {
        assertDiagnostics(machine("{'Type':1,'End':true}"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/Type"));
    }

    @Test
    void a_state_that_is_not_an_object_is_a_type_error() {
        assertDiagnostics("{'StartAt':'S','States':{'S':'Pass','E':{'Type':'Succeed'}}}")
                .contains(schema("Expected value of type [OBJECT]", "/States/S"));
    }

    @Test
    void an_unknown_field_is_not_supported_at_the_state() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Foo':1}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Foo"), "/States/S"));
    }

    @Test
    void field_names_are_case_sensitive() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'inputPath':'$'}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("inputPath"), "/States/S"));
    }

    @Test
    void timeout_seconds_is_not_supported_on_pass_map_or_parallel_as_aws_measured() {
        assertDiagnostics(machine("{'Type':'Pass','TimeoutSeconds':5,'End':true}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("TimeoutSeconds"), "/States/S"));
        assertDiagnostics(machine("{'Type':'Parallel','TimeoutSeconds':5,'End':true,"
                        + "'Branches':[{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':25,'End':true}}}]}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("TimeoutSeconds"), "/States/S"));
        assertDiagnostics(machine("{'Type':'Map','TimeoutSeconds':5,'End':true,"
                        + "'ItemProcessor':{'StartAt':'W','States':{'W':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("TimeoutSeconds"), "/States/S"));
    }

    @Test
    void catch_is_not_supported_on_pass() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S'}]}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Catch"), "/States/S"));
    }

    @Test
    void retry_is_not_supported_on_wait() {
        assertDiagnostics(machine("{'Type':'Wait','Seconds':1,'End':true,'Retry':[{'ErrorEquals':['States.ALL']}]}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Retry"), "/States/S"));
    }

    @Test
    void unsupported_fields_come_in_a_fixed_order_whatever_order_the_state_declares() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Retry':[{'ErrorEquals':['States.ALL']}],"
                        + "'TimeoutSeconds':5,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'S'}]}"))
                .containsExactly(
                        schema(NOT_SUPPORTED.formatted("TimeoutSeconds"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("Catch"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("Retry"), "/States/S"));
    }

    @Test
    void unknown_fields_follow_the_known_unsupported_ones_in_document_order() {
        assertDiagnostics(machine("{'Type':'Pass','Zed':1,'End':true,'Alpha':2,'Retry':[]}"))
                .containsExactly(
                        schema(NOT_SUPPORTED.formatted("Retry"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("Zed"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("Alpha"), "/States/S"));
    }

    @Test
    void fail_takes_neither_input_path_nor_output_path() {
        assertDiagnostics(machine("{'Type':'Fail','InputPath':'$','OutputPath':'$'}"))
                .containsExactly(
                        schema(NOT_SUPPORTED.formatted("InputPath"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("OutputPath"), "/States/S"));
    }

    @Test
    void succeed_and_fail_cannot_assign_variables() {
        assertDiagnostics(machine("{'Type':'Succeed','Assign':{'x':1}}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Assign"), "/States/S"));
        assertDiagnostics(machine("{'Type':'Fail','Assign':{'x':1}}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Assign"), "/States/S"));
    }

    @Test
    void every_other_state_type_may_assign_variables() {
        assertValid(machine("{'Type':'Pass','Assign':{'x':1},'End':true}"));
        assertValid(machine("{'Type':'Wait','Seconds':0,'Assign':{'x':1},'End':true}"));
        assertValid("{'StartAt':'C','States':{'C':{'Type':'Choice','Assign':{'x':1},'Default':'E',"
                + "'Choices':[{'Variable':'$.a','IsPresent':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}");
    }

    @Test
    void choice_has_no_result_path_and_wait_no_parameters() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','ResultPath':'$.x','Default':'E',"
                        + "'Choices':[{'Variable':'$.a','IsPresent':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}")
                .containsExactly(schema(NOT_SUPPORTED.formatted("ResultPath"), "/States/C"));
        assertDiagnostics(machine("{'Type':'Wait','Seconds':1,'Parameters':{},'End':true}"))
                .containsExactly(schema(NOT_SUPPORTED.formatted("Parameters"), "/States/S"));
    }

    @Test
    void a_state_with_both_next_and_end_is_refused_at_the_state() {
        assertDiagnostics("{'StartAt':'S','States':{'S':{'Type':'Pass','Next':'E','End':true},'E':{'Type':'Succeed'}}}")
                .containsExactly(schema("There should only be one of the following fields: [Next, End]", "/States/S"));
    }

    @Test
    void a_state_with_neither_next_nor_end_is_refused_at_the_state() {
        assertDiagnostics("{'StartAt':'S','States':{'S':{'Type':'Pass'},'E':{'Type':'Succeed'}}}")
                .startsWith(schema("Exactly one of the following fields is required: [Next, End]", "/States/S"));
    }

    @Test
    void end_false_does_not_make_a_state_terminal() {
        assertDiagnostics("{'StartAt':'S','States':{'S':{'Type':'Pass','End':false},'E':{'Type':'Succeed'}}}")
                .startsWith(schema("Exactly one of the following fields is required: [Next, End]", "/States/S"));
    }

    @Test
    void end_false_next_to_next_is_accepted() {
        assertValid("{'StartAt':'S','States':{'S':{'Type':'Pass','Next':'E','End':false},'E':{'Type':'Succeed'}}}");
    }

    @Test
    void end_must_be_a_boolean() {
        assertDiagnostics(machine("{'Type':'Pass','Next':'S','End':'true'}"))
                .contains(schema("Expected value of type [BOOLEAN]", "/States/S/End"));
    }

    @Test
    void next_must_be_a_string() {
        assertDiagnostics(machine("{'Type':'Pass','Next':1}"))
                .contains(schema("Expected value of type [STRING]", "/States/S/Next"));
    }

    @Test
    void terminal_states_take_neither_next_nor_end() {
        assertDiagnostics("{'StartAt':'S','States':{'S':{'Type':'Succeed','Next':'F'},'F':{'Type':'Fail','End':true}}}")
                .containsExactly(
                        schema(NOT_SUPPORTED.formatted("Next"), "/States/S"),
                        schema(NOT_SUPPORTED.formatted("End"), "/States/F"));
    }

    @Test
    void choice_takes_no_end_and_no_next_of_its_own() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','End':true,'Next':'E',"
                        + "'Choices':[{'Variable':'$.a','IsPresent':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}")
                .containsExactly(
                        schema(NOT_SUPPORTED.formatted("Next"), "/States/C"),
                        schema(NOT_SUPPORTED.formatted("End"), "/States/C"));
    }

    @Test
    void a_state_comment_must_be_a_string() {
        assertDiagnostics(machine("{'Type':'Pass','Comment':7,'End':true}"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/Comment"));
    }

    @Test
    void a_state_name_of_80_characters_is_accepted() {
        String name = "n".repeat(80);
        assertValid("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}");
    }

    @Test
    void a_state_name_of_81_characters_is_an_invalid_state_name() {
        // https://states-language.net: the name's "length MUST BE less than or equal to 80 Unicode characters".
        String name = "n".repeat(81);
        assertDiagnostics("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}")
                .containsExactly(diagnostic(
                        "INVALID_STATE_NAME",
                        "State name \"" + name + "\" is 81 characters long; at most 80 are allowed",
                        "/States/" + name));
    }

    @Test
    void a_state_name_is_measured_in_unicode_characters_not_utf16_units() {
        String name = "\uD83D\uDE80".repeat(80); // 80 rockets, 160 UTF-16 units
        assertValid("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}");
    }

    @Test
    void an_empty_state_name_is_an_invalid_state_name() {
        assertDiagnostics("{'StartAt':'','States':{'':{'Type':'Succeed'}}}")
                .containsExactly(diagnostic("INVALID_STATE_NAME", "State name must not be empty", "/States/"));
    }
}
