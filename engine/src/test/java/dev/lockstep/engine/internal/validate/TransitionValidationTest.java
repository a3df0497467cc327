package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.diagnostic;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Transition targets, reachability, the terminal state and duplicate names. Expected diagnostics are the ones
 * recorded from AWS (LocalStack PR #12487, cfn-lint #4073) or measured against it (floci issues #2735, #2968).
 */
class TransitionValidationTest {

    private static Tuple missingTarget(String target, String location) {
        return diagnostic("MISSING_TRANSITION_TARGET", "Missing 'Next' target: " + target, location);
    }

    private static Tuple unreachable(String state, String location) {
        return diagnostic("MISSING_TRANSITION_TARGET", "State \"" + state + "\" is not reachable.", location);
    }

    private static final Tuple NO_TERMINAL_STATE =
            diagnostic("MISSING_END_STATE", "Workflow has no terminal state", null);

    @Test
    void a_next_that_names_no_state_is_a_missing_target_at_the_next_field() {
        assertDiagnostics(
                        "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'Ghost'},'Z':{'Type':'Pass','End':true}}}")
                .containsExactly(missingTarget("Ghost", "/States/A/Next"), unreachable("Z", "/States/Z"));
    }

    @Test
    void aws_reports_a_missing_target_and_the_state_it_leaves_unreachable_in_that_order() {
        // LocalStack PR #12487, run against AWS: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at
        // /States/pass1/Next, MISSING_TRANSITION_TARGET: State "pass2" is not reachable. at /States/pass2'
        assertDiagnostics("{'StartAt':'pass1','States':{'pass1':{'Type':'Pass','Next':'pass3'},"
                        + "'pass2':{'Type':'Pass','End':true}}}")
                .containsExactly(missingTarget("pass3", "/States/pass1/Next"), unreachable("pass2", "/States/pass2"));
    }

    @Test
    void a_choice_rule_next_that_names_no_state_is_located_at_the_rule() {
        assertDiagnostics(
                        "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'Z',"
                                + "'Choices':[{'Variable':'$.x','IsPresent':true,'Next':'Ghost'}]},'Z':{'Type':'Pass','End':true}}}")
                .containsExactly(missingTarget("Ghost", "/States/C/Choices[0]/Next"));
    }

    @Test
    void a_choice_default_that_names_no_state_is_located_at_default() {
        assertDiagnostics(
                        "{'StartAt':'A','States':{'A':{'Type':'Choice','Default':'Ghost',"
                                + "'Choices':[{'Variable':'$.x','IsPresent':true,'Next':'Z'}]},'Z':{'Type':'Pass','End':true}}}")
                .containsExactly(missingTarget("Ghost", "/States/A/Default"));
    }

    @Test
    void a_catcher_next_that_names_no_state_is_located_at_the_catcher() {
        assertDiagnostics("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                        + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Ghost'}],'End':true}}}")
                .containsExactly(missingTarget("Ghost", "/States/T/Catch[0]/Next"));
    }

    @Test
    void an_unknown_start_at_is_a_missing_target_and_leaves_every_state_unreachable() {
        assertDiagnostics("{'StartAt':'Nope','States':{'A':{'Type':'Pass','End':true}}}")
                .containsExactly(missingTarget("Nope", "/StartAt"), unreachable("A", "/States/A"));
    }

    @Test
    void an_unknown_start_at_inside_an_item_processor_is_located_there() {
        assertDiagnostics("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items','End':true,"
                        + "'ItemProcessor':{'StartAt':'Nope','States':{'A':{'Type':'Pass','End':true}}}}}}")
                .containsExactly(
                        missingTarget("Nope", "/States/M/ItemProcessor/StartAt"),
                        unreachable("A", "/States/M/ItemProcessor/States/A"));
    }

    @Test
    void a_state_nothing_transitions_to_is_not_reachable() {
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','End':true},'C':{'Type':'Pass','End':true}}}")
                .containsExactly(unreachable("C", "/States/C"));
    }

    @Test
    void an_unreachable_state_in_a_parallel_branch_is_located_in_the_branch() {
        assertDiagnostics("{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'W',"
                        + "'States':{'W':{'Type':'Pass','End':true},'Ghost':{'Type':'Pass','End':true}}}]}}}")
                .containsExactly(unreachable("Ghost", "/States/P/Branches[0]/States/Ghost"));
    }

    @Test
    void an_unreachable_state_in_an_item_processor_is_located_in_the_processor() {
        assertDiagnostics("{'StartAt':'M','States':{'M':{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'W',"
                        + "'States':{'W':{'Type':'Pass','End':true},'Ghost':{'Type':'Pass','End':true}}}}}}")
                .containsExactly(unreachable("Ghost", "/States/M/ItemProcessor/States/Ghost"));
    }

    @Test
    void a_state_name_with_a_slash_is_printed_whole() {
        assertDiagnostics(
                        "{'StartAt':'Start','States':{'Start':{'Type':'Pass','End':true},'a/b':{'Type':'Pass','End':true}}}")
                .containsExactly(unreachable("a/b", "/States/a/b"));
    }

    @Test
    void a_loop_without_a_terminal_state_has_no_terminal_state_and_no_location() {
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'}}}")
                .containsExactly(NO_TERMINAL_STATE);
    }

    @Test
    void a_missing_end_state_suppresses_the_unreachable_state_check() {
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'},"
                        + "'Unused':{'Type':'Pass','Next':'A'}}}")
                .containsExactly(NO_TERMINAL_STATE);
    }

    @Test
    void a_dangling_target_comes_before_the_missing_end_state() {
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'NOPE'}}}")
                .containsExactly(missingTarget("NOPE", "/States/A/Next"), NO_TERMINAL_STATE);
    }

    @Test
    void an_unreachable_terminal_state_satisfies_the_terminal_check_and_is_reported_unreachable() {
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'},"
                        + "'C':{'Type':'Pass','End':true}}}")
                .containsExactly(unreachable("C", "/States/C"));
    }

    @Test
    void a_loop_without_terminal_state_inside_a_map_is_accepted_because_the_check_is_top_level_only() {
        assertValid("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items','End':true,'ItemProcessor':{"
                + "'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'}}}}}}");
    }

    @Test
    void succeed_and_fail_states_are_terminal() {
        assertValid("{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'F',"
                + "'Choices':[{'Variable':'$.ok','BooleanEquals':true,'Next':'S'}]},"
                + "'S':{'Type':'Succeed'},'F':{'Type':'Fail','Error':'E'}}}");
    }

    @Test
    void states_reached_only_through_a_catcher_are_reachable() {
        assertValid("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'H'}],'End':true},'H':{'Type':'Fail'}}}");
    }

    @Test
    void a_state_outside_a_branch_cannot_transition_into_it() {
        // https://states-language.net, Parallel: "no state outside of that States field can transition into it".
        assertDiagnostics("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'Inner'},"
                        + "'P':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'Inner',"
                        + "'States':{'Inner':{'Type':'Pass','End':true}}}]}}}")
                .containsExactly(missingTarget("Inner", "/States/A/Next"), unreachable("P", "/States/P"));
    }

    @Test
    void a_state_in_a_branch_cannot_transition_out_of_it() {
        assertDiagnostics("{'StartAt':'P','States':{'P':{'Type':'Parallel','Next':'After','Branches':[{'StartAt':'B',"
                        + "'States':{'B':{'Type':'Pass','Next':'After'}}}]},'After':{'Type':'Succeed'}}}")
                .containsExactly(missingTarget("After", "/States/P/Branches[0]/States/B/Next"));
    }

    @Test
    void a_state_name_used_twice_across_scopes_is_a_duplicate_at_its_second_declaration() {
        assertDiagnostics("{'StartAt':'M','States':{'M':{'Type':'Map','Next':'Final State','ItemProcessor':{"
                        + "'StartAt':'Final State','States':{'Final State':{'Type':'Wait','Seconds':20,'End':true}}}},"
                        + "'Final State':{'Type':'Pass','End':true}}}")
                .containsExactly(
                        diagnostic("DUPLICATE_STATE_NAME", "Duplicate State name: Final State", "/States/Final State"));
    }

    @Test
    void state_names_must_be_unique_across_parallel_branches() {
        assertDiagnostics("{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':["
                        + "{'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}},"
                        + "{'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}}]}}}")
                .containsExactly(diagnostic(
                        "DUPLICATE_STATE_NAME", "Duplicate State name: X", "/States/P/Branches[1]/States/X"));
    }

    @Test
    void duplicate_names_come_before_transition_diagnostics() {
        assertDiagnostics("{'StartAt':'P','States':{'P':{'Type':'Parallel','Next':'Ghost','Branches':["
                        + "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}]},'E':{'Type':'Succeed'}}}")
                .containsExactly(
                        diagnostic("DUPLICATE_STATE_NAME", "Duplicate State name: P", "/States/P/Branches[0]/States/P"),
                        missingTarget("Ghost", "/States/P/Next"),
                        unreachable("E", "/States/E"));
    }
}
