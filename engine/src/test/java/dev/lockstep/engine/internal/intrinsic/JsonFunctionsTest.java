package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States.StringToJson, JsonToString and JsonMerge. Cases marked AWS are real results recorded by LocalStack
 * (localstack/localstack tests/aws/services/stepfunctions/v2/intrinsic_functions/test_json_manipulation.snapshot.json).
 */
class JsonFunctionsTest {

    @ParameterizedTest(name = "StringToJson of [{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``|null",
                "` `|null",
                "null|null",
                "-0|0",
                "1|1",
                "1.1|1.1",
                "true|true",
                "\"HelloWorld\"|\"HelloWorld\"",
                "[1, 2, \"HelloWorld\"]|[1,2,\"HelloWorld\"]",
                "{\"Arg1\": 1, \"Arg2\": []}|{\"Arg1\":1,\"Arg2\":[]}",
            })
    void string_to_json_parses_like_aws(String text, String json) {
        String input =
                "{\"s\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(text == null ? "" : text) + "}";

        assertThat(Evaluate.json("States.StringToJson($.s)", input)).isEqualTo(json);
    }

    @Test
    void string_to_json_of_text_that_is_not_json_fails() {
        StatesError error = Evaluate.failure("States.StringToJson($.s)", "{\"s\": \"{oops\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .startsWith("The function 'States.StringToJson($.s)' had the following error: "
                        + "argument 1 of States.StringToJson is not JSON text: ");
    }

    /** AWS: States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), ...) (JSON_MERGE_ESCAPED_ARGUMENT). */
    @Test
    void string_to_json_reads_a_literal_holding_json() {
        String call = "States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), $.input_field,"
                + " false)";

        assertThat(Evaluate.json(call, "{\"input_field\": {\"constant_input_field\": \"constant_value\"}}"))
                .isEqualTo("{\"constant_in_literal\":\"false\",\"constant_input_field\":\"constant_value\"}");
    }

    @ParameterizedTest(name = "JsonToString of {0} is [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "null|null",
                "-0|0",
                "1|1",
                "1.1|1.1",
                "true|true",
                "\"HelloWorld\"|\"HelloWorld\"",
                "[1, 2, \"HelloWorld\"]|[1,2,\"HelloWorld\"]",
                "{\"Arg1\": 1, \"Arg2\": []}|{\"Arg1\":1,\"Arg2\":[]}",
            })
    void json_to_string_writes_compact_text_like_aws(String json, String text) {
        assertThat(Evaluate.call("States.JsonToString($.v)", "{\"v\": " + json + "}")
                        .textValue())
                .isEqualTo(text);
    }

    /** AWS: {"a":..,"b":2,"d":3} merged with {"a":..,"c":3,"d":4} keeps a, b, d in place and adds c (test_json_merge). */
    @Test
    void json_merge_overrides_keys_in_place_and_appends_new_ones() {
        String input = "{\"fst\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2, \"d\": 3},"
                + " \"snd\": {\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3, \"d\": 4}}";

        assertThat(Evaluate.json("States.JsonMerge($.fst, $.snd, false)", input))
                .isEqualTo("{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"d\":4,\"c\":3}");
    }

    @Test
    void json_merge_leaves_its_inputs_unchanged() {
        TestContext context = TestContext.withInput("{\"x\": {\"a\": 1}, \"y\": {\"a\": 2, \"b\": 3}}");
        String before = context.input().toString();

        Evaluate.call("States.JsonMerge($.x, $.y, false)", context);

        assertThat(context.input()).hasToString(before);
    }

    @Test
    void deep_merging_is_refused_because_aws_only_merges_shallowly() {
        StatesError error = Evaluate.failure("States.JsonMerge($.x, $.x, $.deep)", "{\"x\": {}, \"deep\": true}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 3 of States.JsonMerge is true, but Step Functions only supports"
                        + " shallow merging: the third argument must be false");
    }

    @Test
    void json_merge_needs_two_objects_and_a_boolean() {
        assertThat(Evaluate.failure("States.JsonMerge($.x, $.a, false)", "{\"x\": {}, \"a\": []}")
                        .detail())
                .endsWith("argument 2 of States.JsonMerge must be an object, but it is an array ([])");
        assertThat(Evaluate.failure("States.JsonMerge($.x, $.x, 'false')", "{\"x\": {}}")
                        .detail())
                .endsWith("argument 3 of States.JsonMerge must be a boolean, but it is a string (\"false\")");
    }
}
