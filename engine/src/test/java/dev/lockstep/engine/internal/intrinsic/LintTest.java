package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Intrinsics#lint}: failures that literal arguments make certain. AWS accepts these calls when the state machine
 * is created and fails the execution (as it did for an invalid Format template, aws/aws-cdk issue #29261), so compile
 * accepts them too and lint only warns.
 */
class LintTest {

    private static List<IntrinsicWarning> lint(String call) {
        return Intrinsics.lint(Intrinsics.compile(call));
    }

    @Test
    void a_call_without_bad_literals_has_no_warnings() {
        assertThat(lint("States.Hash($.data, 'SHA-256')")).isEmpty();
        assertThat(lint("States.ArrayRange(1, 1000, 1)")).isEmpty();
        assertThat(lint("States.Format('{} {}', $.a, States.UUID())")).isEmpty();
    }

    @Test
    void an_unsupported_hash_algorithm_is_flagged_where_it_is_written() {
        assertThat(lint("States.Hash($.data, 'SHA-224')"))
                .containsExactly(new IntrinsicWarning(
                        20,
                        "argument 2 of States.Hash names the hash algorithm 'SHA-224', but only MD5, SHA-1, SHA-256,"
                                + " SHA-384 and SHA-512 are supported"));
    }

    @Test
    void literal_values_that_always_fail_are_flagged() {
        assertThat(lint("States.ArrayRange($.a, $.b, 0)"))
                .extracting(IntrinsicWarning::message)
                .containsExactly("argument 3 of States.ArrayRange is the step 0, which rounds to 0");
        assertThat(lint("States.ArrayPartition($.a, 0)"))
                .extracting(IntrinsicWarning::message)
                .containsExactly("argument 2 of States.ArrayPartition is the chunk size 0, which is not a positive"
                        + " integer");
        assertThat(lint("States.JsonMerge($.a, $.b, true)"))
                .extracting(IntrinsicWarning::message)
                .singleElement()
                .asString()
                .contains("only supports shallow merging");
        assertThat(lint("States.ArrayGetItem($.a, -1)"))
                .extracting(IntrinsicWarning::message)
                .containsExactly("argument 2 of States.ArrayGetItem is the index -1, which is negative");
        assertThat(lint("States.MathAdd($.a, 3000000000)"))
                .extracting(IntrinsicWarning::message)
                .singleElement()
                .asString()
                .contains("is 3000000000, outside the range");
        assertThat(lint("States.StringToJson('{oops')")).hasSize(1);
        assertThat(lint("States.Base64Decode('***')")).hasSize(1);
    }

    @Test
    void literals_of_the_wrong_type_are_flagged() {
        assertThat(lint("States.MathAdd($.a, 'one')"))
                .containsExactly(new IntrinsicWarning(
                        20, "argument 2 of States.MathAdd must be a number, but the literal is a string (\"one\")"));
        assertThat(lint("States.ArrayContains(null, $.x)"))
                .extracting(IntrinsicWarning::message)
                .containsExactly("argument 1 of States.ArrayContains must be an array, but the literal is null");
    }

    @Test
    void a_call_made_only_of_literals_is_tried_out() {
        assertThat(lint("States.Array($.a, States.ArrayRange(1, 5000, 1))"))
                .containsExactly(new IntrinsicWarning(
                        18,
                        "this call always fails: States.ArrayRange: the range from 1 to 5000 in steps of 1 has 5000"
                                + " items, but an array made by States.ArrayRange can hold at most 1000"));
        assertThat(lint("States.Format('{')"))
                .extracting(IntrinsicWarning::message)
                .containsExactly("this call always fails: Invalid template in States.Format: matching '}' not found"
                        + " for '{'.");
        assertThat(lint("States.MathRandom(5, 1)")).hasSize(1);
    }

    @Test
    void an_invalid_literal_format_template_is_flagged_even_when_other_arguments_are_paths() {
        assertThat(lint("States.Format('a { b', $.name)"))
                .containsExactly(new IntrinsicWarning(
                        0,
                        "this call always fails: Invalid template in States.Format: matching '}' not found for"
                                + " '{'."));
        assertThat(lint("States.Format('a \\{ {} b', $.name)")).isEmpty();
    }

    @Test
    void an_unknown_escape_is_flagged() {
        assertThat(lint("States.Format($.t, 'a\\b')"))
                .extracting(IntrinsicWarning::position)
                .containsExactly(19);
    }
}
