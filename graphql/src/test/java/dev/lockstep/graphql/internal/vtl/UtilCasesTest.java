package dev.lockstep.graphql.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.internal.util.Util;
import dev.lockstep.graphql.internal.util.UtilScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The $util library against the examples of the AppSync developer guide ("Resolver mapping template utility
 * reference", https://docs.aws.amazon.com/appsync/latest/devguide/resolver-util-reference.html and the pages each
 * case names). The clock stands at the time the time-helper examples were written, 2018-02-06T19:01:35.749Z.
 */
class UtilCasesTest {

    static final Instant NOW = Instant.ofEpochMilli(1517943695749L);

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = UtilCasesTest.class.getResourceAsStream("/vtl/util-cases.json")) {
            JsonNode cases = Values.MAPPER.readTree(in);
            return StreamSupport.stream(cases.spliterator(), false)
                    .map(c -> Arguments.of(
                            c.get("doc").asText() + ": " + c.get("name").asText(), c));
        }
    }

    static String render(String template) {
        Util util = new Util(new UtilScope(
                Clock.fixed(NOW, ZoneOffset.UTC),
                new Random(7),
                new ArrayList<>(),
                new LinkedHashMap<>(),
                "Query",
                "field",
                "API Key Authorization"));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("util", util);
        variables.put("ctx", new LinkedHashMap<>());
        return VtlEngine.shared().compile(template, "case").render(variables).text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void util_renders_what_the_appsync_docs_show(String name, JsonNode c) throws IOException {
        String output = render(c.get("template").asText());
        if (c.has("text")) {
            assertThat(output).isEqualTo(c.get("text").asText());
        } else if (c.has("regex")) {
            assertThat(output).matches(c.get("regex").asText());
        } else {
            assertThat(Values.parse(output)).isEqualTo(c.get("json"));
        }
    }
}
