package dev.lockstep.engine.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The functions Step Functions adds to JSONata (developer guide, "Transforming data with JSONata"). */
class StepFunctionsFunctionsTest {

    private static JsonNode eval(String expression) {
        return eval(expression, Scopes.of("{}"));
    }

    private static JsonNode eval(String expression, Scopes scope) {
        return JsonataExpression.compile(expression).evaluate(scope);
    }

    @Test
    void partition_truncates_a_fractional_chunk_size_towards_zero() {
        assertThat(eval("$partition([1,2,3,4,5], 2.9)").toString()).isEqualTo("[[1,2],[3,4],[5]]");
    }

    @Test
    void partition_of_an_empty_array_or_by_zero_is_undefined() {
        assertThat(eval("$partition([], 2)")).isNull();
        assertThat(eval("$partition([1,2], 0)")).isNull();
    }

    @Test
    void range_without_a_step_is_undefined() {
        assertThat(eval("$range(1, 5)")).isNull();
    }

    @Test
    void range_truncates_fractional_bounds_towards_zero() {
        assertThat(eval("$range(-1.7, 2, 1)").toString()).isEqualTo("[-1,0,1,2]");
    }

    @Test
    void range_refuses_more_elements_than_aws_allows() {
        assertThat(eval("$count($range(1, 360145, 1))").intValue()).isEqualTo(360_145);
        assertThatThrownBy(() -> eval("$range(1, 360146, 1)"))
                .hasMessage("Expression evaluation memory limit exceeded");
    }

    @Test
    void a_range_whose_width_overflows_a_long_hits_the_memory_limit_too() {
        assertThatThrownBy(() -> eval("$range(-9000000000000000000, 9000000000000000000, 1)"))
                .hasMessage("Expression evaluation memory limit exceeded");
        assertThat(eval("$range(-9000000000000000000, 9000000000000000000, 9000000000000000000)")
                        .toString())
                .isEqualTo("[-9000000000000000000,0,9000000000000000000]");
    }

    @Test
    void hash_gives_lower_case_hex_digests_of_the_utf8_bytes() {
        assertThat(eval("$hash('abc', 'SHA-384')").textValue())
                .isEqualTo("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                        + "8086072ba1e7cc2358baeca134c825a7");
        assertThat(eval("$hash('é', 'MD5')").textValue()).isEqualTo("66ddcd97cfdeabb2f6fb8a999b4bc76f");
        assertThat(eval("$hash('abc')")).isNull();
    }

    @Test
    void random_with_a_seed_is_java_util_randoms_first_double() {
        assertThat(eval("$random(42)").doubleValue()).isEqualTo(new Random(42).nextDouble());
        assertThat(eval("$random(42.9)").doubleValue()).isEqualTo(new Random(42).nextDouble());
    }

    @Test
    void random_and_uuid_without_a_seed_draw_from_the_executions_random_source() {
        JsonNode first = eval("[$random(), $uuid()]", Scopes.seeded(5));
        JsonNode again = eval("[$random(), $uuid()]", Scopes.seeded(5));
        JsonNode other = eval("[$random(), $uuid()]", Scopes.seeded(6));

        assertThat(first).isEqualTo(again).isNotEqualTo(other);
        assertThat(first.get(1).textValue())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void parse_reads_json_text_and_refuses_what_is_not_json() {
        assertThat(eval("$parse('[1, {\"a\": null}]')").toString()).isEqualTo("[1,{\"a\":null}]");
        assertThatThrownBy(() -> eval("$parse('{oops')")).hasMessageContaining("not valid JSON");
    }

    @Test
    void now_and_millis_read_the_engines_clock() {
        assertThat(eval("$now()").textValue()).isEqualTo("2026-01-01T00:00:00.000Z");
        assertThat(eval("$millis()").longValue()).isEqualTo(1_767_225_600_000L);
    }
}
