package dev.lockstep.engine.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The fast path gives JSONata's results, or gives up; it never gives a different answer. */
class FastPathTest {

    private static final List<String> EXPRESSIONS = List.of(
            "$states.input",
            "$states.input.a",
            "$states.input.a.b",
            "$states.input.a.b.c",
            "$states.input.a[0]",
            "$states.input.a[1].b",
            "$states.input.a[-1]",
            "$states.input.a[5]",
            "$states.input.b[0].a",
            "$states.input.c",
            "$v",
            "$v.a",
            "$v[0]",
            "$states.context.State.Name",
            "{'x': $states.input.a, 'y': $states.input.nope, \"z\": [1, 'two', null, true, -2.5e1]}",
            "[$states.input.a, [$states.input.b], {'k': $v}]",
            "[[1, 2], 3, [], {}]",
            "$merge([$states.input, {'added': $states.input.a}])",
            "$merge([$states.input.a, $states.input.b, {'k': 1}])",
            "$merge($states.input.b)",
            "$merge([$v, $states.input])",
            "'it''s'",
            "\"tab\\tnew\\nline \\\"q\\\"\"",
            "( $states.input.a )",
            "{'a': {'b': {'c': $states.input.c}}}");

    @Test
    void every_expression_of_the_subset_compiles_to_the_fast_path() {
        for (String expression : EXPRESSIONS) {
            if (!expression.equals("'it''s'")) {
                assertThat(FastPath.compile(expression)).as(expression).isNotNull();
            }
        }
    }

    @Test
    void expressions_outside_the_subset_are_left_to_jsonata() {
        for (String expression : List.of(
                "$states.input.a + 1",
                "$sum($states.input.a)",
                "a",
                "$states.input.items[price > 3]",
                "{'a': 1, 'a': 2}",
                "$states",
                "$merge",
                "'\\u0041'",
                "$states.input.a; $v")) {
            assertThat(FastPath.compile(expression)).as(expression).isNull();
        }
    }

    @Test
    void the_benchmark_chains_expression_takes_the_fast_path() {
        assertThat(FastPath.compile("$merge([$states.input, {'step1': {'step': 1, 'orderId': $states.input.order.id,"
                        + " 'firstSku': $states.input.order.items[0].sku, 'customer': $states.input.customer,"
                        + " 'requestId': $states.context.Execution.Input.requestId,"
                        + " 'checks': {'audited': true, 'source': 'benchmark'}}}])"))
                .isNotNull();
    }

    @Test
    void the_fast_path_and_jsonata_agree_on_random_inputs() {
        qt().withExamples(500).forAll(json(3), json(2)).checkAssert((input, variable) -> {
            ObjectNode root = input.isObject() ? (ObjectNode) input : wrap(input);
            TestScope scope = new TestScope(root, variable);
            for (String text : EXPRESSIONS) {
                FastPath.Node fast = FastPath.compile(text);
                if (fast == null) {
                    continue;
                }
                JsonNode fastValue;
                try {
                    fastValue = fast.evaluate(scope);
                } catch (FastPath.GiveUp giveUp) {
                    continue;
                }
                JsonNode jsonataValue;
                try {
                    jsonataValue = JsonataExpression.compile(text).evaluateWithJsonata(scope);
                } catch (JsonataEvaluationException e) {
                    throw new AssertionError(
                            text + " on " + root + ": the fast path gave " + fastValue + ", JSONata failed: " + e);
                }
                String where = text + " on " + root + " with $v = " + variable;
                assertThat(fastValue).as(where).isEqualTo(jsonataValue);
                if (fastValue != null) {
                    assertThat(Json.compact(fastValue)).as(where).isEqualTo(Json.compact(jsonataValue));
                }
            }
        });
    }

    private static ObjectNode wrap(JsonNode value) {
        ObjectNode object = Json.NODES.objectNode();
        object.set("a", value);
        return object;
    }

    /** Random JSON whose keys are a, b, c (so the expressions find something), nested up to {@code depth}. */
    private static Gen<JsonNode> json(int depth) {
        Gen<JsonNode> scalar = SourceDSL.integers()
                .between(0, 4)
                .zip(SourceDSL.integers().between(-50, 50), (kind, n) -> {
                    switch (kind) {
                        case 0:
                            return Json.NODES.nullNode();
                        case 1:
                            return Json.NODES.booleanNode(n > 0);
                        case 2:
                            return Json.NODES.numberNode(n);
                        case 3:
                            return Json.NODES.numberNode(n / 4.0);
                        default:
                            return Json.NODES.textNode("s" + n);
                    }
                });
        if (depth == 0) {
            return scalar;
        }
        Gen<JsonNode> inner = json(depth - 1);
        Gen<JsonNode> object = SourceDSL.lists().of(inner).ofSizeBetween(0, 3).map(values -> {
            ObjectNode node = Json.NODES.objectNode();
            String[] keys = {"c", "a", "b"};
            for (int i = 0; i < values.size(); i++) {
                node.set(keys[i], values.get(i));
            }
            return (JsonNode) node;
        });
        Gen<JsonNode> array = SourceDSL.lists().of(inner).ofSizeBetween(0, 3).map(values -> {
            ArrayNode node = Json.NODES.arrayNode();
            values.forEach(node::add);
            return (JsonNode) node;
        });
        return SourceDSL.integers().between(0, 2).flatMap(kind -> kind == 0 ? scalar : kind == 1 ? object : array);
    }

    private static final class TestScope implements JsonataScope {
        private final JsonNode input;
        private final JsonNode variable;

        TestScope(JsonNode input, JsonNode variable) {
            this.input = input;
            this.variable = variable;
        }

        @Override
        public JsonNode input() {
            return input;
        }

        @Override
        public JsonNode context() {
            return Scopes.json("{\"State\":{\"Name\":\"S\"}}");
        }

        @Override
        public JsonNode variable(String name) {
            return name.equals("v") ? variable : null;
        }

        @Override
        public java.util.random.RandomGenerator random() {
            return new SplittableRandom(0);
        }

        @Override
        public long nowMillis() {
            return 0;
        }
    }
}
