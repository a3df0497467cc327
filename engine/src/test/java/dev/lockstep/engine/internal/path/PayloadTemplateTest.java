package dev.lockstep.engine.internal.path;

import static dev.lockstep.engine.internal.path.JsonPathTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTemplateTest {

    record Context(JsonNode input, JsonNode context, Map<String, JsonNode> variables) implements EvaluationContext {
        Context(String input) {
            this(json(input), json("{}"), Map.of());
        }

        @Override
        public JsonNode variable(String name) {
            return variables.get(name);
        }

        @Override
        public RandomGenerator random() {
            return RandomGenerator.getDefault();
        }
    }

    static JsonNode evaluate(String template, String input) {
        return PayloadTemplate.compile(json(template), "Parameters").evaluate(new Context(input));
    }

    @Nested
    class Aws_documentation_examples {

        /** Developer guide, "Manipulate parameters in Step Functions workflows" (input-output-inputpath-params). */
        @Test
        void paths_at_any_depth_select_from_the_input_and_lose_their_suffix() {
            String input = """
                    {"comment": "Example for Parameters.",
                     "product": {"details": {"color": "blue", "size": "small", "material": "cotton"},
                                 "availability": "in stock", "sku": "2317", "cost": "$23"}}
                    """;
            String template = """
                    {"comment": "Selecting what I care about.",
                     "MyDetails": {"size.$": "$.product.details.size", "exists.$": "$.product.availability",
                                   "StaticValue": "foo"}}
                    """;

            assertThat(evaluate(template, input)).isEqualTo(json("""
                            {"comment": "Selecting what I care about.",
                             "MyDetails": {"size": "small", "exists": "in stock", "StaticValue": "foo"}}
                            """));
        }

        /** ASL specification, "Payload Template" example (without its intrinsic function field). */
        @Test
        void paths_read_the_input_and_double_dollar_paths_read_the_context_object() {
            String template = """
                    {"flagged": true,
                     "parts": {"first.$": "$.vals[0]", "last3.$": "$.vals[-3:]"},
                     "weekday.$": "$$.DayOfWeek"}
                    """;
            Context context = new Context(
                    json("{\"flagged\": 7, \"vals\": [0, 10, 20, 30, 40, 50]}"),
                    json("{\"DayOfWeek\": \"TUESDAY\"}"),
                    Map.of());

            JsonNode payload =
                    PayloadTemplate.compile(json(template), "Parameters").evaluate(context);

            assertThat(payload).isEqualTo(json("""
                            {"flagged": true, "parts": {"first": 0, "last3": [30, 40, 50]}, "weekday": "TUESDAY"}
                            """));
        }

        /** Real AWS (LocalStack snapshot test_state_pass_result_null_input_output_paths). */
        @Test
        void a_dollar_path_copies_the_whole_input() {
            assertThat(evaluate("{\"Arg1\": \"argument1\", \"FromInput.$\": \"$\"}", "{\"InputValue\": 0}"))
                    .isEqualTo(json("{\"Arg1\": \"argument1\", \"FromInput\": {\"InputValue\": 0}}"));
        }

        /** Real AWS (LocalStack snapshot test_comment_in_parameters): Comment is an ordinary key in a template. */
        @Test
        void a_comment_key_is_kept_like_any_other_key() {
            assertThat(evaluate("{\"Comment\": \"Comment text\", \"comment\": \"comment text\"}", "{}"))
                    .isEqualTo(json("{\"Comment\": \"Comment text\", \"comment\": \"comment text\"}"));
        }

        /** Real AWS (LocalStack snapshot pass_result_regex_json_path_base): a filter path yields the array of matches. */
        @Test
        void an_indefinite_path_yields_the_array_of_its_matches() {
            assertThat(evaluate(
                            "{\"FromInput.$\": \"$.users[?(@.status == 0)]\"}",
                            "{\"users\":[{\"year\":1997,\"status\":0},{\"year\":1998,\"status\":1}]}"))
                    .isEqualTo(json("{\"FromInput\":[{\"year\":1997,\"status\":0}]}"));
        }
    }

    @Nested
    class Shape_of_the_output {

        @Test
        void output_keys_come_in_the_order_of_a_java_hash_map_as_aws_writes_them() {
            // Recorded: test_base.snapshot.json test_query_context_object_values (see PayloadTemplate.inAwsOrder).
            JsonNode payload = evaluate(
                    "{\"execution\": 1, \"execution_rolearn.$\": \"$.a\", \"execution_name\": 2,"
                            + " \"statemachine_id.$\": \"$.a\"}",
                    "{\"a\": 0}");
            java.util.Map<String, Integer> javaOrder = new java.util.HashMap<>();
            List.of("execution", "execution_rolearn", "execution_name", "statemachine_id")
                    .forEach(key -> javaOrder.put(key, 0));

            assertThat(payload.fieldNames()).toIterable().containsExactlyElementsOf(javaOrder.keySet());
        }

        @Test
        void objects_inside_arrays_are_templates_too() {
            String template =
                    "{\"Entries\": [{\"Detail\": {\"userId.$\": \"$.user\"}, \"Source\": \"app\"}, \"plain\", 3]}";

            assertThat(evaluate(template, "{\"user\": \"u-1\"}"))
                    .isEqualTo(json(
                            "{\"Entries\": [{\"Detail\": {\"userId\": \"u-1\"}, \"Source\": \"app\"}, \"plain\", 3]}"));
        }

        @Test
        void a_template_may_be_an_array_or_a_scalar() {
            assertThat(evaluate("[{\"a.$\": \"$.x\"}, 1]", "{\"x\": true}")).isEqualTo(json("[{\"a\": true}, 1]"));
            assertThat(evaluate("\"$.x\"", "{\"x\": true}")).isEqualTo(json("\"$.x\""));
        }

        @Test
        void a_key_without_the_suffix_keeps_a_dollar_string_literally() {
            assertThat(evaluate("{\"path\": \"$.x\", \"ctx\": \"$$\"}", "{\"x\": 1}"))
                    .isEqualTo(json("{\"path\": \"$.x\", \"ctx\": \"$$\"}"));
        }

        @Test
        void a_path_to_json_null_gives_null() {
            assertThat(evaluate("{\"a.$\": \"$.n\"}", "{\"n\": null}")).isEqualTo(json("{\"a\": null}"));
        }

        /** Measured on AWS (floci, StepFunctionsUnresolvableJsonPathIntegrationTest): "idx.$": "$.items[5]" gives null. */
        @Test
        void an_index_past_the_end_of_an_array_gives_null() {
            assertThat(evaluate("{\"idx.$\": \"$.items[5]\"}", "{\"items\": [1, 2]}"))
                    .isEqualTo(json("{\"idx\": null}"));
        }

        @Test
        void an_indefinite_path_that_matches_nothing_gives_an_empty_array() {
            assertThat(evaluate("{\"types.$\": \"$[*].type\"}", "{}")).isEqualTo(json("{\"types\": []}"));
        }

        @Test
        void a_variable_path_reads_the_variable() {
            Context context = new Context(json("{}"), json("{}"), Map.of("order", json("{\"total\": 9}")));

            JsonNode payload = PayloadTemplate.compile(json("{\"t.$\": \"$order.total\"}"), "Parameters")
                    .evaluate(context);

            assertThat(payload).isEqualTo(json("{\"t\": 9}"));
        }

        @Test
        void a_key_that_is_only_the_suffix_gives_an_empty_key() {
            assertThat(evaluate("{\".$\": \"$.a\"}", "{\"a\": 1}")).isEqualTo(json("{\"\": 1}"));
        }
    }

    @Nested
    class Sharing {

        @Test
        void a_template_without_dynamic_fields_evaluates_to_the_template_node_itself() {
            JsonNode template = json("{\"a\": [1, {\"b\": \"$.not-a-path\"}], \"c\": null}");

            ValueExpression compiled = PayloadTemplate.compile(template, "Parameters");

            assertThat(compiled.evaluate(new Context("{}"))).isSameAs(template);
        }

        @Test
        void literal_subtrees_are_the_same_node_in_every_evaluation() {
            JsonNode template = json("{\"static\": {\"deep\": [1, 2]}, \"dynamic.$\": \"$.a\"}");
            ValueExpression compiled = PayloadTemplate.compile(template, "Parameters");

            JsonNode first = compiled.evaluate(new Context("{\"a\": 1}"));
            JsonNode second = compiled.evaluate(new Context("{\"a\": 2}"));

            assertThat(first.get("static")).isSameAs(template.get("static")).isSameAs(second.get("static"));
            assertThat(first.get("dynamic")).isEqualTo(json("1"));
            assertThat(second.get("dynamic")).isEqualTo(json("2"));
        }

        @Test
        void selected_values_are_shared_with_the_input_and_the_input_is_untouched() {
            Context context = new Context("{\"big\": {\"list\": [1, 2, 3]}}");
            JsonNode before = context.input().deepCopy();

            JsonNode payload = PayloadTemplate.compile(json("{\"b.$\": \"$.big\"}"), "Parameters")
                    .evaluate(context);

            assertThat(payload.get("b")).isSameAs(context.input().get("big"));
            assertThat(context.input()).isEqualTo(before);
        }

        @Test
        void each_evaluation_builds_a_new_object_for_dynamic_parts() {
            ValueExpression compiled = PayloadTemplate.compile(json("{\"a.$\": \"$\"}"), "Parameters");
            Context context = new Context("{}");

            assertThat(compiled.evaluate(context)).isNotSameAs(compiled.evaluate(context));
        }
    }

    @Nested
    class Runtime_failures {

        /** Real AWS: "The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'". */
        @Test
        void a_path_that_finds_nothing_fails_with_states_runtime_in_aws_words() {
            assertThatThrownBy(() -> evaluate("{\"JobName.$\": \"$.JobName\"}", "{}"))
                    .isInstanceOfSatisfying(StatesError.class, e -> {
                        assertThat(e.error()).isEqualTo(ErrorNames.RUNTIME);
                        assertThat(e.prefixedWithState()).isTrue();
                        assertThat(e.detail())
                                .isEqualTo("The JSONPath '$.JobName' specified for the field 'JobName.$' could not be"
                                        + " found in the input '{}'");
                    });
        }

        /** Real AWS (workshop trace): only the leaf key is named, the input is printed as compact JSON. */
        @Test
        void a_nested_field_names_only_its_own_key_and_prints_the_whole_input() {
            assertThatThrownBy(() -> evaluate(
                            "{\"Payload\": {\"address.$\": \"$.application.address\"}}", "{ \"flagged\" : false }"))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.detail())
                                    .isEqualTo(
                                            "The JSONPath '$.application.address' specified for the field 'address.$'"
                                                    + " could not be found in the input '{\"flagged\":false}'"));
        }

        /** Real AWS (id 2928884134 in the research notes): a $$ path prints the context object as "the input". */
        @Test
        void a_context_path_that_finds_nothing_prints_the_context_object() {
            Context context = new Context(json("{\"a\": 1}"), json("{\"Map\": {\"Item\": {\"Index\": 0}}}"), Map.of());

            assertThatThrownBy(() -> PayloadTemplate.compile(
                                    json("{\"checkId.$\": \"$$.Map.Item.Value.checkId\"}"), "ItemSelector")
                            .evaluate(context))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.detail())
                                    .isEqualTo(
                                            "The JSONPath '$$.Map.Item.Value.checkId' specified for the field 'checkId.$'"
                                                    + " could not be found in the input '{\"Map\":{\"Item\":{\"Index\":0}}}'"));
        }

        @Test
        void a_variable_path_that_finds_nothing_prints_the_variable_value() {
            Context context = new Context(json("{}"), json("{}"), Map.of("order", json("{\"total\": 9}")));

            assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"t.$\": \"$order.tax\"}"), "Parameters")
                            .evaluate(context))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.detail())
                                    .isEqualTo(
                                            "The JSONPath '$order.tax' specified for the field 't.$' could not be found in"
                                                    + " the input '{\"total\":9}'"));
        }

        @Test
        void an_undefined_variable_fails_with_states_runtime_naming_the_variable() {
            assertThatThrownBy(() -> evaluate("{\"t.$\": \"$order.total\"}", "{}"))
                    .isInstanceOfSatisfying(StatesError.class, e -> {
                        assertThat(e.error()).isEqualTo(ErrorNames.RUNTIME);
                        assertThat(e.detail())
                                .isEqualTo("The JSONPath '$order.total' specified for the field 't.$' could not be"
                                        + " found: the variable 'order' is not defined");
                    });
        }

        /** Real AWS (re:Post): "$.Jobs.sum()" compiles but "could not be found in the input". */
        @Test
        void a_jsonpath_function_is_not_evaluated_and_is_not_found() {
            assertThatThrownBy(() -> evaluate("{\"Jobs.$\": \"$.Jobs.sum()\"}", "{\"Jobs\": [0, 1]}"))
                    .isInstanceOfSatisfying(
                            StatesError.class,
                            e -> assertThat(e.detail())
                                    .isEqualTo(
                                            "The JSONPath '$.Jobs.sum()' specified for the field 'Jobs.$' could not be"
                                                    + " found in the input '{\"Jobs\":[0,1]}'"));
        }
    }

    @Nested
    class Compile_errors {

        static final String AWS_WORDING = "must be a valid JSONPath or a valid intrinsic function call";

        @ParameterizedTest
        @ValueSource(strings = {"1", "true", "null", "{\"a\": \"$.x\"}", "[\"$.x\"]"})
        void a_suffixed_key_whose_value_is_not_a_string_is_rejected_in_aws_words(String value) {
            assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"k.$\": " + value + "}"), "Parameters"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessage("The value for the field 'k.$' " + AWS_WORDING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"hello", "", "States", "$.a b", "$.x\n"})
        void a_suffixed_key_whose_string_is_neither_a_path_nor_an_intrinsic_is_rejected(String value) {
            assertThatThrownBy(() ->
                            PayloadTemplate.compile(Json.NODES.objectNode().put("outputPath.$", value), "Parameters"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessage("The value for the field 'outputPath.$' " + AWS_WORDING);
        }

        @Test
        void a_malformed_path_keeps_the_precise_problem_as_the_cause() {
            assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"deep\": {\"k.$\": \"$.a[\"}}"), "Parameters"))
                    .isInstanceOfSatisfying(PathSyntaxException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("The value for the field 'k.$' " + AWS_WORDING);
                        assertThat(e.text()).isEqualTo("$.a[");
                        assertThat(e.position()).isEqualTo(3);
                        assertThat(e.getCause())
                                .isInstanceOf(PathSyntaxException.class)
                                .hasMessageContaining("'[' is never closed");
                    });
        }

        /** Real AWS (serverless-step-functions issue #399): function names are case sensitive. */
        @Test
        void a_malformed_intrinsic_call_is_rejected_in_aws_words() {
            assertThatThrownBy(() -> PayloadTemplate.compile(
                            json("{\"outputPath.$\": \"States.format('{}', $.a)\"}"), "Parameters"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessage("The value for the field 'outputPath.$' " + AWS_WORDING);
        }

        /** ASL specification: no duplicate field names once ".$" is stripped. */
        @Test
        void two_keys_that_produce_the_same_output_key_are_rejected() {
            assertThatThrownBy(() -> PayloadTemplate.compile(json("{\"a\": 1, \"a.$\": \"$.x\"}"), "ResultSelector"))
                    .isInstanceOf(PathSyntaxException.class)
                    .hasMessage("The fields 'a' and 'a.$' in ResultSelector both produce the field 'a'; remove one of"
                            + " them");
        }
    }
}
