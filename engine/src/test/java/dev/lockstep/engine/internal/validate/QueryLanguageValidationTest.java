package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.jsonataMachine;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;
import static dev.lockstep.engine.internal.validate.Definitions.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * JSONPath and JSONata fields, and how a state's language is resolved. Every expectation here was measured against
 * AWS by floci (StepFunctionsValidateStateMachineDefinitionIntegrationTest) or recorded by LocalStack.
 */
class QueryLanguageValidationTest {

    private static final String JSONATA_ONLY =
            "The QueryLanguage is set to 'JSONPath', but field '%s' is only supported for the 'JSONata' QueryLanguage";
    private static final String JSONPATH_ONLY =
            "The QueryLanguage is set to 'JSONata', but field '%s' is only supported for the 'JSONPath' QueryLanguage";
    private static final String DOWNGRADE =
            "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";
    private static final String ENUM = "Value should be one of the following: [JSONPath, JSONata]";
    private static final String PROCESSOR_PASS_WITH_OUTPUT = "'ItemProcessor':{'StartAt':'P','States':{"
            + "'P':{'Type':'Pass','Output':{'doubled':'{% $states.input.n * 2 %}'},'End':true}}}";

    @Test
    void output_on_a_jsonpath_state_is_only_for_jsonata_and_located_at_the_state() {
        assertDiagnostics(machine("{'Type':'Pass','Output':{'v':1},'End':true}"))
                .containsExactly(schema(JSONATA_ONLY.formatted("Output"), "/States/S"));
    }

    @Test
    void arguments_on_a_jsonpath_task_is_only_for_jsonata() {
        assertDiagnostics(machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Arguments':{'payload':'literal'},'End':true}"))
                .containsExactly(schema(JSONATA_ONLY.formatted("Arguments"), "/States/S"));
    }

    @Test
    void items_on_a_jsonpath_map_is_only_for_jsonata() {
        assertDiagnostics(machine("{'Type':'Map','Items':[{'n':1}],'End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(JSONATA_ONLY.formatted("Items"), "/States/S"));
    }

    @Test
    void two_jsonata_only_fields_come_output_first() {
        assertDiagnostics(machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Arguments':{'payload':'literal'},'Output':{'v':1},'End':true}"))
                .containsExactly(
                        schema(JSONATA_ONLY.formatted("Output"), "/States/S"),
                        schema(JSONATA_ONLY.formatted("Arguments"), "/States/S"));
    }

    @Test
    void jsonpath_only_fields_on_a_jsonata_state_come_in_a_fixed_order() {
        assertDiagnostics(jsonataMachine(
                        "{'Type':'Pass','ResultPath':'$.c','OutputPath':'$.b','InputPath':'$.a','End':true}"))
                .containsExactly(
                        schema(JSONPATH_ONLY.formatted("InputPath"), "/States/S"),
                        schema(JSONPATH_ONLY.formatted("OutputPath"), "/States/S"),
                        schema(JSONPATH_ONLY.formatted("ResultPath"), "/States/S"));
    }

    @Test
    void parameters_and_result_selector_are_jsonpath_only() {
        assertDiagnostics(jsonataMachine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Parameters':{},'ResultSelector':{},'End':true}"))
                .containsExactly(
                        schema(JSONPATH_ONLY.formatted("Parameters"), "/States/S"),
                        schema(JSONPATH_ONLY.formatted("ResultSelector"), "/States/S"));
    }

    @Test
    void a_jsonata_map_refuses_max_concurrency_path_at_the_state() {
        assertDiagnostics(jsonataMachine("{'Type':'Map','MaxConcurrencyPath':'$.limit','End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(JSONPATH_ONLY.formatted("MaxConcurrencyPath"), "/States/S"));
    }

    @Test
    void assign_is_accepted_on_a_jsonpath_state() {
        assertValid(machine("{'Type':'Pass','Assign':{'counter':1},'End':true}"));
    }

    @Test
    void a_state_may_switch_to_jsonata_under_a_jsonpath_machine() {
        assertValid(machine("{'Type':'Pass','QueryLanguage':'JSONata','Output':{'v':'{% 1 %}'},'End':true}"));
    }

    @Test
    void a_state_may_repeat_its_machines_language() {
        assertValid(machine("{'Type':'Pass','QueryLanguage':'JSONPath','InputPath':'$.a','End':true}"));
        assertValid(jsonataMachine("{'Type':'Pass','QueryLanguage':'JSONata','Output':{'v':'{% 1 %}'},'End':true}"));
    }

    @Test
    void a_state_cannot_go_back_to_jsonpath_under_a_jsonata_machine() {
        assertDiagnostics(jsonataMachine("{'Type':'Map','QueryLanguage':'JSONPath','End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(DOWNGRADE, "/States/S"));
    }

    @Test
    void the_downgrade_replaces_the_query_language_checks_of_that_state() {
        assertDiagnostics(jsonataMachine(
                        "{'Type':'Pass','QueryLanguage':'JSONPath','Output':{'v':'{% 1 %}'},'End':true}"))
                .containsExactly(schema(DOWNGRADE, "/States/S"));
    }

    @Test
    void the_downgrade_still_lets_the_values_be_checked() {
        assertDiagnostics(jsonataMachine("{'Type':'Map','QueryLanguage':'JSONPath','MaxConcurrency':-1,'End':true,"
                        + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(
                        schema(DOWNGRADE, "/States/S"), schema("Minimum value is 0", "/States/S/MaxConcurrency"));
    }

    @Test
    void a_maps_own_query_language_does_not_reach_the_states_of_its_item_processor() {
        String withJsonata = "{'QueryLanguage':'JSONPath','StartAt':'M','States':{'M':{'Type':'Map',"
                + "'QueryLanguage':'JSONata','End':true," + PROCESSOR_PASS_WITH_OUTPUT + "}}}";
        String withoutLanguage = "{'QueryLanguage':'JSONPath','StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + PROCESSOR_PASS_WITH_OUTPUT + "}}}";
        assertThat(validate(withJsonata)).isEqualTo(validate(withoutLanguage));
        assertDiagnostics(withJsonata)
                .containsExactly(schema(JSONATA_ONLY.formatted("Output"), "/States/M/ItemProcessor/States/P"));
    }

    @Test
    void a_parallels_own_query_language_does_not_reach_its_branches() {
        assertDiagnostics(
                        "{'StartAt':'PAR','States':{'PAR':{'Type':'Parallel','QueryLanguage':'JSONata','End':true,"
                                + "'Branches':[{'StartAt':'P','States':{'P':{'Type':'Pass','Output':{'v':'{% 1 %}'},'End':true}}}]}}}")
                .containsExactly(schema(JSONATA_ONLY.formatted("Output"), "/States/PAR/Branches[0]/States/P"));
    }

    @Test
    void nested_states_inherit_the_machines_language() {
        assertValid("{'QueryLanguage':'JSONata','StartAt':'M','States':{'M':{'Type':'Map','End':true,"
                + PROCESSOR_PASS_WITH_OUTPUT + "}}}");
    }

    @Test
    void a_maps_own_fields_use_the_maps_language() {
        assertValid(machine("{'Type':'Map','QueryLanguage':'JSONata','Items':'{% [1, 2] %}',"
                + "'Output':{'count':'{% $count($states.result) %}'},'End':true,"
                + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"));
    }

    @Test
    void an_item_processor_carries_no_query_language() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'QueryLanguage':'JSONata',"
                        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema("Field 'QueryLanguage' is not supported", "/States/S/ItemProcessor"));
    }

    @Test
    void a_legacy_iterator_carries_no_query_language() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'Iterator':{'QueryLanguage':'JSONata',"
                        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema("Field 'QueryLanguage' is not supported", "/States/S/Iterator"));
    }

    @Test
    void a_parallel_branch_carries_no_query_language() {
        assertDiagnostics(machine("{'Type':'Parallel','End':true,'Branches':[{'QueryLanguage':'JSONata',"
                        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}]}"))
                .containsExactly(schema("Field 'QueryLanguage' is not supported", "/States/S/Branches[0]"));
    }

    @Test
    void a_lowercase_jsonata_on_a_state_resolves_to_jsonata_and_is_still_reported_against_the_enum() {
        assertDiagnostics(machine("{'Type':'Pass','QueryLanguage':'jsonata','Output':{'v':'{% 1 %}'},"
                        + "'InputPath':'$.a','End':true}"))
                .containsExactly(
                        schema(JSONPATH_ONLY.formatted("InputPath"), "/States/S"),
                        schema(ENUM, "/States/S/QueryLanguage"));
    }

    @Test
    void an_unrecognised_query_language_on_a_state_resolves_to_jsonata() {
        assertDiagnostics(machine("{'Type':'Pass','QueryLanguage':'foo','Output':{'v':'{% 1 %}'},'End':true}"))
                .containsExactly(schema(ENUM, "/States/S/QueryLanguage"));
    }

    @Test
    void a_non_string_query_language_on_a_state_resolves_to_jsonata() {
        assertDiagnostics(machine("{'Type':'Pass','QueryLanguage':5,'InputPath':'$.a','End':true}"))
                .containsExactly(
                        schema(JSONPATH_ONLY.formatted("InputPath"), "/States/S"),
                        schema("Expected value of type [STRING]", "/States/S/QueryLanguage"));
    }

    @Test
    void only_the_exact_string_jsonpath_is_a_downgrade() {
        assertDiagnostics(jsonataMachine("{'Type':'Pass','QueryLanguage':'jsonpath','End':true}"))
                .containsExactly(schema(ENUM, "/States/S/QueryLanguage"));
    }

    @Test
    void a_lowercase_top_level_query_language_resolves_to_jsonata() {
        assertDiagnostics(
                        "{'QueryLanguage':'jsonpath','StartAt':'X','States':{'X':{'Type':'Pass','InputPath':'$.a','End':true}}}")
                .containsExactly(
                        schema(ENUM, "/QueryLanguage"), schema(JSONPATH_ONLY.formatted("InputPath"), "/States/X"));
    }

    @Test
    void a_jsonpath_choice_rule_takes_no_condition() {
        assertDiagnostics(
                        "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'E',"
                                + "'Choices':[{'Condition':true,'Variable':'$.a','IsPresent':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}")
                .containsExactly(schema(JSONATA_ONLY.formatted("Condition"), "/States/C/Choices[0]"));
    }

    @Test
    void a_jsonata_choice_rule_takes_no_variable_or_comparison() {
        assertDiagnostics("{'QueryLanguage':'JSONata','StartAt':'C','States':{'C':{'Type':'Choice','Default':'E',"
                        + "'Choices':[{'Condition':true,'Variable':'$.a','StringEquals':'x','Next':'E'}]},"
                        + "'E':{'Type':'Succeed'}}}")
                .containsExactly(
                        schema(JSONPATH_ONLY.formatted("Variable"), "/States/C/Choices[0]"),
                        schema(JSONPATH_ONLY.formatted("StringEquals"), "/States/C/Choices[0]"));
    }

    @Test
    void a_jsonata_catcher_takes_output_and_no_result_path() {
        assertDiagnostics(jsonataMachine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.e','Output':'{% $states.errorOutput %}',"
                        + "'Next':'S'}]}"))
                .containsExactly(schema(JSONPATH_ONLY.formatted("ResultPath"), "/States/S/Catch[0]"));
    }

    @Test
    void a_jsonpath_catcher_takes_no_output() {
        assertDiagnostics(machine("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Output':{},'Next':'S'}]}"))
                .containsExactly(schema(JSONATA_ONLY.formatted("Output"), "/States/S/Catch[0]"));
    }
}
