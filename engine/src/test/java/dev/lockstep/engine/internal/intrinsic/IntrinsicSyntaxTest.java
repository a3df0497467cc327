package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.PathSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the parser accepts and how it explains what it refuses. */
class IntrinsicSyntaxTest {

    private static PathSyntaxException refused(String call) {
        PathSyntaxException error = catchThrowableOfType(PathSyntaxException.class, () -> Intrinsics.compile(call));
        assertThat(error).as("compiling %s is refused", call).isNotNull();
        assertThat(error.text()).isEqualTo(call);
        assertThat(error.getMessage()).contains("at position " + error.position());
        return error;
    }

    @Test
    void is_call_recognises_the_states_prefix() {
        assertThat(Intrinsics.isCall("States.Array()")).isTrue();
        assertThat(Intrinsics.isCall("States.Nonsense")).isTrue();
        assertThat(Intrinsics.isCall("$.a")).isFalse();
    }

    @Test
    void literals_of_every_kind_are_read() {
        assertThat(Evaluate.json("States.Array('a', 1, -2, 3.5, -0.25, 1e3, true, false, null)", "{}"))
                .isEqualTo("[\"a\",1,-2,3.5,-0.25,1000.0,true,false,null]");
    }

    @Test
    void large_integers_keep_every_digit() {
        assertThat(Evaluate.json("States.Array(4294967296, 123456789012345678901234567890)", "{}"))
                .isEqualTo("[4294967296,123456789012345678901234567890]");
    }

    @Test
    void whitespace_is_allowed_between_tokens_and_after_the_call() {
        assertThat(Evaluate.json("States.Array (  1 ,\t'x'\n, States.Array( ) )  ", "{}"))
                .isEqualTo("[1,\"x\",[]]");
    }

    @Test
    void a_string_literal_keeps_commas_parentheses_and_dollars() {
        assertThat(Evaluate.json("States.Array('a, b)', '$.c', '(', '')", "{}"))
                .isEqualTo("[\"a, b)\",\"$.c\",\"(\",\"\"]");
    }

    @Test
    void the_four_escape_sequences_stand_for_their_character() {
        assertThat(Evaluate.call("States.Array('\\'', '\\{', '\\}', '\\\\')", "{}")
                        .toString())
                .isEqualTo("[\"'\",\"{\",\"}\",\"\\\\\"]");
    }

    /** JSON escapes are gone before the intrinsic is read: a real newline splits (AWS, test_escape_sequence). */
    @Test
    void a_newline_from_the_json_definition_is_an_ordinary_character() {
        assertThat(Evaluate.json("States.StringSplit('Hello\nWorld', '\n')", "{}"))
                .isEqualTo("[\"Hello\",\"World\"]");
    }

    @Test
    void a_path_reads_the_input() {
        assertThat(Evaluate.json("States.Array($, $.a.b)", "{\"a\": {\"b\": 7}}"))
                .isEqualTo("[{\"a\":{\"b\":7}},7]");
    }

    @Test
    void a_context_path_reads_the_context_object() {
        TestContext context = TestContext.withInputAndContext("{}", "{\"Execution\": {\"Id\": \"arn:x\"}}");

        assertThat(Evaluate.call("States.Array($$.Execution.Id)", context).toString())
                .isEqualTo("[\"arn:x\"]");
    }

    @Test
    void path_arguments_are_compiled_with_the_engine_json_path() {
        // Intrinsics.compile uses JsonPath; "$" is the whole input.
        assertThat(Intrinsics.compile("States.ArrayLength($)")
                        .evaluate(TestContext.withInput("[1, 2, 3]"))
                        .intValue())
                .isEqualTo(3);
    }

    @Test
    void a_path_ends_at_a_comma_or_parenthesis_outside_brackets_and_quotes() {
        String input = "{\"a, b\": 1, \"c\": [{\"d\": 2}, {\"d\": 0}]}";

        JsonNode result = Intrinsics.compile("States.Array($['a, b'], $.c[?(@.d > 1)] , $)")
                .evaluate(TestContext.withInput(input));

        assertThat(result).isEqualTo(TestContext.json("[1, [{\"d\": 2}], " + input + "]"));
    }

    @Test
    void ten_levels_of_nesting_are_allowed() {
        String call = "States.Array(".repeat(10) + ")".repeat(10);

        assertThat(Evaluate.json(call, "{}")).isEqualTo("[".repeat(10) + "]".repeat(10));
    }

    @Test
    void an_eleventh_level_of_nesting_is_refused() {
        String call = "States.Array(".repeat(11) + ")".repeat(11);

        PathSyntaxException error = refused(call);

        assertThat(error.position()).isEqualTo("States.Array(".length() * 10);
        assertThat(error.getMessage())
                .contains("States.Array is nested 11 levels deep")
                .contains("at most 10");
    }

    @Test
    void function_names_are_case_sensitive() {
        PathSyntaxException error = refused("States.format('x')");

        assertThat(error.position()).isZero();
        assertThat(error.getMessage())
                .contains("unknown intrinsic function 'States.format'")
                .contains("did you mean States.Format?");
    }

    @Test
    void an_unknown_function_lists_the_known_ones() {
        PathSyntaxException error = refused("States.Array(States.Nope(1))");

        assertThat(error.position()).isEqualTo(13);
        assertThat(error.getMessage()).contains("'States.Nope'").contains("States.ArrayUnique");
    }

    @Test
    void a_wrong_number_of_arguments_names_the_function_and_both_counts() {
        PathSyntaxException error = refused("States.Array(States.ArrayLength($, $))");

        assertThat(error.position()).isEqualTo(13);
        assertThat(error.getMessage())
                .contains("States.ArrayLength takes exactly 1 argument, but 2 arguments were given");
    }

    @Test
    void optional_and_variadic_arities_are_described() {
        assertThat(refused("States.MathRandom(1)").getMessage()).contains("takes 2 to 3 arguments, but 1 argument was");
        assertThat(refused("States.Format()").getMessage()).contains("takes at least 1 argument, but 0 arguments");
        assertThat(refused("States.UUID(1)").getMessage()).contains("takes no arguments");
    }

    @Test
    void an_unclosed_string_is_refused_where_it_starts() {
        PathSyntaxException error = refused("States.Array(1, 'abc)");

        assertThat(error.position()).isEqualTo(16);
        assertThat(error.getMessage()).contains("has no closing single quote");
    }

    @Test
    void a_backslash_before_the_closing_quote_leaves_the_string_open() {
        assertThat(refused("States.Array('abc\\')").getMessage()).contains("has no closing single quote");
    }

    @Test
    void an_unclosed_call_is_refused() {
        assertThat(refused("States.Array(1, 2").getMessage()).contains("expected ',' or ')' after argument 2");
        assertThat(refused("States.Array(").getMessage()).contains("the text ends inside States.Array");
    }

    @Test
    void text_after_the_call_is_refused() {
        PathSyntaxException error = refused("States.Array() extra");

        assertThat(error.position()).isEqualTo(15);
        assertThat(error.getMessage()).contains("unexpected text 'extra'");
    }

    @Test
    void a_missing_argument_between_commas_is_refused() {
        assertThat(refused("States.Array(1, , 2)").getMessage()).contains("argument 2 of States.Array is missing");
        assertThat(refused("States.Array(1, )").getMessage()).contains("argument 2 of States.Array is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Array(1 2)", "States.Array('a''b')", "States.Array(12ab)", "States.Array(truex)"})
    void arguments_must_be_separated_by_commas(String call) {
        refused(call);
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Array(-)", "States.Array(.5)", "States.Array(1.)", "States.Array(\"a\")"})
    void malformed_literals_are_refused(String call) {
        refused(call);
    }

    @Test
    void a_bare_word_is_not_an_argument() {
        assertThat(refused("States.Array(Foo)").getMessage())
                .contains("unexpected 'Foo' as argument 1 of States.Array")
                .contains("a path starting with $");
    }

    @Test
    void a_field_must_start_with_a_call() {
        assertThat(refused("$.a").getMessage()).contains("starts with 'States.'");
        assertThat(refused("States.Array").getMessage()).contains("expected '(' after States.Array");
    }

    @Test
    void an_unclosed_bracket_in_a_path_is_refused() {
        assertThat(refused("States.Array($['a)").getMessage()).contains("is not closed");
    }

    @Test
    void a_path_the_json_path_compiler_refuses_is_reported_at_its_position() {
        PathSyntaxException error = refused("States.Array(1, $.a..)");

        assertThat(error.position()).isEqualTo(16 + 3);
        assertThat(error.getMessage())
                .contains("the path '$.a..' (argument 2 of States.Array) is not valid: ")
                .contains("a path cannot end with '..'");
    }

    @Test
    void a_number_whose_exponent_java_cannot_hold_is_refused_as_a_syntax_error() {
        assertThat(refused("States.Array(1e9999999999)").getMessage())
                .contains("the number 1e9999999999 in argument 1 of States.Array is out of range");
        assertThat(refused("States.Array(1e400)").getMessage()).contains("is out of range");
    }

    @Test
    void a_number_too_small_for_a_double_is_zero() {
        assertThat(Evaluate.json("States.Array(1e-9999999999, 1e-400)", "{}")).isEqualTo("[0.0,0.0]");
    }

    @Test
    void a_long_call_is_quoted_in_part() {
        String call = "States.Base64Encode('" + "x".repeat(10_000) + "') trailing";

        PathSyntaxException error = refused(call);

        assertThat(error.getMessage()).hasSizeLessThan(400).contains("'States.Base64Encode('xxx");
        assertThat(error.text()).isEqualTo(call);
    }

    @Test
    void the_compiled_expression_prints_as_the_call() {
        assertThat(Intrinsics.compile("States.UUID()")).hasToString("States.UUID()");
    }
}
