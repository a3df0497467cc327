package dev.lockstep.engine.internal.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Properties of paths over random documents and random text (QuickTheories). */
class PathPropertiesTest {

    private static final int EXAMPLES = 2_000;

    @Test
    void a_definite_path_built_from_a_document_finds_exactly_the_node_at_that_location() {
        qt().withExamples(EXAMPLES).forAll(PathGenerators.locatedNodes()).checkAssert(located -> {
            JsonPath path = JsonPath.compile(located.path());

            assertThat(path.isDefinite()).as(located.path()).isTrue();
            assertThat(path.isReferencePath()).as(located.path()).isTrue();
            assertThat(path.find(located.document())).as(located.toString()).isSameAs(located.node());
            assertThat(path.findLenient(located.document()))
                    .as(located.toString())
                    .isSameAs(located.node());
        });
    }

    @Test
    void a_result_placed_with_a_reference_path_is_found_there_and_the_input_is_untouched() {
        JsonNode marker = Json.NODES.textNode("placed");
        qt().withExamples(EXAMPLES).forAll(PathGenerators.locatedNodes()).checkAssert(located -> {
            JsonNode before = located.document().deepCopy();

            JsonNode output = ReferencePath.compile(located.path()).apply(located.document(), marker);

            assertThat(JsonPath.compile(located.path()).find(output))
                    .as(located.toString())
                    .isSameAs(marker);
            assertThat(located.document()).as("input after apply").isEqualTo(before);
        });
    }

    @Test
    void a_result_placed_one_missing_field_below_a_located_object_adds_exactly_that_field() {
        JsonNode marker = Json.NODES.textNode("placed");
        qt().withExamples(EXAMPLES).forAll(PathGenerators.locatedObjects()).checkAssert(located -> {
            JsonNode output = ReferencePath.compile(located.path() + ".fresh").apply(located.document(), marker);

            ObjectNode expected = ((ObjectNode) located.node()).deepCopy();
            expected.set("fresh", marker);
            assertThat(JsonPath.compile(located.path()).find(output)).isEqualTo(expected);
        });
    }

    @Test
    void compiling_any_text_either_succeeds_or_throws_a_path_syntax_exception() {
        qt().withExamples(20_000).forAll(PathGenerators.pathLikeStrings()).checkAssert(text -> {
            try {
                JsonPath path = JsonPath.compile(text);
                assertThat(path.text()).isEqualTo(text);
                // Whatever compiled must also evaluate without blowing up.
                path.find(JsonPathTest.STORE);
                path.findLenient(JsonPathTest.STORE);
                path.normalized();
            } catch (PathSyntaxException e) {
                assertThat(e.text()).isEqualTo(text);
                assertThat(e.position()).isBetween(-1, text.length());
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void compiling_any_text_as_a_result_path_either_succeeds_or_throws_a_path_syntax_exception() {
        qt().withExamples(10_000).forAll(PathGenerators.pathLikeStrings()).checkAssert(text -> {
            try {
                ReferencePath path = ReferencePath.compile(text);
                path.apply(JsonPathTest.STORE, Json.NODES.nullNode());
            } catch (PathSyntaxException | StatesError expected) {
                // Both are what a caller is prepared for; anything else fails the test.
            }
        });
    }

    @Test
    void compiling_any_text_as_a_template_value_either_succeeds_or_throws_a_path_syntax_exception() {
        qt().withExamples(10_000).forAll(PathGenerators.pathLikeStrings()).checkAssert(text -> {
            ObjectNode template = Json.NODES.objectNode().put("k.$", text);
            assertThatCode(() -> {
                        try {
                            PayloadTemplate.compile(template, "Parameters");
                        } catch (PathSyntaxException expected) {
                            // fine
                        }
                    })
                    .doesNotThrowAnyException();
        });
    }

    @Test
    void recompiling_the_text_of_a_compiled_path_gives_the_same_path() {
        qt().withExamples(EXAMPLES)
                .forAll(PathGenerators.filterlessPaths(), PathGenerators.documents())
                .checkAssert((text, document) -> {
                    JsonPath path = JsonPath.compile(text);
                    JsonPath again = JsonPath.compile(path.text());

                    assertThat(again.normalized()).isEqualTo(path.normalized());
                    assertThat(again.find(document)).isEqualTo(path.find(document));
                });
    }

    @Test
    void the_normalized_form_of_a_path_compiles_to_an_equivalent_path() {
        qt().withExamples(EXAMPLES)
                .forAll(PathGenerators.filterlessPaths(), PathGenerators.documents())
                .checkAssert((text, document) -> {
                    JsonPath path = JsonPath.compile(text);
                    JsonPath normalized = JsonPath.compile(path.normalized());

                    assertThat(normalized.normalized()).as(text).isEqualTo(path.normalized());
                    assertThat(normalized.isDefinite()).as(text).isEqualTo(path.isDefinite());
                    assertThat(normalized.isReferencePath()).as(text).isEqualTo(path.isReferencePath());
                    assertThat(normalized.find(document))
                            .as(text + " on " + Json.compact(document))
                            .isEqualTo(path.find(document));
                });
    }

    @Test
    void an_indefinite_path_always_yields_an_array_and_a_definite_one_never_wraps_its_value() {
        qt().withExamples(EXAMPLES)
                .forAll(PathGenerators.filterlessPaths(), PathGenerators.documents())
                .checkAssert((text, document) -> {
                    JsonPath path = JsonPath.compile(text);
                    JsonNode found = path.find(document);

                    if (!path.isDefinite()) {
                        assertThat(found).as(text).isNotNull();
                        assertThat(found.isArray()).as(text).isTrue();
                    } else if (found != null && path.isReferencePath()) {
                        assertThat(JsonPath.compile(text).find(document)).isSameAs(found);
                    }
                });
    }
}
