package dev.lockstep.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture test classes through the JUnit Platform, with their reports in a folder of their own. */
final class Kit {

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Path reports;

    private Kit(Path reports) {
        this.reports = reports;
        parameters.put("lockstep.reports.dir", reports.toString());
    }

    static Kit create() {
        try {
            return new Kit(Files.createTempDirectory("lockstep-kit"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Kit parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    Kit parallel() {
        return parameter("junit.jupiter.execution.parallel.enabled", "true")
                .parameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .parameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .parameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
    }

    Path reports() {
        return reports;
    }

    EngineExecutionResults run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes)
                        .map(c -> selectClass(c))
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameters(parameters)
                .execute();
    }

    static EngineExecutionResults execute(Class<?>... classes) {
        return create().run(classes);
    }
}
