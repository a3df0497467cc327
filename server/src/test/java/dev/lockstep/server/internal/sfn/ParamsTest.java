package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static Params params(String json) {
        return new Params(SfnJson.readBody(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void every_violation_is_reported_in_one_exception_counted_and_joined_with_semicolons() {
        Params params = params("{\"maxResults\": -1, \"type\": \"X\"}");
        params.requiredString("name");
        params.range("maxResults", params.integer("maxResults"), 0, 1000);
        params.oneOf("type", params.string("type"), List.of("A", "B"));

        ApiException e = catchThrowableOfType(ApiException.class, params::check);

        assertThat(e.type()).isEqualTo("com.amazon.coral.validate#ValidationException");
        assertThat(e.getMessage())
                .isEqualTo("3 validation errors detected: Value null at 'name' failed to satisfy constraint: Member"
                        + " must not be null; Value '-1' at 'maxResults' failed to satisfy constraint: Member must have"
                        + " value greater than or equal to 0; Value 'X' at 'type' failed to satisfy constraint: Member"
                        + " must satisfy enum value set: [A, B]");
    }

    @Test
    void a_sensitive_value_is_left_out_of_the_message() {
        Params params = params("{}");
        params.length("input", "secret", 0, 3, true);

        ApiException e = catchThrowableOfType(ApiException.class, params::check);

        assertThat(e.getMessage()).doesNotContain("secret").contains("Value at 'input'");
    }

    @Test
    void a_field_of_the_wrong_json_type_is_a_serialization_exception() {
        ApiException e = catchThrowableOfType(
                ApiException.class, () -> params("{\"reverseOrder\": \"yes\"}").bool("reverseOrder"));

        assertThat(e.type()).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(e.getMessage()).isEqualTo("STRING_VALUE cannot be converted to Boolean (at 'reverseOrder')");
    }

    @Test
    void absent_and_null_fields_read_as_null() {
        Params params = params("{\"name\": null}");

        assertThat(params.string("name")).isNull();
        assertThat(params.integer("maxResults")).isNull();
        assertThat(params.object("loggingConfiguration")).isNull();
    }

    @Test
    void a_length_constraint_flags_exactly_the_strings_outside_its_bounds() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(1, 20))
                .checkAssert((value, max) -> {
                    Params params = new Params((ObjectNode) SfnJson.object());
                    params.length("field", value, 1, max);
                    ApiException e = catchThrowableOfType(ApiException.class, params::check);
                    boolean outside = value.length() < 1 || value.length() > max;
                    assertThat(e != null).as("'%s' against [1, %d]", value, max).isEqualTo(outside);
                });
    }

    @Test
    void an_absent_or_zero_page_size_is_the_default_of_100_and_one_out_of_range_is_a_violation() {
        assertThat(params("{}").pageSize("maxResults", 1000)).isEqualTo(100);
        assertThat(params("{\"maxResults\": 0}").pageSize("maxResults", 1000)).isEqualTo(100);
        assertThat(params("{\"maxResults\": 7}").pageSize("maxResults", 1000)).isEqualTo(7);

        Params tooMany = params("{\"maxResults\": 101}");
        tooMany.pageSize("maxResults", 100);
        ApiException e = catchThrowableOfType(ApiException.class, tooMany::check);

        assertThat(e.getMessage())
                .isEqualTo("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 100");
    }

    @Test
    void a_page_starts_after_the_name_its_token_holds_and_names_the_next_page_while_items_remain() {
        List<String> names = List.of("delta", "alpha", "echo", "charlie", "bravo");

        Page<String> first = Page.of(names, name -> name, "things", null, 2);
        Page<String> second = Page.of(names, name -> name, "things", first.nextToken(), 2);
        Page<String> last = Page.of(names, name -> name, "things", second.nextToken(), 2);

        assertThat(first.items()).containsExactly("alpha", "bravo");
        assertThat(second.items()).containsExactly("charlie", "delta");
        assertThat(last.items()).containsExactly("echo");
        assertThat(last.nextToken()).isNull();
        assertThat(Page.of(names, name -> name, "things", null, 5).nextToken()).isNull();
        assertThat(catchThrowableOfType(
                                ApiException.class, () -> Page.of(names, name -> name, "other", first.nextToken(), 2))
                        .name())
                .isEqualTo("InvalidToken");
    }
}
