package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.PathSyntaxException;
import dev.lockstep.engine.internal.path.ValueExpression;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties that hold for any input, checked on generated cases (QuickTheories). */
class IntrinsicPropertiesTest {

    private static final List<String> TOKENS = List.of(
            "States.",
            "States.Array(",
            "States.Format(",
            "States.ArrayRange(",
            "States.Nope(",
            "Array",
            "(",
            ")",
            ")",
            ",",
            ", ",
            " ",
            "'",
            "'x'",
            "\\",
            "\\'",
            "{}",
            "{",
            "}",
            "$",
            "$.",
            "$$",
            "a",
            "[",
            "]",
            "['",
            "1",
            "-",
            "2.5",
            "e9",
            "true",
            "null",
            "\"",
            "?",
            "@",
            "\n",
            "😀");

    /** Token soup that often looks like a call, and arbitrary text after the prefix. */
    private static Gen<String> callLikeText() {
        Gen<String> soup = lists().of(Generate.pick(TOKENS))
                .ofSizeBetween(0, 25)
                .map(tokens -> "States.Array(" + String.join("", tokens));
        Gen<String> arbitrary = strings().allPossible().ofLengthBetween(0, 40).map(text -> "States." + text);
        Gen<String> anything = strings().ascii().ofLengthBetween(0, 40);
        return soup.mix(arbitrary, 30).mix(anything, 20);
    }

    private static void assertFailsAsAws(StatesError error, String call) {
        assertThat(error.error()).isIn(ErrorNames.RUNTIME, ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail()).startsWith("The function '" + call + "' had the following error: ");
        assertThat(error.prefixedWithState()).isTrue();
    }

    @Test
    void compiling_any_text_yields_an_expression_or_a_path_syntax_exception() {
        EvaluationContext context = TestContext.withInput("{\"a\": [1, \"x\"]}");
        qt().withExamples(3000).forAll(callLikeText()).checkAssert(text -> {
            ValueExpression expression;
            try {
                expression = Intrinsics.compile(text);
            } catch (PathSyntaxException refused) {
                assertThat(refused.text()).isEqualTo(text);
                assertThat(refused.position()).isBetween(0, text.length());
                assertThat(refused.getMessage()).isNotBlank();
                return;
            }
            try {
                assertThat(expression.evaluate(context)).isNotNull();
            } catch (StatesError failed) {
                assertFailsAsAws(failed, text);
            }
        });
    }

    @Test
    void random_valid_calls_evaluate_to_a_value_or_a_states_error() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String call = new RandomCalls(random).call(1);
            EvaluationContext context = new TestContext(new RandomJson(random).value(3), Json.NODES.objectNode(), seed);
            Intrinsics.CompiledCall expression = Intrinsics.compile(call);
            try {
                assertThat(expression.evaluate(context)).as(call).isNotNull();
            } catch (StatesError failed) {
                assertFailsAsAws(failed, call);
            }
            // Lint must never fail on a call that compiles.
            assertThat(Intrinsics.lint(expression)).isNotNull();
        });
    }

    @Test
    void base64_decode_undoes_base64_encode() {
        Gen<String> texts = lists().of(integers().between(0, 0x10FFFF - 0x800))
                .ofSizeBetween(0, 1500)
                .map(codePoints -> {
                    StringBuilder text = new StringBuilder();
                    // Skip the surrogate block: lone surrogates are not text and have no UTF-8 form.
                    codePoints.forEach(cp -> text.appendCodePoint(cp >= 0xD800 ? cp + 0x800 : cp));
                    return text.toString();
                });
        ValueExpression roundTrip = Intrinsics.compile("States.Base64Decode(States.Base64Encode($))");

        qt().forAll(texts)
                .checkAssert(text -> assertThat(roundTrip.evaluate(
                                new TestContext(Json.NODES.textNode(text), Json.NODES.nullNode(), 0)))
                        .isEqualTo(Json.NODES.textNode(text)));
    }

    @Test
    void string_to_json_undoes_json_to_string() {
        ValueExpression roundTrip = Intrinsics.compile("States.StringToJson(States.JsonToString($))");
        ValueExpression toText = Intrinsics.compile("States.JsonToString($)");

        qt().forAll(longs().all()).checkAssert(seed -> {
            JsonNode value = new RandomJson(new Random(seed)).value(4);
            TestContext context = new TestContext(value, Json.NODES.nullNode(), 0);

            assertThat(roundTrip.evaluate(context)).isEqualTo(value);
            assertThat(toText.evaluate(context).textValue()).isEqualTo(Json.compact(value));
        });
    }

    @Test
    void flattening_the_partitions_gives_back_the_array() {
        qt().forAll(
                        lists().of(integers().between(-5, 5)).ofSizeBetween(0, 40),
                        integers().between(1, 45))
                .checkAssert((items, chunkSize) -> {
                    ArrayNode array = Json.NODES.arrayNode();
                    items.forEach(array::add);
                    TestContext context = new TestContext(array, Json.NODES.nullNode(), 0);

                    JsonNode chunks = Intrinsics.compile("States.ArrayPartition($, " + chunkSize + ")")
                            .evaluate(context);

                    ArrayNode flattened = Json.NODES.arrayNode();
                    for (int i = 0; i < chunks.size(); i++) {
                        JsonNode chunk = chunks.get(i);
                        assertThat(chunk.size()).isPositive();
                        if (i < chunks.size() - 1) {
                            assertThat(chunk.size()).isEqualTo(chunkSize);
                        } else {
                            assertThat(chunk.size()).isLessThanOrEqualTo(chunkSize);
                        }
                        chunk.forEach(flattened::add);
                    }
                    assertThat(flattened).isEqualTo(array);
                });
    }

    @Test
    void array_range_has_the_length_arithmetic_predicts() {
        qt().forAll(
                        integers().between(-3000, 3000),
                        integers().between(-3000, 3000),
                        integers().between(-60, 60).assuming(step -> step != 0))
                .checkAssert((start, end, step) -> {
                    long expected = (end - start) * (long) step < 0 ? 0 : (end - start) / step + 1;
                    String call = "States.ArrayLength(States.ArrayRange(" + start + ", " + end + ", " + step + "))";
                    ValueExpression expression = Intrinsics.compile(call);
                    EvaluationContext context = TestContext.withInput("{}");

                    if (expected > ArrayFunctions.MAX_RANGE_ITEMS) {
                        StatesError error = org.assertj.core.api.Assertions.catchThrowableOfType(
                                StatesError.class, () -> expression.evaluate(context));
                        assertThat(error).isNotNull();
                        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
                    } else {
                        assertThat(expression.evaluate(context).longValue()).isEqualTo(expected);
                    }
                });
    }

    @Test
    void array_unique_keeps_one_of_each_value_in_first_seen_order() {
        qt().forAll(lists().of(integers().between(-4, 4)).ofSizeBetween(0, 30)).checkAssert(items -> {
            ArrayNode array = Json.NODES.arrayNode();
            items.forEach(array::add);

            JsonNode unique = Intrinsics.compile("States.ArrayUnique($)")
                    .evaluate(new TestContext(array, Json.NODES.nullNode(), 0));

            ArrayNode expected = Json.NODES.arrayNode();
            items.stream().distinct().forEach(expected::add);
            assertThat(unique).isEqualTo(expected);
        });
    }
}
