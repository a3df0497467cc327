package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** States.MathAdd, MathRandom and UUID. */
class MathFunctionsTest {

    /**
     * Real AWS results recorded by LocalStack (localstack/localstack
     * tests/aws/services/stepfunctions/v2/intrinsic_functions/test_math_operations.snapshot.json, test_math_add): each
     * argument is rounded half up, toward positive infinity, as Java's Math.round does.
     */
    @ParameterizedTest(name = "MathAdd({0}, {1}) = {2}")
    @CsvSource({
        "-9, 3, -6",
        "1.49, 1.5, 3",
        "1.5, 1.51, 4",
        "-1.49, -1.5, -2",
        "-1.5, -1.51, -3",
        "1.49, 0, 1",
        "1.49, -1.49, 0",
        "1.5, 0, 2",
        "1.51, 0, 2",
        "-1.49, 0, -1",
        "-1.5, 0, -1",
        "-1.51, 0, -2",
        "0.5, 0, 1",
        "1.5, 0, 2",
        "2.5, 0, 3",
        "3.5, 0, 4",
        "-0.5, 0.5, 1",
        "-0.5, 0, 0",
        "-1.5, 0, -1",
        "-2.5, 0, -2",
        "-3.5, 0, -3",
    })
    void math_add_rounds_each_argument_like_aws(String first, String second, String sum) {
        assertThat(Evaluate.json("States.MathAdd($.a, $.b)", "{\"a\": " + first + ", \"b\": " + second + "}"))
                .isEqualTo(sum);
    }

    @Test
    void math_add_accepts_the_int_range_and_its_sum_is_exact() {
        assertThat(Evaluate.json("States.MathAdd(2147483647, 1)", "{}")).isEqualTo("2147483648");
        assertThat(Evaluate.json("States.MathAdd(-2147483648, -2147483648)", "{}"))
                .isEqualTo("-4294967296");
    }

    @Test
    void math_add_refuses_values_outside_the_int_range() {
        StatesError error = Evaluate.failure("States.MathAdd(1, $.big)", "{\"big\": 2147483648}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 2 of States.MathAdd is 2147483648, outside the range States.MathAdd accepts:"
                        + " -2147483648 to 2147483647");
    }

    @Test
    void math_add_refuses_text_even_if_it_looks_like_a_number() {
        assertThat(Evaluate.failure("States.MathAdd($.n, 1)", "{\"n\": \"5\"}").detail())
                .endsWith("argument 1 of States.MathAdd must be a number, but it is a string (\"5\")");
    }

    @Test
    void math_random_stays_within_start_inclusive_and_end_exclusive() {
        TestContext context = TestContext.seeded(7);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(Evaluate.call("States.MathRandom(1, 4)", context).intValue());
        }

        assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
    }

    /** AWS accepted (12.50, 44.51): both bounds are rounded, to 13 and 45 (test_math_random). */
    @Test
    void math_random_rounds_its_bounds() {
        TestContext context = TestContext.seeded(7);
        for (int i = 0; i < 200; i++) {
            assertThat(Evaluate.call("States.MathRandom(12.50, 44.51)", context).intValue())
                    .isBetween(13, 44);
        }
        assertThat(Evaluate.call("States.MathRandom(-99999, -9999)", context).intValue())
                .isBetween(-99999, -10000);
    }

    @Test
    void the_same_execution_seed_draws_the_same_numbers() {
        assertThat(draws(TestContext.seeded(1))).isEqualTo(draws(TestContext.seeded(1)));
        assertThat(draws(TestContext.seeded(1))).isNotEqualTo(draws(TestContext.seeded(2)));
    }

    private static String draws(TestContext context) {
        return Evaluate.call("States.Array(States.MathRandom(0, 1000000), States.MathRandom(0, 1000000))", context)
                .toString();
    }

    /** "if you use this function with the same seed value, it will return identical numbers" (developer guide). */
    @Test
    void a_seed_argument_makes_the_draw_repeatable_whatever_the_execution_seed() {
        JsonNode first = Evaluate.call("States.MathRandom(0, 999, 3)", TestContext.seeded(1));
        JsonNode second = Evaluate.call("States.MathRandom(0, 999, 3)", TestContext.seeded(2));

        assertThat(first).isEqualTo(second);
        assertThat(first.intValue()).isBetween(0, 998);
    }

    @Test
    void math_random_needs_a_start_below_the_end() {
        StatesError error = Evaluate.failure("States.MathRandom($.s, 5)", "{\"s\": 5}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("States.MathRandom: the start 5 must be less than the end 5, because the end is excluded"
                        + " from the numbers it draws from");
    }

    @Test
    void uuid_is_a_random_version_4_uuid_from_the_execution_generator() {
        TestContext context = TestContext.seeded(3);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            UUID uuid = UUID.fromString(Evaluate.call("States.UUID()", context).textValue());
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(uuid.toString());
        }

        assertThat(seen).hasSize(100);
        assertThat(Evaluate.call("States.UUID()", TestContext.seeded(3)))
                .isEqualTo(Evaluate.call("States.UUID()", TestContext.seeded(3)));
    }
}
