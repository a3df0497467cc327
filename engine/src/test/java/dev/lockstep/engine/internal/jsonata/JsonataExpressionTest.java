package dev.lockstep.engine.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {

    private static JsonNode eval(String expression, Scopes scope) {
        return JsonataExpression.compile(expression).evaluate(scope);
    }

    @Test
    void an_expression_reads_the_input_through_states_and_returns_the_very_node_it_selected() {
        Scopes scope = Scopes.of("{\"order\":{\"id\":7,\"items\":[1,2]}}");

        JsonNode order = eval("$states.input.order", scope);

        // No copy: an unchanged subtree comes back as the node that went in, so outputs share structure.
        assertThat(order).isSameAs(scope.input().get("order"));
    }

    @Test
    void json_null_is_a_value_and_a_missing_field_is_undefined() {
        Scopes scope = Scopes.of("{\"bar\":null}");

        assertThat(eval("$states.input.bar", scope).isNull()).isTrue();
        assertThat(eval("$states.input.missing", scope)).isNull();
        assertThat(eval("$exists($states.input.bar)", scope).booleanValue()).isTrue();
    }

    @Test
    void integers_stay_integers_and_whole_doubles_become_integers() {
        Scopes scope = Scopes.of("{\"n\":5,\"big\":9007199254740993}");

        assertThat(eval("$states.input.n + 1", scope).isIntegralNumber()).isTrue();
        assertThat(eval("3.0 * 2", scope).toString()).isEqualTo("6");
        assertThat(eval("10 / 4", scope).toString()).isEqualTo("2.5");
        assertThat(eval("1e20", scope).toString()).isEqualTo("100000000000000000000");
        assertThat(eval("$states.input.big", scope).longValue()).isEqualTo(9007199254740993L);
    }

    @Test
    void an_object_built_by_an_expression_keeps_its_constructor_order() {
        assertThat(eval("{'z': 1, 'a': 2, 'm': 3}", Scopes.of("{}")).toString()).isEqualTo("{\"z\":1,\"a\":2,\"m\":3}");
    }

    @Test
    void variables_are_read_by_name_and_an_unassigned_one_is_undefined() {
        Scopes scope = Scopes.of("{}").with("total", "42").with("items", "[\"a\",\"b\"]");

        assertThat(eval("$total * 2", scope).intValue()).isEqualTo(84);
        assertThat(eval("$items[1]", scope).textValue()).isEqualTo("b");
        assertThat(eval("$never", scope)).isNull();
    }

    @Test
    void a_variable_whose_name_holds_a_combining_mark_is_read_by_its_whole_name() {
        Scopes scope = Scopes.of("{}").with("cafe\u0301", "{\"x\": 3}").with("cafe", "{\"x\": 1}");

        assertThat(eval("$cafe\u0301.x", scope).intValue()).isEqualTo(3);
        assertThat(eval("$cafe\u0301.x + 0", scope).intValue()).isEqualTo(3);
    }

    @Test
    void the_context_object_is_built_only_when_an_expression_reads_it() {
        Scopes scope = Scopes.of("{\"a\":1}");

        eval("$states.input.a", scope);
        assertThat(scope.contextBuilds).isZero();
        assertThat(eval("$states.context.State.Name", scope).textValue()).isEqualTo("S");
        assertThat(scope.contextBuilds).isEqualTo(1);
    }

    @Test
    void there_is_no_context_item_so_a_bare_name_is_undefined() {
        // AWS evaluates with no context item: $states.input is the only way to the input.
        assertThat(eval("order", Scopes.of("{\"order\":1}"))).isNull();
    }

    @Test
    void eval_is_not_available_and_calling_it_fails_as_calling_a_non_function() {
        assertThatThrownBy(() -> eval("$eval('1')", Scopes.of("{}")))
                .isInstanceOf(JsonataEvaluationException.class)
                .hasMessage("T1006: Attempted to invoke a non-function");
    }

    @Test
    void jsonata_errors_carry_their_code_and_say_function_where_the_library_says_object() {
        assertThatThrownBy(() -> eval("$split('a', 'b', -1)", Scopes.of("{}")))
                .hasMessage("D3020: Third argument of split function must evaluate to a positive number");
    }

    @Test
    void a_syntax_error_is_found_when_the_expression_is_compiled() {
        assertThatThrownBy(() -> JsonataExpression.compile("a[1,2)"))
                .isInstanceOf(JsonataSyntaxException.class)
                .hasMessage("S0202: Expected \"]\", got \",\"");
    }

    @Test
    void recursion_deeper_than_a_hundred_levels_fails_instead_of_overflowing_the_stack() {
        assertThatThrownBy(
                        () -> eval("($f := function($n){ $n <= 0 ? 0 : 1 + $f($n - 1) }; $f(100000))", Scopes.of("{}")))
                .isInstanceOf(JsonataEvaluationException.class)
                .hasMessageContaining("max=100");
    }

    @Test
    void one_compiled_expression_evaluates_correctly_on_many_threads_at_once() throws Exception {
        JsonataExpression expression = JsonataExpression.compile("$states.input.n * $factor");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                Callable<Boolean> task = () -> expression
                                .evaluate(Scopes.of("{\"n\":" + n + "}").with("factor", "3"))
                                .intValue()
                        == 3 * n;
                results.add(pool.submit(task));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
