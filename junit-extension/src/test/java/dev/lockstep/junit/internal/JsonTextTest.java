package dev.lockstep.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void an_abbreviated_value_is_the_start_of_its_compact_text_with_an_ellipsis() {
        ArrayNode large = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 100_000; i++) {
            large.addObject().put("id", i).put("name", "item \"" + i + "\"");
        }
        String compact = JsonText.compact(large);

        String abbreviated = JsonText.abbreviated(large, 300);

        assertThat(abbreviated).hasSize(300).endsWith("…");
        assertThat(compact).startsWith(abbreviated.substring(0, 299));
    }

    @Test
    void a_short_value_is_written_whole() {
        ArrayNode small = JsonNodeFactory.instance.arrayNode().add(1).add("two");

        assertThat(JsonText.abbreviated(small, 300)).isEqualTo("[1,\"two\"]");
        assertThat(JsonText.abbreviated(small, 9)).isEqualTo("[1,\"two\"]");
        assertThat(JsonText.abbreviated(small, 8)).isEqualTo("[1,\"two…");
        assertThat(JsonText.abbreviated(null, 8)).isEqualTo("null");
    }
}
