package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.path.ValueExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States.Format. The renderings of non-string values are real AWS results recorded by LocalStack
 * (localstack/localstack tests/aws/services/stepfunctions/v2/intrinsic_functions/test_generic.snapshot.json,
 * test_format_1, test_format_2 and test_context_json_path).
 */
class FormatFunctionTest {

    private static String format(String call, String input) {
        return Evaluate.call(call, input).textValue();
    }

    @ParameterizedTest(name = "{0} renders as [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`\"\"`|``",
                "`\" \"`|` `",
                "\"HelloWorld\"|HelloWorld",
                "null|null",
                "1|1",
                "1.1|1.1",
                "\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"|{\"Arg1\": 1, \"Arg2\": []}",
                "{\"Arg1\": 1, \"Arg2\": []}|{Arg1=1, Arg2=[]}",
            })
    void values_render_as_aws_renders_them(String value, String rendered) {
        String input = "{\"value\": " + value + "}";

        assertThat(format("States.Format('Formatting argument {}.', $.value)", input))
                .isEqualTo("Formatting argument " + (rendered == null ? "" : rendered) + ".");
    }

    @Test
    void two_arguments_fill_two_placeholders_in_order() {
        String input = "{\"fst\": {\"Arg1\": 1, \"Arg2\": []}, \"snd\": 1.1}";

        assertThat(format("States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)", input))
                .isEqualTo("Formatting arguments fst={Arg1=1, Arg2=[]} and snd=1.1.");
    }

    @Test
    void a_context_object_renders_like_a_java_map() {
        TestContext context = TestContext.withInputAndContext(
                "{}",
                "{\"StateMachine\": {\"Id\": \"arn:aws:states:us-east-1:111111111111:stateMachine:sm\","
                        + " \"Name\": \"sm\"}}");

        assertThat(Evaluate.call("States.Format('{}', $$.StateMachine)", context)
                        .textValue())
                .isEqualTo("{Id=arn:aws:states:us-east-1:111111111111:stateMachine:sm, Name=sm}");
    }

    @Test
    void arrays_booleans_and_nested_values_render_like_java_collections() {
        String input = "{\"v\": [1, \"two\", true, null, [], {\"k\": [false]}]}";

        assertThat(format("States.Format('{}', $.v)", input)).isEqualTo("[1, two, true, null, [], {k=[false]}]");
    }

    @Test
    void a_template_without_placeholders_is_returned_as_it_is() {
        assertThat(format("States.Format('plain')", "{}")).isEqualTo("plain");
    }

    @Test
    void escaped_braces_in_a_literal_template_are_text() {
        assertThat(format("States.Format('\\{\"name\": \"{}\"\\}', 'Bob')", "{}"))
                .isEqualTo("{\"name\": \"Bob\"}");
    }

    @Test
    void a_template_from_the_input_honours_the_same_escapes() {
        assertThat(format("States.Format($.t, 'x')", "{\"t\": \"\\\\{{}\\\\}\"}"))
                .isEqualTo("{x}");
    }

    @Test
    void a_nested_call_can_supply_the_template() {
        assertThat(format("States.Format(States.Format('{}{}', '{', '}'), 7)", "{}"))
                .isEqualTo("7");
    }

    /**
     * aws/aws-cdk issue #29261: a definition whose template held an unescaped "{" followed by text deployed, and its
     * execution failed with "Invalid template in States.Format: matching '}' not found for '{'."
     */
    @Test
    void an_unescaped_brace_fails_when_the_call_runs() {
        String call = "States.Format('Hello {}, answer in JSON like \\\\{ \"name\": \"Bob\" \\\\}', $.Name)";

        StatesError error = Evaluate.failure(call, "{\"Name\": \"Ann\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .isEqualTo("The function '" + call + "' had the following error: "
                        + "Invalid template in States.Format: matching '}' not found for '{'.");
    }

    /** A literal template is read once, when the call compiles; what it finds wrong is raised at every run. */
    @Test
    void an_invalid_literal_template_fails_every_run_after_the_arguments_are_evaluated() {
        ValueExpression compiled = Intrinsics.compile("States.Format('{', $.name)");

        for (int run = 0; run < 2; run++) {
            StatesError error = catchThrowableOfType(
                    StatesError.class, () -> compiled.evaluate(TestContext.withInput("{\"name\": \"Ann\"}")));
            assertThat(error.detail()).endsWith("Invalid template in States.Format: matching '}' not found for '{'.");
        }
        StatesError missing =
                catchThrowableOfType(StatesError.class, () -> compiled.evaluate(TestContext.withInput("{}")));
        assertThat(missing.error()).isEqualTo(ErrorNames.RUNTIME);
        assertThat(missing.detail()).contains("for the field '$.name' could not be found");
    }

    @Test
    void a_lone_closing_brace_fails_too() {
        assertThat(Evaluate.failure("States.Format('a } b')", "{}").detail())
                .endsWith("Invalid template in States.Format: matching '{' not found for '}'.");
    }

    @Test
    void too_few_or_too_many_values_fail() {
        assertThat(Evaluate.failure("States.Format('{} and {}', 1)", "{}").detail())
                .endsWith("States.Format: the template has 2 occurrences of {} but 1 argument follows it; they must"
                        + " match");
        assertThat(Evaluate.failure("States.Format('{}', 1, 2)", "{}").detail())
                .contains("the template has 1 occurrence of {} but 2 arguments follow it");
    }

    @Test
    void a_template_that_is_not_a_string_fails() {
        StatesError error = Evaluate.failure("States.Format($.t)", "{\"t\": 5}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail()).endsWith("argument 1 of States.Format must be a string, but it is a number (5)");
    }
}
