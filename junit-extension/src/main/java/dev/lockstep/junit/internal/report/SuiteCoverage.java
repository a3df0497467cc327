package dev.lockstep.junit.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.junit.internal.RecordedExecution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    private final Map<JsonNode, Map<String, MachineCoverage>> byDefinition = new IdentityHashMap<>();

    public SuiteCoverage(Path directory, Double threshold) {
        this.directory = directory;
        this.threshold = threshold;
    }

    /** Counts a test's executions in; returns each with what it covered. */
    public synchronized List<TracedExecution> add(List<RecordedExecution> executions) {
        List<TracedExecution> traced = new ArrayList<>(executions.size());
        for (RecordedExecution execution : executions) {
            MachineCoverage machine = machine(execution.stateMachine(), execution.definition());
            traced.add(new TracedExecution(execution, machine, machine.add(execution)));
        }
        return traced;
    }

    /**
     * The coverage of a state machine. Tests deploy the definition the run compiled once, so the same tree comes back
     * execution after execution: it is told apart by identity first, and its text is hashed only the first time.
     */
    private MachineCoverage machine(String name, JsonNode definition) {
        return byDefinition
                .computeIfAbsent(definition, d -> new HashMap<>())
                .computeIfAbsent(
                        name,
                        n -> machines.computeIfAbsent(
                                MachineCoverage.key(n, definition), key -> new MachineCoverage(n, definition)));
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
