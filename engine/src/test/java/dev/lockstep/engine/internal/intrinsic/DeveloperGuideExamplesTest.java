package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every example of the AWS developer guide page "Intrinsic functions for JSONPath states in Step Functions"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html), with its input and call as printed
 * there, and the examples of the States Language specification (https://states-language.net/#appendix-b).
 */
class DeveloperGuideExamplesTest {

    @Test
    void array_wraps_its_arguments() {
        assertThat(Evaluate.json("States.Array($.Id)", "{\"Id\": 123456}")).isEqualTo("[123456]");
    }

    @Test
    void array_partition_chunks_by_four_with_a_shorter_last_chunk() {
        assertThat(Evaluate.json("States.ArrayPartition($.inputArray,4)", "{\"inputArray\": [1,2,3,4,5,6,7,8,9] }"))
                .isEqualTo("[[1,2,3,4],[5,6,7,8],[9]]");
    }

    @Test
    void array_contains_finds_the_value_looked_for() {
        String input = "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"lookingFor\": 5}";

        assertThat(Evaluate.json("States.ArrayContains($.inputArray, $.lookingFor)", input))
                .isEqualTo("true");
    }

    @Test
    void array_range_includes_the_final_element() {
        assertThat(Evaluate.json("States.ArrayRange(1, 9, 2)", "{}")).isEqualTo("[1,3,5,7,9]");
    }

    @Test
    void array_get_item_indexes_from_zero() {
        String input = "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"index\": 5}";

        assertThat(Evaluate.json("States.ArrayGetItem($.inputArray, $.index)", input))
                .isEqualTo("6");
    }

    @Test
    void array_length_counts_the_items() {
        assertThat(Evaluate.json("States.ArrayLength($.inputArray)", "{\"inputArray\": [1,2,3,4,5,6,7,8,9]}"))
                .isEqualTo("9");
    }

    @Test
    void array_unique_removes_duplicates() {
        assertThat(Evaluate.json("States.ArrayUnique($.inputArray)", "{\"inputArray\": [1,2,3,3,3,3,3,3,4] }"))
                .isEqualTo("[1,2,3,4]");
    }

    @Test
    void base64_encode_encodes_the_utf8_text() {
        assertThat(Evaluate.json("States.Base64Encode($.input)", "{\"input\": \"Data to encode\" }"))
                .isEqualTo("\"RGF0YSB0byBlbmNvZGU=\"");
    }

    /** The guide prints "Decoded data" as the result, a slip: the example's Base64 is "Data to encode". */
    @Test
    void base64_decode_decodes_the_example_back_to_its_real_text() {
        assertThat(Evaluate.json("States.Base64Decode($.base64)", "{\"base64\": \"RGF0YSB0byBlbmNvZGU=\" }"))
                .isEqualTo("\"Data to encode\"");
    }

    /**
     * The guide prints aaff4a450a104cd177d28d18d7485e8cae074b7, 39 hex digits where SHA-1 has 40: a typo for the
     * digest below, which any SHA-1 tool gives for "input data".
     */
    @Test
    void hash_computes_the_sha1_digest_in_lowercase_hex() {
        String input = "{\"Data\": \"input data\", \"Algorithm\": \"SHA-1\"}";

        assertThat(Evaluate.json("States.Hash($.Data, $.Algorithm)", input))
                .isEqualTo("\"aaff4a450a104cd177d28d18d74485e8cae074b7\"");
    }

    @Test
    void json_merge_is_shallow_and_the_second_object_wins() {
        String input = "{\"json1\": { \"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2 },"
                + " \"json2\": { \"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3 }}";

        assertThat(Evaluate.json("States.JsonMerge($.json1, $.json2, false)", input))
                .isEqualTo("{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"c\":3}");
    }

    @Test
    void string_to_json_parses_an_escaped_json_string() {
        assertThat(Evaluate.json(
                        "States.StringToJson($.escapedJsonString)",
                        "{\"escapedJsonString\": \"{\\\"foo\\\": \\\"bar\\\"}\"}"))
                .isEqualTo("{\"foo\":\"bar\"}");
    }

    @Test
    void json_to_string_writes_compact_json_text() {
        assertThat(Evaluate.call("States.JsonToString($.unescapedJson)", "{\"unescapedJson\": {\"foo\": \"bar\"}}")
                        .textValue())
                .isEqualTo("{\"foo\":\"bar\"}");
    }

    @Test
    void math_random_draws_from_start_inclusive_to_end_exclusive() {
        JsonNode random = Evaluate.call("States.MathRandom($.start, $.end)", "{\"start\": 1, \"end\": 999}");

        assertThat(random.isIntegralNumber()).isTrue();
        assertThat(random.intValue()).isBetween(1, 998);
    }

    @Test
    void math_add_adds_a_negative_step() {
        assertThat(Evaluate.json("States.MathAdd($.value1, $.step)", "{\"value1\": 111, \"step\": -1}"))
                .isEqualTo("110");
    }

    @Test
    void string_split_splits_on_a_single_delimiter() {
        assertThat(Evaluate.json(
                        "States.StringSplit($.inputString, $.splitter)",
                        "{\"inputString\": \"1,2,3,4,5\", \"splitter\": \",\"}"))
                .isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"5\"]");
    }

    @Test
    void string_split_treats_each_delimiter_character_as_a_delimiter() {
        assertThat(Evaluate.json(
                        "States.StringSplit($.inputString, $.splitter)",
                        "{\"inputString\": \"This.is+a,test=string\", \"splitter\": \".+,=\"}"))
                .isEqualTo("[\"This\",\"is\",\"a\",\"test\",\"string\"]");
    }

    @Test
    void uuid_returns_a_version_4_uuid() {
        assertThat(Evaluate.call("States.UUID()", "{}").textValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void format_inserts_a_value_into_a_literal_template() {
        String input = "{\"name\": \"Arnav\", \"template\": \"Hello, my name is {}.\"}";

        assertThat(Evaluate.call("States.Format('Hello, my name is {}.', $.name)", input)
                        .textValue())
                .isEqualTo("Hello, my name is Arnav.");
    }

    @Test
    void format_reads_its_template_from_a_path() {
        String input = "{\"name\": \"Arnav\", \"template\": \"Hello, my name is {}.\"}";

        assertThat(Evaluate.call("States.Format($.template, $.name)", input).textValue())
                .isEqualTo("Hello, my name is Arnav.");
    }

    /**
     * The guide's example of nesting: nine calls in one field. It compiles, but as printed its template has three
     * {@code {}} for two values, so it fails when it runs; with two placeholders it yields the recipe version's first
     * two parts.
     */
    @Test
    void nine_nested_calls_pick_parts_of_an_arn() {
        String nested = "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
                + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit("
                + "States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
        String input = "{\"ImageRecipe\": {\"Arn\": "
                + "\"arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/1.0.2\"}}";

        assertThat(Evaluate.failure("States.Format('{}.{}.{}', " + nested, input)
                        .detail())
                .contains("the template has 3 occurrences of {} but 2 arguments follow it");
        assertThat(Evaluate.call("States.Format('{}.{}', " + nested, input).textValue())
                .isEqualTo("1.0");
    }

    @Test
    void the_reserved_characters_are_escaped_with_a_backslash() {
        assertThat(Evaluate.call("States.Format('It\\'s \\{literally\\} a \\\\ and {}', 'this')", "{}")
                        .textValue())
                .isEqualTo("It's {literally} a \\ and this");
    }

    @Test
    void specification_format_example_inserts_a_path_and_a_number() {
        String call = "States.Format('Your name is {}, we are in the year {}', $.name, 2020)";

        assertThat(Evaluate.call(call, "{\"name\": \"Foo\", \"zebra\": \"stripe\"}")
                        .textValue())
                .isEqualTo("Your name is Foo, we are in the year 2020");
    }

    @Test
    void specification_array_example_mixes_literals_paths_and_null() {
        String input = "{\"someJson\": {\"random\": \"abcdefg\"}, \"zebra\": \"stripe\"}";

        assertThat(Evaluate.json("States.Array('Foo', 2020, $.someJson, null)", input))
                .isEqualTo("[\"Foo\",2020,{\"random\":\"abcdefg\"},null]");
    }

    @Test
    void specification_string_to_json_and_json_to_string_examples() {
        assertThat(Evaluate.json("States.StringToJson($.someString)", "{\"someString\": \"{\\\"number\\\": 20}\"}"))
                .isEqualTo("{\"number\":20}");
        assertThat(Evaluate.call(
                                "States.JsonToString($.someJson)",
                                "{\"someJson\": {\"name\": \"Foo\", \"year\": 2020}, \"zebra\": \"stripe\"}")
                        .textValue())
                .isEqualTo("{\"name\":\"Foo\",\"year\":2020}");
    }
}
