package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Which error a failing call raises, and a cause that quotes the call as AWS quotes it. */
class RuntimeErrorsTest {

    /**
     * Real AWS cause (quoted in a CDK construct's README): "... The function 'States.Array(&lt;path&gt;)' had the
     * following error: The JsonPath argument for the field '&lt;path&gt;' could not be found in the input
     * '&lt;input&gt;'"; the error is States.Runtime.
     */
    @Test
    void a_path_that_selects_nothing_is_a_runtime_error_quoting_the_call_and_the_input() {
        StatesError error = Evaluate.failure(
                "States.Format('Run for period {} to {}', $.fromDate, $.toDate)", "{\"fromDate\": \"2024-01-01\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
        assertThat(error.detail())
                .isEqualTo("The function 'States.Format('Run for period {} to {}', $.fromDate, $.toDate)' had the"
                        + " following error: The JsonPath argument for the field '$.toDate' could not be found in the"
                        + " input '{\"fromDate\":\"2024-01-01\"}'");
        assertThat(error.causeFor("Build period", 5))
                .startsWith("An error occurred while executing the state 'Build period' (entered at the event id #5)."
                        + " The function 'States.Format(");
    }

    @Test
    void with_the_engine_json_path_a_missing_field_is_reported_the_same_way() {
        // Intrinsics.compile uses the engine's JsonPath: "$.requiredProperty.missing" selects nothing in this input.
        StatesError error = catchThrowableOfType(
                StatesError.class,
                () -> Intrinsics.compile("States.Array($.optionalProperty)")
                        .evaluate(TestContext.withInput("{\n    \"requiredProperty\": 1\n}")));

        assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
        assertThat(error.detail())
                .isEqualTo("The function 'States.Array($.optionalProperty)' had the following error: The JsonPath"
                        + " argument for the field '$.optionalProperty' could not be found in the input"
                        + " '{\"requiredProperty\":1}'");
    }

    @Test
    void a_missing_context_path_quotes_the_context_object() {
        TestContext context = TestContext.withInputAndContext("{\"in\": 1}", "{\"Execution\": {}}");

        assertThat(Evaluate.failure("States.Array($$.Execution.Id)", context).detail())
                .endsWith("could not be found in the input '{\"Execution\":{}}'");
    }

    /** As a payload template's path field does: the document a variable path reads is the variable's value. */
    @Test
    void a_missing_field_of_a_variable_quotes_the_variable_value_not_the_state_input() {
        TestContext context = TestContext.withVariables("{\"v\": {\"present\": 1}}");

        assertThat(Evaluate.failure("States.JsonToString($v.missing)", context).detail())
                .isEqualTo("The function 'States.JsonToString($v.missing)' had the following error: The JsonPath"
                        + " argument for the field '$v.missing' could not be found in the input '{\"present\":1}'");
    }

    @Test
    void an_undefined_variable_is_not_found_even_with_a_wildcard() {
        StatesError error = Evaluate.failure("States.Array($undefinedVar[*])", TestContext.withVariables("{}"));

        assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
        assertThat(error.detail())
                .isEqualTo("The function 'States.Array($undefinedVar[*])' had the following error: The JsonPath"
                        + " argument for the field '$undefinedVar[*]' could not be found: the variable"
                        + " 'undefinedVar' is not defined");
    }

    @Test
    void a_wildcard_on_a_defined_variable_may_select_nothing() {
        assertThat(Json.compact(Evaluate.call("States.Array($v[*])", TestContext.withVariables("{\"v\": []}"))))
                .isEqualTo("[[]]");
    }

    @Test
    void a_path_to_json_null_selects_null() {
        assertThat(Evaluate.json("States.Array($.a)", "{\"a\": null}")).isEqualTo("[null]");
    }

    @Test
    void a_failure_inside_a_nested_call_quotes_the_whole_field() {
        String call = "States.Format('{}', States.ArrayGetItem($.a, 5))";

        StatesError error = Evaluate.failure(call, "{\"a\": []}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .startsWith("The function '" + call + "' had the following error: argument 2 of"
                        + " States.ArrayGetItem is the index 5");
    }

    @Test
    void arguments_are_evaluated_left_to_right_so_the_first_missing_path_is_reported() {
        assertThat(Evaluate.failure("States.Array($.a, $.b)", "{}").detail())
                .contains("for the field '$.a' could not be found");
    }

    /**
     * "If an open escape backslash \ is found in the intrinsic invocation string, the interpreter will return a
     * runtime error." (developer guide, "Reserved characters in intrinsic functions").
     */
    @Test
    void an_unknown_escape_compiles_and_fails_as_a_runtime_error() {
        String call = "States.Format('C:\\dir {}', 1)";

        StatesError error = Evaluate.failure(call, "{}");

        assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
        assertThat(error.detail())
                .isEqualTo("The function '" + call + "' had the following error: the backslash at position 17 of"
                        + " the call escapes 'd', but only \\', \\{, \\} and \\\\ are escape sequences in intrinsic"
                        + " functions; write \\\\ for a backslash");
    }

    @Test
    void a_value_of_the_wrong_type_describes_it_briefly() {
        String longText = "x".repeat(200);

        assertThat(Evaluate.failure("States.ArrayLength($.s)", "{\"s\": \"" + longText + "\"}")
                        .detail())
                .endsWith("must be an array, but it is a string (\"" + "x".repeat(59) + "...)");
    }

    @Test
    void evaluation_leaves_the_input_unchanged() {
        TestContext context = TestContext.withInput("{\"a\": [3, 1, 3], \"o\": {\"k\": 1}}");
        String before = context.input().toString();

        Evaluate.call(
                "States.Array(States.ArrayUnique($.a), States.ArrayPartition($.a, 2), States.JsonMerge($.o, $.o,"
                        + " false), States.Array($.a))",
                context);

        assertThat(context.input()).hasToString(before);
    }
}
