package dev.lockstep.junit.internal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fails the run when the suite's coverage is below the threshold ({@code lockstep.coverage.threshold}): the check runs
 * as the JUnit engine's run closes, so the failure is reported by JUnit, and so by Maven or Gradle, as the run's own.
 */
final class CoverageThreshold {

    private CoverageThreshold() {}

    static void check(List<MachineCoverage> machines, double threshold, Path directory) {
        int states = CoverageWriter.Totals.states(machines);
        int coveredStates = CoverageWriter.Totals.coveredStates(machines);
        int transitions = CoverageWriter.Totals.transitions(machines);
        int coveredTransitions = CoverageWriter.Totals.coveredTransitions(machines);
        double statePercent = MachineCoverage.percent(coveredStates, states);
        double transitionPercent = MachineCoverage.percent(coveredTransitions, transitions);
        if (statePercent >= threshold && transitionPercent >= threshold) {
            return;
        }
        StringBuilder message = new StringBuilder(String.format(
                Locale.ROOT,
                "Lockstep coverage is below the threshold of %.1f%%: states %d/%d (%.1f%%), transitions %d/%d"
                        + " (%.1f%%).",
                threshold,
                coveredStates,
                states,
                statePercent,
                coveredTransitions,
                transitions,
                transitionPercent));
        for (MachineCoverage machine : machines) {
            if (machine.missedStates().isEmpty() && machine.missedTransitions().isEmpty()) {
                continue;
            }
            message.append("\n  ").append(machine.name()).append(":");
            machine.missedStates()
                    .forEach(state ->
                            message.append("\n    state never entered: ").append(state));
            machine.missedTransitions()
                    .forEach(edge -> message.append("\n    not taken: ").append(CoverageWriter.describe(edge)));
        }
        message.append("\nSee ")
                .append(directory.resolve("coverage.html").toAbsolutePath())
                .append("; lower or remove lockstep.coverage.threshold to accept it.");
        throw new AssertionError(message.toString());
    }
}
