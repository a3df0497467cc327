package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.diagnostic;
import static dev.lockstep.engine.internal.validate.Definitions.jsonataMachine;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;
import static dev.lockstep.engine.internal.validate.Definitions.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Assign and variable names (https://states-language.net, "State Machine Variables"), JSONata strings, and the three
 * warnings of ValidateStateMachineDefinition (API reference: ValidateStateMachineDefinitionDiagnostic).
 */
class VariablesAndWarningsValidationTest {

    private static final String NO_DOLLAR = "No .$ on a field that appears to be a JSONPath or Intrinsic Function.";
    private static final String NO_PATH = "Field value looks like a path, but field name does not end with 'Path'.";

    private static String passWithParameters(String parameters) {
        return machine("{'Type':'Pass','End':true,'Parameters':" + parameters + "}");
    }

    @Test
    void assign_must_be_an_object() {
        assertDiagnostics(machine("{'Type':'Pass','Assign':['x'],'End':true}"))
                .containsExactly(schema("Expected value of type [OBJECT]", "/States/S/Assign"));
    }

    @Test
    void a_jsonpath_assign_takes_dollar_keys_like_a_payload_template() {
        assertValid(machine("{'Type':'Pass','Assign':{'total.$':'$.total','fixed':1,'nested':{'a':[1]}},'End':true}"));
    }

    @Test
    void no_state_may_assign_the_reserved_variable_states() {
        assertDiagnostics(machine("{'Type':'Pass','Assign':{'states':1},'End':true}"))
                .containsExactly(diagnostic(
                        "RESERVED_VARIABLE_NAME",
                        "Cannot assign to reserved variable '$states'.",
                        "/States/S/Assign/states"));
    }

    @Test
    void a_variable_name_is_a_unicode_identifier() {
        assertDiagnostics(machine("{'Type':'Pass','Assign':{'order-id':1},'End':true}"))
                .containsExactly(diagnostic(
                        "INVALID_VARIABLE_NAME",
                        "Invalid variable name 'order-id': the variable name contains invalid characters.",
                        "/States/S/Assign/order-id"));
        assertDiagnostics(machine("{'Type':'Pass','Assign':{'1st':1},'End':true}"))
                .hasSize(1);
        assertValid(machine("{'Type':'Pass','Assign':{'orderId':1,'_total':2,'größe':3,'x1':4},'End':true}"));
    }

    @Test
    void a_variable_whose_name_holds_a_combining_mark_can_be_assigned_and_read() {
        assertValid("{'StartAt':'A','States':{'A':{'Type':'Pass','Assign':{'cafe\u0301':{'x':1}},'Next':'B'},"
                + "'B':{'Type':'Pass','Parameters':{'x.$':'$cafe\u0301.x','y.$':'States.Array($cafe\u0301.x)'},"
                + "'End':true}}}");
    }

    @Test
    void a_jsonpath_assign_key_is_checked_without_its_dollar_suffix() {
        assertDiagnostics(machine("{'Type':'Pass','Assign':{'bad name.$':'$.x'},'End':true}"))
                .containsExactly(diagnostic(
                        "INVALID_VARIABLE_NAME",
                        "Invalid variable name 'bad name': the variable name contains invalid characters.",
                        "/States/S/Assign/bad name.$"));
    }

    @Test
    void a_variable_name_has_at_most_80_characters() {
        assertValid(machine("{'Type':'Pass','Assign':{'" + "v".repeat(80) + "':1},'End':true}"));
        assertDiagnostics(machine("{'Type':'Pass','Assign':{'" + "v".repeat(81) + "':1},'End':true}"))
                .extracting(t -> t.toList().get(0))
                .containsExactly("INVALID_VARIABLE_NAME");
    }

    @Test
    void variable_names_are_checked_in_choice_rules_and_catchers_too() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E','Choices':[{'Variable':'$.a',"
                        + "'IsPresent':true,'Assign':{'states':1},'Next':'E'}]},'E':{'Type':'Succeed'}}}")
                .extracting(t -> t.toList().get(2))
                .containsExactly("/States/C/Choices[0]/Assign/states");
        assertDiagnostics(machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Assign':{'a b':1},'Next':'S'}]}"))
                .extracting(t -> t.toList().get(2))
                .containsExactly("/States/S/Catch[0]/Assign/a b");
    }

    @Test
    void a_jsonata_assign_takes_expressions() {
        assertValid(jsonataMachine("{'Type':'Pass','Assign':{'x':42,'newOrOld':'{% $x %}'},'End':true}"));
    }

    @Test
    void a_jsonata_string_that_opens_and_does_not_close_is_reported_once_at_the_field() {
        assertDiagnostics(jsonataMachine("{'Type':'Pass','Output':{'a':'{% $x','b':['{% $y']},'End':true}"))
                .containsExactly(schema("JSONata string must start with {% and end with %}", "/States/S/Output"));
    }

    @Test
    void a_string_that_merely_contains_percent_braces_is_plain_text() {
        assertValid(jsonataMachine("{'Type':'Pass','Output':{'a':'100% sure','b':'x {% y %}'},'End':true}"));
    }

    @Test
    void a_parameters_value_that_looks_like_a_path_without_dollar_key_is_a_no_dollar_warning() {
        assertDiagnostics(passWithParameters("{'name':'$.user.name'}"))
                .containsExactly(diagnostic("NO_DOLLAR", NO_DOLLAR, "/States/S/Parameters/name"));
    }

    @Test
    void a_parameters_value_that_looks_like_an_intrinsic_is_a_no_dollar_warning_at_its_nested_key() {
        assertDiagnostics(passWithParameters("{'outer':{'list':[{'id':'States.UUID()'}]}}"))
                .containsExactly(diagnostic("NO_DOLLAR", NO_DOLLAR, "/States/S/Parameters/outer/list[0]/id"));
    }

    @Test
    void plain_strings_and_context_paths_with_dollar_keys_give_no_warning() {
        assertValid(passWithParameters("{'price':'$5','name':'States of America','ctx.$':'$$.Execution.Id'}"));
    }

    @Test
    void no_dollar_is_reported_in_result_selector_and_item_selector_too() {
        assertDiagnostics(machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'ResultSelector':{'body':'$.Payload'}}"))
                .containsExactly(diagnostic("NO_DOLLAR", NO_DOLLAR, "/States/S/ResultSelector/body"));
    }

    @Test
    void warnings_do_not_make_a_definition_invalid() {
        assertThat(validate(passWithParameters("{'name':'$.user.name'}")))
                .hasSize(1)
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING))
                .noneMatch(Diagnostic::isError);
    }

    @Test
    void a_fail_error_that_looks_like_a_path_is_a_no_path_warning() {
        assertDiagnostics(machine("{'Type':'Fail','Error':'$.error','Cause':'$.cause'}"))
                .containsExactly(
                        diagnostic("NO_PATH", NO_PATH, "/States/S/Error"),
                        diagnostic("NO_PATH", NO_PATH, "/States/S/Cause"));
    }

    @Test
    void a_string_comparison_against_a_path_is_a_no_path_warning() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E','Choices':[{'Variable':'$.a',"
                        + "'StringEquals':'$.b','Next':'E'}]},'E':{'Type':'Succeed'}}}")
                .containsExactly(diagnostic("NO_PATH", NO_PATH, "/States/C/Choices[0]/StringEquals"));
    }

    @Test
    void a_pass_result_with_dollar_keys_is_static_and_gets_a_warning() {
        // Recorded by LocalStack on AWS: Result keys ending in .$ are kept literally
        // (test_state_pass_result_jsonpaths).
        assertDiagnostics(machine("{'Type':'Pass','Result':{'unsupported1.$':'$.jsonpath'},'End':true}"))
                .containsExactly(diagnostic(
                        "PASS_RESULT_IS_STATIC",
                        "Attempt to use a path in the result of a pass state.",
                        "/States/S/Result"));
    }

    @Test
    void a_pass_result_may_be_any_json_value() {
        assertValid(machine("{'Type':'Pass','Result':'Hello World!','End':true}"));
        assertValid(machine("{'Type':'Pass','Result':[1,{'x-datum':0.381018}],'ResultPath':'$.coords','End':true}"));
    }

    @Test
    void a_dollar_key_in_a_template_must_hold_a_string() {
        assertDiagnostics(passWithParameters("{'count.$':5}"))
                .containsExactly(schema(
                        "The value for the field 'count.$' must be a valid JSONPath or a valid intrinsic function call",
                        "/States/S/Parameters"));
    }

    @Test
    void a_template_key_may_not_appear_twice_once_its_suffix_is_removed() {
        // https://states-language.net, Payload Template: "A JSON object MUST NOT have duplicate field names after
        // fields ending with the characters ".$" are renamed to strip the ".$" suffix."
        assertDiagnostics(passWithParameters("{'id':1,'id.$':'$.id'}"))
                .containsExactly(
                        schema("The field 'id' appears twice once the '.$' suffix is removed", "/States/S/Parameters"));
    }
}
