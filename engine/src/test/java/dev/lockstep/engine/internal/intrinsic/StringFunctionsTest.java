package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States.StringSplit. Cases marked AWS are real results recorded by LocalStack (localstack/localstack
 * tests/aws/services/stepfunctions/v2/intrinsic_functions/test_string_operations.snapshot.json): empty pieces are
 * dropped.
 */
class StringFunctionsTest {

    @ParameterizedTest(name = "StringSplit([{0}], [{1}]) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "` `|,|[\" \"]",
                "` , `|,|[\" \",\" \"]",
                "`, , ,`|,|[\" \",\" \"]",
                ",,,,|,|[]",
                "1,2,3,4,5|,|[\"1\",\"2\",\"3\",\"4\",\"5\"]",
                "This.is+a,test=string|.+,=|[\"This\",\"is\",\"a\",\"test\",\"string\"]",
                "``|,|[]",
                "abc|``|[\"abc\"]",
                "a--b|--|[\"a\",\"b\"]",
                "x😀y|😀|[\"x\",\"y\"]",
            })
    void string_split_splits_on_every_delimiter_character_and_drops_empty_pieces(
            String text, String delimiters, String expected) {
        String input = "{\"s\": \"" + text + "\", \"d\": \"" + delimiters + "\"}";

        assertThat(Evaluate.json("States.StringSplit($.s, $.d)", input)).isEqualTo(expected);
    }

    /** AWS: "split on T and \nnew line" split on "T\n" (test_string_split). */
    @Test
    void string_split_splits_on_a_newline_delimiter() {
        assertThat(Evaluate.json(
                        "States.StringSplit($.s, $.d)",
                        "{\"s\": \"split on T and \\nnew line\", \"d\":" + " \"T\\n\"}"))
                .isEqualTo("[\"split on \",\" and \",\"new line\"]");
    }

    /** AWS: a CSV text split on ",", where lines run into their neighbours (test_string_split_context_object). */
    @Test
    void string_split_keeps_newlines_inside_pieces() {
        String text = "Value1,Value2,Value3\\nValue4,Value5,Value6\\n,,,\\ntrue,1,'HelloWorld'\\nNull,None,\\n   \\n";

        assertThat(Evaluate.json("States.StringSplit($.s, ',')", "{\"s\": \"" + text + "\"}"))
                .isEqualTo("[\"Value1\",\"Value2\",\"Value3\\nValue4\",\"Value5\",\"Value6\\n\",\"\\ntrue\",\"1\","
                        + "\"'HelloWorld'\\nNull\",\"None\",\"\\n   \\n\"]");
    }

    /** AWS: the last "-" piece of the state machine name (LocalStack template generic/nested_calls_2.json5). */
    @Test
    void nested_calls_pick_the_last_piece() {
        String call = "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'),"
                + " States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))";
        TestContext context =
                TestContext.withInputAndContext("{}", "{\"StateMachine\": {\"Name\": \"my-state-machine\"}}");

        assertThat(Evaluate.call(call, context).textValue()).isEqualTo("machine");
    }

    @Test
    void string_split_needs_two_strings() {
        StatesError error = Evaluate.failure("States.StringSplit($.n, ',')", "{\"n\": 12}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 1 of States.StringSplit must be a string, but it is a number (12)");
    }
}
