package dev.lockstep.engine.internal.path;

import static dev.lockstep.engine.internal.path.JsonPathTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencePathTest {

    static JsonNode apply(String path, String input, String result) {
        return ReferencePath.compile(path).apply(json(input), json(result));
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Developer guide, "Specifying state output using ResultPath", with the Lambda result "Hello, AWS Step Functions!". */
    @Nested
    class Aws_documentation_examples {

        final String input =
                "{\"comment\": \"This is a test of the input and output of a Task state.\", \"details\": \"Default example\","
                        + " \"who\": \"AWS Step Functions\"}";
        final String result = "\"Hello, AWS Step Functions!\"";

        @Test
        void the_default_dollar_replaces_the_whole_input_with_the_result() {
            JsonNode result = json(this.result);

            assertThat(ReferencePath.compile("$").apply(json(input), result)).isSameAs(result);
        }

        @Test
        void a_new_field_is_added_after_the_existing_ones() {
            JsonNode output = apply("$.taskresult", input, result);

            assertThat(keys(output)).containsExactly("comment", "details", "who", "taskresult");
            assertThat(output.get("taskresult")).isEqualTo(json(result));
        }

        @Test
        void a_new_field_can_be_added_inside_a_nested_object() {
            JsonNode output = apply(
                    "$.strings.lambdaresult",
                    "{\"comment\": \"An input comment.\", \"strings\": {\"string1\": \"foo\", \"string2\": \"bar\","
                            + " \"string3\": \"baz\"}, \"who\": \"AWS Step Functions\"}",
                    result);

            assertThat(output)
                    .isEqualTo(json("{\"comment\": \"An input comment.\", \"strings\": {\"string1\": \"foo\","
                            + " \"string2\": \"bar\", \"string3\": \"baz\", \"lambdaresult\": \"Hello, AWS Step"
                            + " Functions!\"}, \"who\": \"AWS Step Functions\"}"));
            assertThat(keys(output)).containsExactly("comment", "strings", "who");
            assertThat(keys(output.get("strings"))).containsExactly("string1", "string2", "string3", "lambdaresult");
        }

        @Test
        void an_existing_field_is_overwritten_where_it_stands() {
            JsonNode output = apply("$.comment", input, result);

            assertThat(keys(output)).containsExactly("comment", "details", "who");
            assertThat(output.get("comment")).isEqualTo(json(result));
        }

        @Test
        void a_catcher_places_the_error_output_beside_the_input() {
            assertThat(apply("$.error", "{\"foo\": \"bar\"}", "{\"Error\": \"Error here\"}"))
                    .isEqualTo(json("{\"foo\": \"bar\", \"error\": {\"Error\": \"Error here\"}}"));
        }

        /** Developer guide, Pass state: "ResultPath": "$.coords" on {"georefOf": "Home"}. */
        @Test
        void a_pass_state_result_is_added_to_its_input() {
            assertThat(apply(
                            "$.coords",
                            "{\"georefOf\": \"Home\"}",
                            "{\"x-datum\": 0.381018, \"y-datum\": 622.2269926397355}"))
                    .isEqualTo(json("{\"georefOf\": \"Home\", \"coords\": {\"x-datum\": 0.381018,"
                            + " \"y-datum\": 622.2269926397355}}"));
        }

        /** ASL specification, "Using InputPath, Parameters, ResultSelector, ResultPath and OutputPath". */
        @Test
        void an_array_at_the_path_is_overwritten_and_missing_intervening_fields_are_created() {
            String input = "{\"master\": {\"detail\": [1, 2, 3]}}";

            assertThat(apply("$.master.detail", input, "6")).isEqualTo(json("{\"master\": {\"detail\": 6}}"));
            assertThat(apply("$.master.result.sum", input, "6"))
                    .isEqualTo(json("{\"master\": {\"detail\": [1, 2, 3], \"result\": {\"sum\": 6}}}"));
        }
    }

    @Nested
    class Copy_on_write {

        @Test
        void the_input_is_left_unchanged() {
            JsonNode input = json("{\"a\": {\"b\": 1, \"c\": [1, 2]}, \"d\": 2}");
            JsonNode before = input.deepCopy();

            ReferencePath.compile("$.a.b").apply(input, json("9"));
            ReferencePath.compile("$.a.c[0]").apply(input, json("9"));
            ReferencePath.compile("$.a.x.y").apply(input, json("9"));

            assertThat(input).isEqualTo(before);
        }

        @Test
        void subtrees_off_the_path_are_shared_not_copied() {
            JsonNode input = json("{\"a\": {\"b\": 1}, \"d\": {\"e\": 2}}");

            JsonNode output = ReferencePath.compile("$.a.b").apply(input, json("9"));

            assertThat(output.get("d")).isSameAs(input.get("d"));
        }

        @Test
        void the_result_is_placed_as_is() {
            JsonNode result = json("{\"big\": [1, 2, 3]}");

            JsonNode output = ReferencePath.compile("$.r").apply(json("{}"), result);

            assertThat(output.get("r")).isSameAs(result);
        }
    }

    @Nested
    class Array_indexes {

        /** Step Functions Local 2.0.0, reported in floci issue #3479: "ResultPath": "$[1].payload". */
        @Test
        void an_index_step_places_the_result_into_an_existing_element() {
            assertThat(apply("$[1].payload", "[{\"a\": 1}, {\"id\": 7}, {\"c\": 3}, 4]", "{\"subject_status\": 1}"))
                    .isEqualTo(json("[{\"a\": 1}, {\"id\": 7, \"payload\": {\"subject_status\": 1}}, {\"c\": 3}, 4]"));
        }

        @Test
        void an_index_as_the_last_step_replaces_the_element() {
            assertThat(apply("$.a[0]", "{\"a\": [1, 2]}", "9")).isEqualTo(json("{\"a\": [9, 2]}"));
            assertThat(apply("$.a[-1]", "{\"a\": [1, 2]}", "9")).isEqualTo(json("{\"a\": [1, 9]}"));
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "$.a[2] | {\"a\": [1, 2]}",
                    "$.a[-3] | {\"a\": [1, 2]}",
                    "$.a[0] | {\"a\": {\"0\": 1}}",
                    "$.a[0] | {}",
                    "$.a.b[0].c | {\"a\": {}}",
                })
        void an_index_that_names_no_existing_element_cannot_be_applied(String path, String input) {
            assertThatThrownBy(() -> apply(path, input, "9"))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.error()).isEqualTo(ErrorNames.RESULT_PATH_MATCH_FAILURE));
        }
    }

    @Nested
    class Failures {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "$.x | \"text\"",
                    "$.x | [1, 2]",
                    "$.x | null",
                    "$.a.b | {\"a\": \"text\"}",
                    "$.a.b | {\"a\": 5}",
                    "$.a.b | {\"a\": null}",
                    "$.a.b.c | {\"a\": {\"b\": true}}",
                })
        void a_path_through_something_that_is_not_an_object_fails_with_result_path_match_failure(
                String path, String input) {
            assertThatThrownBy(() -> apply(path, input, "1")).isInstanceOfSatisfying(StatesError.class, e -> {
                assertThat(e.error()).isEqualTo(ErrorNames.RESULT_PATH_MATCH_FAILURE);
                assertThat(e.prefixedWithState()).isTrue();
            });
        }

        /** Shaped like the one real cause on record (aws-cdk issue #29473): no quotes around the path, input as a JSON string. */
        @Test
        void the_cause_names_the_path_and_the_input_as_a_json_string() {
            assertThatThrownBy(() -> apply("$.a.b", "{\"a\": \"x\", \"n\": 1}", "1"))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.detail())
                                    .isEqualTo(
                                            "Unable to apply ReferencePath $.a.b to input \"{\\\"a\\\":\\\"x\\\",\\\"n\\\":1}\""));
        }
    }

    @Nested
    class Compilation {

        @Test
        void the_text_is_kept_as_written() {
            assertThat(ReferencePath.compile("$['a b'].c").text()).isEqualTo("$['a b'].c");
        }

        /** ASL specification: 'The value of "ResultPath" MUST NOT begin with "$$"'. */
        @Test
        void a_context_object_path_is_rejected() {
            assertThatThrownBy(() -> ReferencePath.compile("$$.Execution.Id"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessage("Invalid ResultPath '$$.Execution.Id': it cannot start with '$$': a result can only be"
                            + " placed into the state input ($)");
        }

        /** ASL specification: 'In a JSONPath state, the "ResultPath" field MUST NOT reference a variable.' */
        @Test
        void a_variable_path_is_rejected() {
            assertThatThrownBy(() -> ReferencePath.compile("$myVar.x"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessageContaining("cannot reference a variable");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "$.a[*] | 3 | a wildcard",
                    "$.a.* | 3 | a wildcard",
                    "$..a | 1 | a deep scan",
                    "$.a[0,1] | 3 | a union",
                    "$['a','b'] | 1 | a union",
                    "$.a[1:] | 3 | a slice",
                    "$.a[?(@.b)] | 3 | a filter",
                    "$.a.length() | 3 | a function call",
                })
        void a_path_that_is_not_a_reference_path_is_rejected_at_the_offending_step(
                String path, int position, String what) {
            assertThatThrownBy(() -> ReferencePath.compile(path))
                    .isInstanceOfSatisfying(PathSyntaxException.class, e -> {
                        assertThat(e.position()).isEqualTo(position);
                        assertThat(e.getMessage())
                                .startsWith("Invalid ResultPath '" + path + "': it must be a Reference Path")
                                .contains("found " + what)
                                .endsWith("at position " + position);
                    });
        }

        @Test
        void a_malformed_path_reports_the_syntax_problem() {
            assertThatThrownBy(() -> ReferencePath.compile("$.a["))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessageContaining("'[' is never closed");
        }

        @Test
        void a_compiled_path_can_be_applied_many_times() {
            ReferencePath path = ReferencePath.compile("$.n");

            assertThat(path.apply(json("{}"), json("1"))).isEqualTo(json("{\"n\": 1}"));
            assertThat(path.apply(json("{\"n\": 0}"), json("2"))).isEqualTo(json("{\"n\": 2}"));
            assertThat(Json.compact(path.apply(json("{\"m\": 0}"), json("3")))).isEqualTo("{\"m\":0,\"n\":3}");
        }
    }
}
