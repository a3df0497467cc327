package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar that {@code ./lockstep} launches, started as a separate process as a user would. */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("lockstep.jar"));
    private static final String VERSION = System.getProperty("lockstep.project.version");

    @Test
    void the_jar_runs_on_its_own_and_prints_its_version() throws Exception {
        Result result = launch("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("lockstep " + VERSION);
    }

    @Test
    void the_jar_lists_every_command_in_its_help() throws Exception {
        Result result = launch("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run ").contains("validate ").contains("serve ");
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the command line finishes")
                .isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
