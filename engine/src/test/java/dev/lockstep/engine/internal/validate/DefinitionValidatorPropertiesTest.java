package dev.lockstep.engine.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties over generated definitions: the validator never throws, answers the same way twice, and speaks only in
 * AWS's codes and location syntax. The generated trees use the States Language's own vocabulary, so they reach deep
 * into the checks instead of stopping at the top level.
 */
class DefinitionValidatorPropertiesTest {

    private static final List<String> KEYS = List.of(
            "StartAt",
            "States",
            "Type",
            "Next",
            "End",
            "Choices",
            "Default",
            "Variable",
            "StringEquals",
            "And",
            "Not",
            "Condition",
            "Resource",
            "Retry",
            "Catch",
            "ErrorEquals",
            "Branches",
            "ItemProcessor",
            "Iterator",
            "ProcessorConfig",
            "Mode",
            "Parameters",
            "Assign",
            "Output",
            "Arguments",
            "InputPath",
            "ResultPath",
            "Seconds",
            "Timestamp",
            "SecondsPath",
            "Error",
            "CausePath",
            "QueryLanguage",
            "ItemReader",
            "ResultWriter",
            "ItemBatcher",
            "WriterConfig",
            "ReaderConfig",
            "MaxConcurrency",
            "TimeoutSeconds",
            "HeartbeatSeconds",
            "Credentials",
            "x.$",
            "states",
            "A",
            "B",
            "");

    private static final List<String> STRINGS = List.of(
            "Pass",
            "Task",
            "Choice",
            "Wait",
            "Succeed",
            "Fail",
            "Parallel",
            "Map",
            "A",
            "B",
            "$",
            "$.a",
            "$$.x",
            "States.ALL",
            "States.Nope",
            "{% $x %}",
            "{% $x",
            "JSONata",
            "JSONPath",
            "jsonata",
            "DISTRIBUTED",
            "arn:aws:states:::lambda:invoke",
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "arn:bogus",
            "2016-03-14T01:59:00Z",
            "not a time",
            "");

    private static final Set<String> CODES = codes();

    @Test
    void generated_definitions_never_make_the_validator_throw_and_use_only_aws_codes_and_locations() {
        qt().withExamples(3000)
                .forAll(definitions(), Generate.enumValues(StateMachineType.class))
                .checkAssert((definition, type) -> {
                    List<Diagnostic> diagnostics = DefinitionValidator.validate(definition, type);
                    assertThat(diagnostics).allSatisfy(d -> {
                        assertThat(CODES).contains(d.code());
                        assertThat(d.message()).isNotBlank();
                        if (d.location() != null) {
                            assertThat(d.location()).startsWith("/");
                        }
                    });
                });
    }

    @Test
    void the_same_definition_always_gets_the_same_diagnostics() {
        qt().withExamples(500)
                .forAll(definitions())
                .checkAssert(definition -> assertThat(
                                DefinitionValidator.validate(definition, StateMachineType.STANDARD))
                        .isEqualTo(DefinitionValidator.validate(definition.deepCopy(), StateMachineType.STANDARD)));
    }

    @Test
    void the_validator_never_changes_the_definition_it_is_given() {
        qt().withExamples(500).forAll(definitions()).checkAssert(definition -> {
            JsonNode before = definition.deepCopy();
            DefinitionValidator.validate(definition, StateMachineType.EXPRESS);
            assertThat(definition).isEqualTo(before);
        });
    }

    @Test
    void replacing_any_value_of_a_valid_definition_never_makes_the_validator_throw() throws IOException {
        List<JsonNode> valid = validDefinitions();
        qt().withExamples(3000)
                .forAll(Generate.range(0, valid.size() - 1), Generate.range(0, 10_000), value(2))
                .checkAssert((which, where, replacement) -> {
                    JsonNode mutated = replaceOne(valid.get(which).deepCopy(), where, replacement);
                    assertThatCode(() -> DefinitionValidator.validate(mutated, StateMachineType.STANDARD))
                            .doesNotThrowAnyException();
                });
    }

    /** Mostly machine-shaped roots, sometimes anything at all. */
    private static Gen<JsonNode> definitions() {
        Gen<JsonNode> machine = in -> {
            ObjectNode root = Json.NODES.objectNode();
            root.put("StartAt", Generate.pick(List.of("A", "B", "Z")).generate(in));
            ObjectNode states = root.putObject("States");
            int count = Generate.range(0, 4).generate(in);
            for (int i = 0; i < count; i++) {
                states.set(
                        Generate.pick(List.of("A", "B", "C")).generate(in),
                        object(3).generate(in));
            }
            if (Generate.booleans().generate(in)) {
                root.set(Generate.pick(KEYS).generate(in), value(2).generate(in));
            }
            return root;
        };
        return Generate.frequency(Pair.of(5, machine), Pair.of(1, value(3)));
    }

    private static Gen<JsonNode> value(int depth) {
        return in -> {
            int kind = Generate.range(0, depth > 0 ? 7 : 4).generate(in);
            return switch (kind) {
                case 0 -> Json.NODES.textNode(Generate.pick(STRINGS).generate(in));
                case 1 ->
                    Json.NODES.numberNode(
                            Generate.pick(List.of(-1, 0, 1, 5, 100000000)).generate(in));
                case 2 ->
                    Json.NODES.numberNode(
                            Generate.pick(List.of(1.5, 0.0, -2.25)).generate(in));
                case 3 -> Json.NODES.booleanNode(Generate.booleans().generate(in));
                case 4 -> Json.NODES.nullNode();
                case 5 -> array(depth - 1).generate(in);
                default -> object(depth - 1).generate(in);
            };
        };
    }

    private static Gen<JsonNode> object(int depth) {
        return in -> {
            ObjectNode object = Json.NODES.objectNode();
            int size = Generate.range(0, 5).generate(in);
            for (int i = 0; i < size; i++) {
                object.set(Generate.pick(KEYS).generate(in), value(depth).generate(in));
            }
            return object;
        };
    }

    private static Gen<JsonNode> array(int depth) {
        return in -> {
            ArrayNode array = Json.NODES.arrayNode();
            int size = Generate.range(0, 3).generate(in);
            for (int i = 0; i < size; i++) {
                array.add(value(depth).generate(in));
            }
            return array;
        };
    }

    /** The definition with its {@code where}-th container child (counting depth-first) replaced. */
    private static JsonNode replaceOne(JsonNode root, int where, JsonNode replacement) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(where % containers.size());
        if (parent instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(where % names.size()), replacement);
        } else if (parent instanceof ArrayNode array && array.size() > 0) {
            array.set(where % array.size(), replacement);
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static List<JsonNode> validDefinitions() throws IOException {
        try (InputStream in = getResource()) {
            List<JsonNode> definitions = new ArrayList<>();
            Json.MAPPER.readTree(in).forEach(definitions::add);
            return definitions;
        }
    }

    private static InputStream getResource() {
        return DefinitionValidatorPropertiesTest.class.getResourceAsStream("valid-definitions.json");
    }

    private static Set<String> codes() {
        return Arrays.stream(DiagnosticCodes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .map(DefinitionValidatorPropertiesTest::valueOf)
                .collect(Collectors.toSet());
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
