package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The array functions. Cases marked AWS are real results recorded by LocalStack
 * (localstack/localstack tests/aws/services/stepfunctions/v2/intrinsic_functions/test_array.snapshot.json).
 */
class ArrayFunctionsTest {

    /** AWS: States.Array() gives [] (test_array_0), two empty strings give ["", ""] (test_array_2). */
    @Test
    void array_takes_any_number_of_values_of_any_type() {
        assertThat(Evaluate.json("States.Array()", "{}")).isEqualTo("[]");
        assertThat(Evaluate.json("States.Array($.s, $.s)", "{\"s\": \"\"}")).isEqualTo("[\"\",\"\"]");
        assertThat(Evaluate.json("States.Array($.o, $.o)", "{\"o\": {\"Arg1\": 1, \"Arg2\": []}}"))
                .isEqualTo("[{\"Arg1\":1,\"Arg2\":[]},{\"Arg1\":1,\"Arg2\":[]}]");
    }

    /** AWS: an empty array partitions into [], [0] into [[0]] for any chunk size, [0,1] by 1 into [[0],[1]]. */
    @ParameterizedTest(name = "ArrayPartition({0}, {1}) = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[]|1|[]",
                "[]|5|[]",
                "[0]|1|[[0]]",
                "[0]|5|[[0]]",
                "[0,1]|1|[[0],[1]]",
                "[0,1]|2|[[0,1]]",
                "[0,1]|3|[[0,1]]",
                "[0,1,2,3,4]|2|[[0,1],[2,3],[4]]",
                "[0,1,2]|2.5|[[0,1,2]]",
                "[0,1,2]|1.49|[[0],[1],[2]]",
                "[0,1,2]|99999999999999999999|[[0,1,2]]",
            })
    void array_partition_chunks_in_order(String array, String size, String expected) {
        assertThat(Evaluate.json("States.ArrayPartition($.a, $.n)", "{\"a\": " + array + ", \"n\": " + size + "}"))
                .isEqualTo(expected);
    }

    @Test
    void array_partition_refuses_a_chunk_size_below_one() {
        StatesError error = Evaluate.failure("States.ArrayPartition($.a, $.n)", "{\"a\": [1], \"n\": 0.4}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 2 of States.ArrayPartition is the chunk size and must be a positive integer,"
                        + " but it is 0");
    }

    /** AWS: ([], null) false, ([[1,2,3], 2], [1,2,3]) true, ([{..}], {..}) true, ([true,false], false) true. */
    @ParameterizedTest(name = "ArrayContains({0}, {1}) = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[]|null|false",
                "[]|[]|false",
                "[]|1|false",
                "[[1,2,3],2]|null|false",
                "[[1,2,3],2]|[1,2,3]|true",
                "[{\"1\":2,\"2\":[]}]|[]|false",
                "[{\"1\":2,\"2\":[]}]|{\"1\":2,\"2\":[]}|true",
                "[true,false]|true|true",
                "[true,false]|false|true",
                "[null]|null|true",
                "[1]|1.0|true",
                "[{\"a\":1,\"b\":2}]|{\"b\":2,\"a\":1}|true",
                "[\"1\"]|1|false",
            })
    void array_contains_compares_as_json(String array, String value, String expected) {
        assertThat(Evaluate.json("States.ArrayContains($.a, $.v)", "{\"a\": " + array + ", \"v\": " + value + "}"))
                .isEqualTo(expected);
    }

    /** AWS: (0, 9, 3), (0, 10, 3), (1, 9, 9) and (1, 9, 2) (test_array_range). */
    @ParameterizedTest(name = "ArrayRange({0}, {1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|9|3|[0,3,6,9]",
                "0|10|3|[0,3,6,9]",
                "1|9|9|[1]",
                "1|9|2|[1,3,5,7,9]",
                "5|1|-2|[5,3,1]",
                "5|5|1|[5]",
                "5|1|1|[]",
                "1|5|-1|[]",
                "1.5|3.4|0.5|[2,3]",
                "-3|-1|1|[-3,-2,-1]",
            })
    void array_range_counts_from_start_to_end_inclusive(String start, String end, String step, String expected) {
        assertThat(Evaluate.json("States.ArrayRange(" + start + ", " + end + ", " + step + ")", "{}"))
                .isEqualTo(expected);
    }

    @Test
    void array_range_holds_at_most_1000_items() {
        assertThat(Evaluate.call("States.ArrayRange(1, 1000, 1)", "{}").size()).isEqualTo(1000);

        StatesError error = Evaluate.failure("States.ArrayRange(1, 1001, 1)", "{}");
        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("States.ArrayRange: the range from 1 to 1001 in steps of 1 has 1001 items, but an array"
                        + " made by States.ArrayRange can hold at most 1000");
    }

    @Test
    void array_range_refuses_a_step_of_zero() {
        assertThat(Evaluate.failure("States.ArrayRange(1, 5, $.step)", "{\"step\": 0.2}")
                        .detail())
                .endsWith("argument 3 of States.ArrayRange is the step and must not be 0");
    }

    @Test
    void array_range_copes_with_huge_bounds() {
        assertThat(Evaluate.failure("States.ArrayRange(-9223372036854775808, 9223372036854775807, 1)", "{}")
                        .detail())
                .contains("has 18446744073709551616 items");
    }

    @Test
    void array_get_item_returns_the_item_itself() {
        assertThat(Evaluate.json("States.ArrayGetItem($.a, 1)", "{\"a\": [1, {\"b\": [2]}]}"))
                .isEqualTo("{\"b\":[2]}");
        assertThat(Evaluate.json("States.ArrayGetItem($.a, 1.0)", "{\"a\": [1, 2]}"))
                .isEqualTo("2");
    }

    @Test
    void array_get_item_outside_the_array_fails() {
        StatesError error = Evaluate.failure("States.ArrayGetItem($.a, 9)", "{\"a\": [1,2,3,4,5,6,7,8,9]}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .isEqualTo("The function 'States.ArrayGetItem($.a, 9)' had the following error: argument 2 of"
                        + " States.ArrayGetItem is the index 9, which is outside the array: it has 9 items, indexed"
                        + " from 0");
        assertThat(Evaluate.failure("States.ArrayGetItem($.a, -1)", "{\"a\": [1]}")
                        .detail())
                .contains("is the index -1, which is outside the array");
    }

    @Test
    void array_get_item_refuses_a_fractional_index() {
        assertThat(Evaluate.failure("States.ArrayGetItem($.a, 0.5)", "{\"a\": [1]}")
                        .detail())
                .endsWith("argument 2 of States.ArrayGetItem must be an integer, but it is 0.5");
    }

    @Test
    void array_length_of_an_empty_array_is_zero() {
        assertThat(Evaluate.json("States.ArrayLength($.a)", "{\"a\": []}")).isEqualTo("0");
    }

    @Test
    void array_unique_keeps_the_first_of_equal_values_in_order() {
        String input = "{\"a\": [null, null, true, true, false, false, 1, 1, 1.1, 0, -0, \"HelloWorld\","
                + " \"HelloWorld\", [], [], [null], [null], {\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1},"
                + " {\"a\": 1, \"b\": 1}, 2, 2.0]}";

        assertThat(Evaluate.json("States.ArrayUnique($.a)", input))
                .isEqualTo("[null,true,false,1,1.1,0,\"HelloWorld\",[],[null],{\"a\":1,\"b\":2},{\"a\":1,\"b\":1},2]");
    }

    @Test
    void array_functions_need_an_array() {
        StatesError error = Evaluate.failure("States.ArrayLength($.a)", "{\"a\": \"abc\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .isEqualTo("The function 'States.ArrayLength($.a)' had the following error: argument 1 of"
                        + " States.ArrayLength must be an array, but it is a string (\"abc\")");
    }
}
