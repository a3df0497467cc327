package dev.lockstep.graphql.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading JSON text into template values in one pass gives what reading the tree and converting it gave. */
class ValuesTest {

    static final String DOCUMENT = """
            {"z": 1, "a": [2147483647, 2147483648, 9223372036854775808, -2147483649, 1.5, 1e2, -0.0, NaN],
             "m": {"t": true, "f": false, "n": null, "s": "x\\u00e9"}, "a2": [], "o": {}, "z2": "last", "z": 2}
            """;

    @Test
    void read_gives_the_same_values_and_java_types_as_converting_the_tree() throws JsonProcessingException {
        Object direct = Values.read(DOCUMENT);
        Object viaTree = Values.toJava(Values.parse(DOCUMENT));

        assertThat(direct).isEqualTo(viaTree);
        assertThat(types(direct)).isEqualTo(types(viaTree));
        assertThat(List.copyOf(((Map<?, ?>) direct).keySet())).isEqualTo(List.of("z", "a", "m", "a2", "o", "z2"));
        assertThat(((Map<?, ?>) direct).get("z")).isEqualTo(2);
        assertThat(types(((Map<?, ?>) direct).get("a")))
                .isEqualTo(List.of("Integer", "Long", "BigInteger", "Long", "Double", "Double", "Double", "Double"));
        assertThat(((List<?>) ((Map<?, ?>) direct).get("a")).get(2)).isEqualTo(new BigInteger("9223372036854775808"));
    }

    @Test
    void read_gives_mutable_maps_and_lists() throws JsonProcessingException {
        Map<?, ?> map = (Map<?, ?>) Values.read(DOCUMENT);

        assertThat(map).isInstanceOf(LinkedHashMap.class);
        assertThat(map.get("a2")).isInstanceOf(ArrayList.class);
    }

    @Test
    void read_of_blank_text_or_a_json_null_is_null_and_a_scalar_is_itself() throws JsonProcessingException {
        assertThat(Values.read("  ")).isNull();
        assertThat(Values.read(null)).isNull();
        assertThat(Values.read("null")).isNull();
        assertThat(Values.read("\"s\"")).isEqualTo("s");
        assertThat(Values.read("7")).isEqualTo(7);
    }

    @Test
    void read_reports_invalid_json_as_reading_the_tree_does() {
        assertThatThrownBy(() -> Values.read("{\"a\": }"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageStartingWith("Unexpected character ('}' (code 125))");
        assertThatThrownBy(() -> Values.parse("{\"a\": }"))
                .hasMessageStartingWith("Unexpected character ('}' (code 125))");
    }

    /** The Java class names of a value and everything inside it. */
    static Object types(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> types = new LinkedHashMap<>();
            map.forEach((key, item) -> types.put(key, types(item)));
            return types;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ValuesTest::types).toList();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
