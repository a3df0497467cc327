package dev.lockstep.junit.internal.report;

import dev.lockstep.junit.internal.RecordedExecution;

/**
 * An execution with what it covered of its state machine, worked out once for the suite's coverage and drawn from
 * in the class report.
 *
 * @param execution the execution
 * @param machine its state machine's coverage: its graph and, drawn once, its layout
 * @param traversal the states it entered and the edges it took
 */
public record TracedExecution(
        RecordedExecution execution, MachineCoverage machine, TraversalAnalysis.Traversal traversal) {}
