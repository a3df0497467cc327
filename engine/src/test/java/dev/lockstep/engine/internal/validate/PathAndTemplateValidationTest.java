package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;
import static dev.lockstep.engine.internal.validate.Definitions.validate;
import static dev.lockstep.engine.internal.validate.Definitions.validateBackticked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks that hand path, Reference Path, payload template and intrinsic syntax to the compilers of the
 * {@code path} and {@code intrinsic} packages. These tests need the real compilers: with the skeletons (JsonPath
 * accepts anything, Intrinsics refuses everything) most of them fail, by design, until those are merged.
 */
class PathAndTemplateValidationTest {

    private static final String TEMPLATE_MESSAGE =
            "The value for the field '%s' must be a valid JSONPath or a valid intrinsic function call";

    /** A machine whose only state, S, is {@code state}, written with ` for ". */
    private static String backticked(String state) {
        return "{`StartAt`:`S`,`States`:{`S`:" + state + "}}";
    }

    private static Diagnostic only(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    private static void assertRefusedAt(String definition, String location, String messagePrefix) {
        Diagnostic diagnostic = only(validate(definition));
        assertThat(diagnostic.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(diagnostic.location()).isEqualTo(location);
        assertThat(diagnostic.message()).startsWith(messagePrefix);
    }

    @Test
    void an_input_path_with_broken_syntax_names_the_field() {
        assertRefusedAt(
                machine("{'Type':'Pass','InputPath':'$.a[','End':true}"),
                "/States/S/InputPath",
                "The value for the field 'InputPath' must be a valid JSONPath: ");
    }

    @Test
    void an_output_path_must_start_with_a_dollar() {
        assertRefusedAt(
                machine("{'Type':'Pass','OutputPath':'result','End':true}"),
                "/States/S/OutputPath",
                "The value for the field 'OutputPath' must be a valid JSONPath: ");
    }

    @Test
    void an_input_path_may_select_several_values() {
        assertValid(machine("{'Type':'Pass','InputPath':'$.a[0:2]','OutputPath':'$..name','End':true}"));
    }

    @Test
    void a_result_path_must_be_a_reference_path() {
        assertRefusedAt(
                machine("{'Type':'Pass','ResultPath':'$.a[*]','End':true}"),
                "/States/S/ResultPath",
                "The value for the field 'ResultPath' must be a valid Reference Path");
    }

    @Test
    void a_result_path_cannot_write_into_the_context_object() {
        // https://states-language.net: "The value of ResultPath MUST NOT begin with $$".
        assertRefusedAt(
                machine("{'Type':'Pass','ResultPath':'$$.Execution','End':true}"),
                "/States/S/ResultPath",
                "The value for the field 'ResultPath' must be a valid Reference Path");
    }

    @Test
    void a_result_path_cannot_name_a_variable() {
        // https://states-language.net: "In a JSONPath state, the ResultPath field MUST NOT reference a variable."
        assertRefusedAt(
                machine("{'Type':'Pass','ResultPath':'$myVariable','End':true}"),
                "/States/S/ResultPath",
                "The value for the field 'ResultPath' must be a valid Reference Path");
    }

    @Test
    void a_catcher_result_path_must_be_a_reference_path() {
        assertRefusedAt(
                machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$..error','Next':'S'}]}"),
                "/States/S/Catch[0]/ResultPath",
                "The value for the field 'ResultPath' must be a valid Reference Path");
    }

    @Test
    void items_path_must_select_a_single_value() {
        assertRefusedAt(
                machine("{'Type':'Map','ItemsPath':'$.items[*]','End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"),
                "/States/S/ItemsPath",
                "The value for the field 'ItemsPath' must be a valid Reference Path");
    }

    @Test
    void max_concurrency_path_must_select_a_single_node_as_aws_measured() {
        assertRefusedAt(
                machine("{'Type':'Map','MaxConcurrencyPath':'$.limits[*]','End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"),
                "/States/S/MaxConcurrencyPath",
                "The value for the field 'MaxConcurrencyPath' must be a valid Reference Path");
    }

    @Test
    void seconds_path_and_timeout_seconds_path_must_be_reference_paths() {
        assertRefusedAt(
                machine("{'Type':'Wait','SecondsPath':'$.delays[0:2]','End':true}"),
                "/States/S/SecondsPath",
                "The value for the field 'SecondsPath' must be a valid Reference Path");
        assertRefusedAt(
                machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'TimeoutSecondsPath':'$.t[?(@.x)]'}"),
                "/States/S/TimeoutSecondsPath",
                "The value for the field 'TimeoutSecondsPath' must be a valid Reference Path");
    }

    @Test
    void a_choice_variable_must_be_a_reference_path() {
        // Developer guide, Choice: "The values of Variable and Path fields in a comparison must be valid Reference
        // Paths."
        assertRefusedAt(
                "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E','Choices':[{'Variable':'$..a',"
                        + "'IsPresent':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}",
                "/States/C/Choices[0]/Variable",
                "The value for the field 'Variable' must be a valid Reference Path");
    }

    @Test
    void a_comparison_path_must_be_a_reference_path() {
        assertRefusedAt(
                "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E','Choices':[{'Variable':'$.a',"
                        + "'NumericLessThanPath':'$.b[*]','Next':'E'}]},'E':{'Type':'Succeed'}}}",
                "/States/C/Choices[0]/NumericLessThanPath",
                "The value for the field 'NumericLessThanPath' must be a valid Reference Path");
    }

    @Test
    void a_dollar_key_with_a_broken_path_gets_aws_message_at_the_field() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Parameters':{'outer':{'name.$':'$.a['}}}"))
                .containsExactly(schema(TEMPLATE_MESSAGE.formatted("name.$"), "/States/S/Parameters"));
    }

    @Test
    void a_dollar_key_with_plain_text_is_neither_a_path_nor_an_intrinsic() {
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Parameters':{'name.$':'name'}}"))
                .containsExactly(schema(TEMPLATE_MESSAGE.formatted("name.$"), "/States/S/Parameters"));
    }

    @Test
    void intrinsic_names_are_case_sensitive_as_a_real_create_state_machine_showed() {
        // serverless-step-functions issue #399: 'SCHEMA_VALIDATION_FAILED: The value for the field 'outputPath.$'
        // must be a valid JSONPath or a valid intrinsic function call at /States/TestTask/Parameters'.
        assertDiagnostics(validateBackticked(backticked("{`Type`:`Task`,`Resource`:`arn:aws:states:::lambda:invoke`,"
                        + "`End`:true,`Parameters`:{`outputPath.$`:`States.format('s3://{}/out', $.bucket)`}}")))
                .containsExactly(schema(TEMPLATE_MESSAGE.formatted("outputPath.$"), "/States/S/Parameters"));
    }

    @Test
    void an_intrinsic_call_in_a_template_is_accepted() {
        assertThat(validateBackticked(backticked("{`Type`:`Pass`,`End`:true,`Parameters`:{"
                        + "`greeting.$`:`States.Format('Welcome to {} {}\\\\'s playlist.', $.firstName, $.lastName)`,"
                        + "`id.$`:`States.UUID()`,`parts.$`:`States.StringSplit($.csv, ',')`}}")))
                .isEmpty();
    }

    @Test
    void intrinsics_are_accepted_in_result_selector_item_selector_and_credentials() {
        assertThat(validateBackticked(
                        backticked("{`Type`:`Task`,`Resource`:`arn:aws:states:::lambda:invoke`,`End`:true,"
                                + "`ResultSelector`:{`n.$`:`States.ArrayLength($.Payload)`},"
                                + "`Credentials`:{`RoleArn.$`:`States.Format('arn:aws:iam::{}:role/R', $.account)`}}")))
                .isEmpty();
        assertValid(machine("{'Type':'Map','End':true,'ItemSelector':{'v.$':'States.JsonToString($$.Map.Item.Value)'},"
                + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"));
    }

    @Test
    void intrinsics_nest_at_most_ten_deep() {
        // Developer guide, "Intrinsic functions": "You can nest up to 10 intrinsic functions within a field".
        String ten = "$.a";
        for (int i = 0; i < 10; i++) {
            ten = "States.JsonToString(" + ten + ")";
        }
        assertValid(machine("{'Type':'Pass','End':true,'Parameters':{'v.$':'" + ten + "'}}"));
        String eleven = "States.JsonToString(" + ten + ")";
        assertDiagnostics(machine("{'Type':'Pass','End':true,'Parameters':{'v.$':'" + eleven + "'}}"))
                .containsExactly(schema(TEMPLATE_MESSAGE.formatted("v.$"), "/States/S/Parameters"));
    }

    @Test
    void a_jsonpath_assign_takes_intrinsics() {
        assertValid(machine("{'Type':'Pass','Assign':{'id.$':'States.UUID()'},'End':true}"));
    }

    @Test
    void fail_paths_accept_the_allowed_intrinsics_as_aws_recorded() {
        // LocalStack recording test_state_fail_intrinsic.
        assertThat(validateBackticked(backticked("{`Type`:`Fail`,`ErrorPath`:`States.Format('{}', $.Error)`,"
                        + "`CausePath`:`States.Format('This is a custom error message for {}, caused by {}.', $.Error,"
                        + " $.Cause)`}")))
                .isEmpty();
    }

    @Test
    void a_fail_path_may_have_whitespace_between_the_function_name_and_its_parenthesis() {
        // The intrinsic grammar allows whitespace there, as in every other field that takes a call.
        assertThat(validateBackticked(backticked("{`Type`:`Fail`,`ErrorPath`:`States.Format ('x')`,"
                        + "`CausePath`:`States.JsonToString ($.Cause)`}")))
                .isEmpty();
        assertThat(only(validateBackticked(backticked("{`Type`:`Fail`,`CausePath`:`States.StringToJson ($.c)`}")))
                        .message())
                .startsWith("The value for the field 'CausePath' must be a valid Reference Path or a call to one of");
    }

    /**
     * AWS accepts a call whose literal arguments make it fail (it deployed an invalid States.Format template and failed
     * the execution, aws/aws-cdk issue #29261), so Lockstep only warns, with its own code, where the call is written.
     */
    @Test
    void a_call_that_always_fails_is_a_warning_at_its_key() {
        List<Diagnostic> diagnostics = validateBackticked(backticked("{`Type`:`Pass`,`End`:true,`Parameters`:{"
                + "`nested`:{`digest.$`:`States.Hash($.data, 'SHA-224')`}}}"));

        assertThat(diagnostics).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(warning.code()).isEqualTo("INTRINSIC_ALWAYS_FAILS");
            assertThat(warning.location()).isEqualTo("/States/S/Parameters/nested/digest.$");
            assertThat(warning.message())
                    .isEqualTo("The intrinsic function call 'States.Hash($.data, 'SHA-224')' fails whenever it runs"
                            + " (position 20): argument 2 of States.Hash names the hash algorithm 'SHA-224', but only"
                            + " MD5, SHA-1, SHA-256, SHA-384 and SHA-512 are supported");
        });
    }

    @Test
    void calls_that_always_fail_are_warned_of_in_assign_and_fail_paths_too() {
        assertThat(validateBackticked(backticked(
                        "{`Type`:`Pass`,`End`:true," + "`Assign`:{`range.$`:`States.ArrayRange(1, 5000, 1)`}}")))
                .extracting(Diagnostic::code, Diagnostic::location)
                .containsExactly(tuple("INTRINSIC_ALWAYS_FAILS", "/States/S/Assign/range.$"));
        assertThat(validateBackticked(backticked("{`Type`:`Fail`,`CausePath`:`States.Format('{', $.Cause)`}")))
                .extracting(Diagnostic::code, Diagnostic::location, Diagnostic::isError)
                .containsExactly(tuple("INTRINSIC_ALWAYS_FAILS", "/States/S/CausePath", false));
    }

    @Test
    void a_fail_path_with_an_allowed_but_malformed_intrinsic_is_refused() {
        Diagnostic diagnostic =
                only(validateBackticked(backticked("{`Type`:`Fail`,`ErrorPath`:`States.Format('{}', `}")));
        assertThat(diagnostic.location()).isEqualTo("/States/S/ErrorPath");
        assertThat(diagnostic.message())
                .startsWith("The value for the field 'ErrorPath' must be a valid Reference Path or a call to one of");
    }

    @Test
    void a_fail_path_must_be_a_reference_path() {
        assertRefusedAt(
                machine("{'Type':'Fail','CausePath':'$.causes[*]'}"),
                "/States/S/CausePath",
                "The value for the field 'CausePath' must be a valid Reference Path");
    }

    @Test
    void context_object_paths_are_valid_in_templates() {
        assertValid(machine("{'Type':'Pass','End':true,'Parameters':{'id.$':'$$.Execution.Id',"
                + "'start.$':'$$.Execution.StartTime','name.$':'$$.State.Name'}}"));
    }

    @Test
    void the_validator_and_the_runtime_agree_that_a_validated_template_compiles() {
        // Whatever the validator accepts, PayloadTemplate.compile must accept: both read the same template.
        List<Diagnostic> diagnostics = dev.lockstep.engine.internal.validate.DefinitionValidator.validate(
                Definitions.json(machine("{'Type':'Pass','End':true,'Parameters':{'a.$':'$.b','c':[{'d.$':'$[0]'}]}}")),
                StateMachineType.STANDARD);
        assertThat(diagnostics).isEmpty();
    }
}
