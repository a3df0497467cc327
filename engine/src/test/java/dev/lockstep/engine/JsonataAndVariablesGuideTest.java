package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples of docs/jsonata-and-variables.md: each {@code json definition} block, with the {@code json input}
 * after it, must give the {@code json output} or the {@code text error} (error name, then cause) that follows.
 */
class JsonataAndVariablesGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "jsonata-and-variables.md");
    private static final Pattern BLOCK =
            Pattern.compile("```(json definition|json input|json output|text error)\\n(.*?)```", Pattern.DOTALL);

    private record Example(String definition, String input, String output, String error) {}

    private static List<Example> examples() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(guide);
        String definition = null;
        String input = null;
        while (blocks.find()) {
            String kind = blocks.group(1);
            String body = blocks.group(2);
            switch (kind) {
                case "json definition" -> definition = body;
                case "json input" -> input = body;
                default -> {
                    examples.add(new Example(
                            definition,
                            input,
                            kind.equals("json output") ? body : null,
                            kind.equals("text error") ? body : null));
                    definition = null;
                    input = null;
                }
            }
        }
        return examples;
    }

    @Test
    void the_guide_has_runnable_examples() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(example -> {
            assertThat(example.definition()).isNotNull();
            assertThat(example.input()).isNotNull();
        });
    }

    @TestFactory
    Stream<DynamicTest> every_example_in_the_guide_runs_as_it_says() throws IOException {
        List<Example> examples = examples();
        return java.util.stream.IntStream.range(0, examples.size())
                .mapToObj(i -> DynamicTest.dynamicTest("example " + (i + 1), () -> run(examples.get(i))));
    }

    private static void run(Example example) throws Exception {
        try (Engine engine = Engine.builder()
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .build()) {
            Execution execution = engine.deploy("Guide", StateMachineDefinition.parse(example.definition()))
                    .run(example.input());
            if (example.output() != null) {
                JsonNode expected = Json.parse(example.output());
                assertThat(execution.status()).as("cause %s", execution.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
                assertThat(execution.output()).isEqualTo(expected);
            } else {
                String[] lines = example.error().strip().split("\n", 2);
                assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
                assertThat(execution.error()).isEqualTo(lines[0]);
                assertThat(execution.cause()).isEqualTo(lines[1]);
            }
        }
    }
}
