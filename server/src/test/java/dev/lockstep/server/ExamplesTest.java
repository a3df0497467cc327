package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example in the repository's examples/ folder as the README and the docs show it. */
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TestFactory
    Stream<DynamicTest> every_example_prints_what_its_expected_file_says() throws IOException {
        List<Path> definitions;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            definitions = files.filter(p -> p.getFileName().toString().matches(".+\\.asl\\.(json|yaml)"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(definitions).isNotEmpty();
        return definitions.stream()
                .map(definition ->
                        DynamicTest.dynamicTest(definition.getFileName().toString(), () -> check(definition)));
    }

    private static void check(Path definition) throws IOException {
        String base = definition.getFileName().toString().replaceFirst("\\.asl\\.(json|yaml)$", "");
        Path input = EXAMPLES.resolve(base + ".input.json");
        JsonNode expected =
                JSON.readTree(EXAMPLES.resolve(base + ".expected.json").toFile());

        CliRun run =
                CliRun.of("run", definition.toString(), "--input", "@" + input, "--start-time", "2026-01-01T00:00:00Z");

        JsonNode actual = JSON.readTree(run.out());
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            assertThat(actual.get(field.getKey()))
                    .as("%s of %s; printed %s", field.getKey(), base, run.out())
                    .isEqualTo(field.getValue());
        }
        assertThat(run.exitCode())
                .isEqualTo("SUCCEEDED".equals(expected.path("status").asText()) ? 0 : 1);
    }
}
