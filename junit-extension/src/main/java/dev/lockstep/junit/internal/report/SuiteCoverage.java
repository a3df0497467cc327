package dev.lockstep.junit.internal.report;

import dev.lockstep.junit.internal.RecordedExecution;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage of every state machine the run executed: states entered and transitions taken, Choice branches, Catch
 * and Retry edges included. Written as JSON and HTML when the run ends; below the threshold, the run fails.
 */
public final class SuiteCoverage implements AutoCloseable {

    private final Path directory;
    private final Double threshold;
    private final Map<String, MachineCoverage> machines = new LinkedHashMap<>();

    public SuiteCoverage(Path directory, Double threshold) {
        this.directory = directory;
        this.threshold = threshold;
    }

    public synchronized void add(List<RecordedExecution> executions) {
        for (RecordedExecution execution : executions) {
            String key = MachineCoverage.key(execution.stateMachine(), execution.definition());
            machines.computeIfAbsent(key, k -> new MachineCoverage(execution.stateMachine(), execution.definition()))
                    .add(execution);
        }
    }

    @Override
    public synchronized void close() {
        if (machines.isEmpty()) {
            return;
        }
        List<MachineCoverage> all = List.copyOf(machines.values());
        CoverageWriter.write(directory, all, threshold);
        if (threshold != null) {
            CoverageThreshold.check(all, threshold, directory);
        }
    }
}
