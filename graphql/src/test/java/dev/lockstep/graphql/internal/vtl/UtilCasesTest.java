package dev.lockstep.graphql.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.internal.util.AppendedError;
import dev.lockstep.graphql.internal.util.TemplateErrorSignal;
import dev.lockstep.graphql.internal.util.Util;
import dev.lockstep.graphql.internal.util.UtilScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * case names). A case expects the rendered {@code text}, output matching a {@code regex}, output that is the
 * {@code json} given, the value a {@code #return} {@code returned}, or the {@code error} the template throws
 * ({@code message}, {@code errorType}, {@code data}, {@code errorInfo}); errors it {@code appended} are checked too. The clock stands at the time the time-helper examples were written, 2018-02-06T19:01:35.749Z.
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

    /** What a rendering gave: its output, or the error it threw, and the errors it appended. */
    record Outcome(VtlTemplate.Rendering rendering, TemplateErrorSignal error, List<AppendedError> appended) {}

    static Outcome render(String template) {
        List<AppendedError> appended = new ArrayList<>();
        Util util = new Util(new UtilScope(
                Clock.fixed(NOW, ZoneOffset.UTC),
                new Random(7),
                appended,
                new LinkedHashMap<>(),
                "Query",
                "field",
                "API Key Authorization"));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("util", util);
        variables.put("ctx", new LinkedHashMap<>());
        try {
            return new Outcome(VtlEngine.shared().compile(template, "case").render(variables), null, appended);
        } catch (TemplateErrorSignal error) {
            return new Outcome(null, error, appended);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void util_renders_what_the_appsync_docs_show(String name, JsonNode c) throws IOException {
        Outcome outcome = render(c.get("template").asText());
        if (c.has("error")) {
            assertThat(outcome.error()).as("the error the template throws").isNotNull();
            assertThat(error(outcome.error())).isEqualTo(c.get("error"));
            return;
        }
        assertThat(outcome.error()).as("an error the template throws").isNull();
        String output = outcome.rendering().text();
        if (c.has("returned")) {
            assertThat(outcome.rendering().returned()).isTrue();
            assertThat(Values.toJson(outcome.rendering().returnValue())).isEqualTo(c.get("returned"));
        } else if (c.has("text")) {
            assertThat(output).isEqualTo(c.get("text").asText());
        } else if (c.has("regex")) {
            assertThat(output).matches(c.get("regex").asText());
        } else {
            assertThat(Values.parse(output)).isEqualTo(c.get("json"));
        }
        List<JsonNode> appended = outcome.appended().stream()
                .map(e -> error(e.message(), e.errorType(), e.data(), e.errorInfo()))
                .toList();
        assertThat(appended).isEqualTo(c.has("appended") ? List.copyOf(toList(c.get("appended"))) : List.of());
    }

    static JsonNode error(TemplateErrorSignal error) {
        return error(error.getMessage(), error.errorType(), error.data(), error.errorInfo());
    }

    static JsonNode error(String message, String errorType, Object data, Object errorInfo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", message);
        fields.put("errorType", errorType);
        fields.put("data", data);
        fields.put("errorInfo", errorInfo);
        return Values.toJson(fields);
    }

    static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
