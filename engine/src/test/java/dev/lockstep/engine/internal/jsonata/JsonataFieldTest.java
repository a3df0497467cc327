package dev.lockstep.engine.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class JsonataFieldTest {

    private static JsonataField field(String json) {
        return JsonataField.compile(Scopes.json(json), "Output", "/States/S/Output");
    }

    @Test
    void a_field_without_expressions_is_the_literal_node_itself() {
        JsonNode literal = Scopes.json("{\"a\":[1,\"$.b\",\"{% no\"]}");
        JsonataField compiled = JsonataField.compile(literal, "Output", "/States/S/Output");

        assertThat(compiled.isLiteral()).isTrue();
        assertThat(compiled.evaluate(Scopes.of("{}"))).isSameAs(literal);
    }

    @Test
    void strings_in_delimiters_are_evaluated_at_any_depth_and_the_rest_kept() {
        JsonNode value = field("{\"a\":{\"b\":[\"{% $states.input.x %}\",2]},\"c\":\"plain\"}")
                .evaluate(Scopes.of("{\"x\":1}"));

        assertThat(value.toString()).isEqualTo("{\"a\":{\"b\":[1,2]},\"c\":\"plain\"}");
    }

    @Test
    void an_undefined_value_names_its_place_with_slashes_for_keys_and_brackets_for_indexes() {
        assertThatThrownBy(() -> field("{\"a\":{\"b\":[0,\"{% $nope %}\"]}}").evaluate(Scopes.of("{}")))
                .isInstanceOfSatisfying(JsonataFailure.class, failure -> {
                    assertThat(failure.location()).isEqualTo("Output/a/b[1]");
                    assertThat(failure.detail())
                            .isEqualTo("The JSONata expression '$nope' specified for the field 'Output/a/b[1]'"
                                    + " returned nothing (undefined).");
                });
    }

    @Test
    void a_failing_expression_is_reported_as_having_thrown_with_jsonatas_message() {
        assertThatThrownBy(() -> field("\"{% 1 + {} %}\"").evaluate(Scopes.of("{}")))
                .isInstanceOfSatisfying(
                        JsonataFailure.class,
                        failure -> assertThat(failure.detail())
                                .startsWith(
                                        "The JSONata expression '1 + {}' specified for the field 'Output' threw an error"
                                                + " during evaluation. T2002"));
    }

    @Test
    void the_text_between_the_delimiters_is_trimmed() {
        assertThat(field("\"{%   1 + 1   %}\"").evaluate(Scopes.of("{}")).intValue())
                .isEqualTo(2);
        assertThat(JsonataField.isExpression("{%%}")).isTrue();
        assertThat(JsonataField.isExpression(" {% 1 %}")).isFalse();
        assertThat(JsonataField.isExpression("{% 1 %} ")).isFalse();
    }

    @Test
    void a_syntax_error_says_where_the_expression_is_in_the_definition() {
        assertThatThrownBy(() -> field("{\"a/b\":{\"c\":\"{% ( %}\"}}"))
                .isInstanceOfSatisfying(
                        JsonataSyntaxException.class,
                        e -> assertThat(e.location()).isEqualTo("/States/S/Output/a~1b/c"));
    }

    @Test
    void a_whole_double_comes_back_as_an_integer_as_in_jsonatas_number_model() {
        assertThat(field("\"{% $states.input.v %}\"")
                        .evaluate(Scopes.of("{\"v\":2.0}"))
                        .toString())
                .isEqualTo("2");
    }

    @Test
    void any_json_value_read_through_states_input_comes_back_equal() {
        qt().withExamples(300).forAll(json(3)).checkAssert(value -> {
            ObjectNode input = Json.NODES.objectNode();
            input.set("v", value);
            JsonNode back = field("\"{% $states.input.v %}\"").evaluate(new ScopeOf(input));
            assertThat(back).isEqualTo(value);
        });
    }

    @Test
    void any_json_object_rebuilt_by_merge_is_equal_and_keeps_its_key_order() {
        qt().withExamples(200).forAll(json(3)).checkAssert(value -> {
            ObjectNode input = Json.NODES.objectNode();
            input.set("v", value);
            JsonNode back = field("\"{% $merge([$states.input, {}]) %}\"").evaluate(new ScopeOf(input));
            assertThat(Json.compact(back)).isEqualTo(Json.compact(input));
        });
    }

    /** Random JSON: scalars of every kind, and objects and arrays nested up to {@code depth}. */
    private static Gen<JsonNode> json(int depth) {
        Gen<JsonNode> scalar = SourceDSL.integers()
                .between(0, 6)
                .zip(
                        SourceDSL.longs().all(),
                        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6),
                        (kind, n, s) -> {
                            switch (kind) {
                                case 0:
                                    return Json.NODES.nullNode();
                                case 1:
                                    return Json.NODES.booleanNode(n % 2 == 0);
                                case 2:
                                    return Json.NODES.numberNode((int) (n % 1000));
                                case 3:
                                    return Json.NODES.numberNode(
                                            (n % 100000) + 0.25); // whole doubles become integers, see below
                                case 4:
                                    return Json.NODES.numberNode(n);
                                default:
                                    return Json.NODES.textNode(s);
                            }
                        });
        if (depth == 0) {
            return scalar;
        }
        Gen<JsonNode> inner = json(depth - 1);
        Gen<JsonNode> object = SourceDSL.lists().of(inner).ofSizeBetween(0, 4).map(values -> {
            ObjectNode node = Json.NODES.objectNode();
            for (int i = 0; i < values.size(); i++) {
                node.set("k" + (values.size() - i), values.get(i));
            }
            return (JsonNode) node;
        });
        Gen<JsonNode> array = SourceDSL.lists().of(inner).ofSizeBetween(0, 4).map(values -> {
            ArrayNode node = Json.NODES.arrayNode();
            values.forEach(node::add);
            return (JsonNode) node;
        });
        return SourceDSL.integers().between(0, 2).flatMap(kind -> kind == 0 ? scalar : kind == 1 ? object : array);
    }

    /** A scope over a given input node. */
    private static final class ScopeOf implements JsonataScope {
        private final JsonNode input;

        ScopeOf(JsonNode input) {
            this.input = input;
        }

        @Override
        public JsonNode input() {
            return input;
        }

        @Override
        public JsonNode context() {
            return Json.NODES.objectNode();
        }

        @Override
        public JsonNode variable(String name) {
            return null;
        }

        @Override
        public java.util.random.RandomGenerator random() {
            return new java.util.SplittableRandom(0);
        }

        @Override
        public long nowMillis() {
            return 0;
        }
    }
}
