package dev.lockstep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintOutputTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PrintOutput.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void prints_the_output_of_a_successful_execution_as_compact_json() throws IOException {
        Path definition = file("bare.asl.json", Workloads.text(Workloads.BARE_PASS_CHAIN));
        Path input = file("input.json", "{ \"a\": [1, 2],\n \"b\": {\"c\": \"d\"} }");

        int status = run(definition.toString(), input.toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}\n");
    }

    @Test
    void a_failed_execution_prints_its_error_and_exits_with_1() throws IOException {
        Path definition = file(
                "fail.asl.json",
                "{\"StartAt\":\"Stop\",\"States\":{\"Stop\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"on"
                        + " purpose\"}}}");
        Path input = file("input.json", "{}");

        int status = run(definition.toString(), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FAILED", "Boom", "on purpose");
    }

    @Test
    void input_that_is_not_json_is_reported_against_the_input_file() throws IOException {
        Path definition = file("bare.asl.json", Workloads.text(Workloads.BARE_PASS_CHAIN));
        Path input = file("input.json", "{not json");

        int status = run(definition.toString(), input.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("input.json is not a valid execution input");
    }

    @Test
    void a_missing_argument_prints_the_usage_and_exits_with_2() {
        int status = run("only-one-argument.json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: PrintOutput");
    }
}
