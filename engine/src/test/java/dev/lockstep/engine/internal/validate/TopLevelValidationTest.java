package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.json;
import static dev.lockstep.engine.internal.validate.Definitions.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import org.junit.jupiter.api.Test;

/** The top-level fields of a definition (developer guide, "State machine structure"). */
class TopLevelValidationTest {

    @Test
    void the_hello_world_example_of_the_developer_guide_is_valid() {
        assertValid("{'Comment':'A Hello World example of the Amazon States Language using a Pass state',"
                + "'StartAt':'HelloWorld','States':{'HelloWorld':{'Type':'Pass','Result':'Hello World!','End':true}}}");
    }

    @Test
    void a_definition_that_is_an_array_is_not_a_valid_json_object_and_has_no_location() {
        assertThat(DefinitionValidator.validate(json("[]"), StateMachineType.STANDARD))
                .extracting(Diagnostic::code, Diagnostic::message, Diagnostic::location)
                .containsExactly(schema("Definition must be a valid JSON object", null));
    }

    @Test
    void a_definition_that_is_a_string_or_null_is_not_a_valid_json_object() {
        assertThat(DefinitionValidator.validate(json("'text'"), StateMachineType.STANDARD))
                .extracting(Diagnostic::message)
                .containsExactly("Definition must be a valid JSON object");
        assertThat(DefinitionValidator.validate(null, StateMachineType.STANDARD))
                .extracting(Diagnostic::message)
                .containsExactly("Definition must be a valid JSON object");
    }

    @Test
    void an_empty_object_needs_states_and_start_at_in_the_order_aws_recorded() {
        assertDiagnostics("{}").containsExactly(schema("These fields are required: [States, StartAt]", "/"));
    }

    @Test
    void a_definition_without_start_at_names_only_start_at() {
        assertDiagnostics("{'States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("These fields are required: [StartAt]", "/"));
    }

    @Test
    void an_unknown_top_level_field_is_not_supported_at_the_root() {
        assertDiagnostics("{'Coment':'typo','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Field 'Coment' is not supported", "/"));
    }

    @Test
    void start_at_must_be_a_string() {
        assertDiagnostics("{'StartAt':1,'States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Expected value of type [STRING]", "/StartAt"));
    }

    @Test
    void states_must_be_an_object() {
        assertDiagnostics("{'StartAt':'A','States':[]}")
                .containsExactly(schema("Expected value of type [OBJECT]", "/States"));
    }

    @Test
    void comment_must_be_a_string() {
        assertDiagnostics("{'Comment':{},'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Expected value of type [STRING]", "/Comment"));
    }

    @Test
    void version_1_0_is_accepted() {
        assertValid("{'Version':'1.0','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}");
    }

    @Test
    void any_other_version_is_reported_against_the_only_value() {
        assertDiagnostics("{'Version':'2.0','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Value should be one of the following: [1.0]", "/Version"));
    }

    @Test
    void timeout_seconds_is_accepted_as_a_positive_integer() {
        assertValid("{'TimeoutSeconds':3600,'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}");
    }

    @Test
    void timeout_seconds_of_zero_is_below_the_minimum() {
        assertDiagnostics("{'TimeoutSeconds':0,'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Minimum value is 1", "/TimeoutSeconds"));
    }

    @Test
    void timeout_seconds_must_be_an_integer() {
        assertDiagnostics("{'TimeoutSeconds':1.5,'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Expected value of type [INTEGER]", "/TimeoutSeconds"));
        assertDiagnostics("{'TimeoutSeconds':'60','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Expected value of type [INTEGER]", "/TimeoutSeconds"));
    }

    @Test
    void timeout_seconds_above_99999999_is_refused() {
        assertDiagnostics("{'TimeoutSeconds':100000000,'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Maximum value is 99999999", "/TimeoutSeconds"));
    }

    @Test
    void a_number_with_a_zero_fraction_counts_as_an_integer() {
        assertValid("{'TimeoutSeconds':60.0,'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}");
    }

    @Test
    void both_query_languages_are_accepted_at_the_top_level() {
        assertValid("{'QueryLanguage':'JSONPath','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}");
        assertValid("{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}");
    }

    @Test
    void a_query_language_outside_the_enum_is_reported_at_its_field_as_aws_measured() {
        assertDiagnostics("{'QueryLanguage':'XPath','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Value should be one of the following: [JSONPath, JSONata]", "/QueryLanguage"));
    }

    @Test
    void a_query_language_that_is_not_a_string_is_a_type_error() {
        assertDiagnostics("{'QueryLanguage':5,'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}}")
                .containsExactly(schema("Expected value of type [STRING]", "/QueryLanguage"));
    }

    @Test
    void top_level_diagnostics_come_before_those_of_the_states() {
        assertDiagnostics("{'Coment':'','StartAt':'A','States':{'A':{'Type':'Pass','End':true,'Bogus':1}}}")
                .containsExactly(
                        schema("Field 'Coment' is not supported", "/"),
                        schema("Field 'Bogus' is not supported", "/States/A"));
    }
}
