package dev.lockstep.benchmarks;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import java.time.Instant;

/**
 * One state machine, deployed on an engine that is replaced after every {@link #EXECUTIONS_PER_ENGINE} executions.
 *
 * <p>Why: an engine keeps every execution it ran, with its history, as AWS keeps them for DescribeExecution and
 * GetExecutionHistory. A benchmark that runs millions of executions on one engine would measure a filling heap, not
 * the interpreter. Replacing the engine costs one deploy of an already compiled definition, amortized over thousands
 * of executions (well under 0.1% of the measured time).
 */
final class FreshEngines implements AutoCloseable {

    static final int EXECUTIONS_PER_ENGINE = 1_000;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final String name;
    private final StateMachineDefinition definition;
    private final int executionsPerEngine;
    private Engine engine;
    private StateMachine machine;
    private int executions;

    FreshEngines(String name, StateMachineDefinition definition) {
        this(name, definition, EXECUTIONS_PER_ENGINE);
    }

    FreshEngines(String name, StateMachineDefinition definition, int executionsPerEngine) {
        this.name = name;
        this.definition = definition;
        this.executionsPerEngine = executionsPerEngine;
        replace();
    }

    /** The state machine to start the next execution on. */
    StateMachine next() {
        if (++executions > executionsPerEngine) {
            replace();
            executions = 1;
        }
        return machine;
    }

    private void replace() {
        if (engine != null) {
            engine.close();
        }
        // Fixed seed and start time: every engine generates the same execution names and timestamps.
        engine = Engine.builder().seed(1).startTime(START).build();
        machine = engine.deploy(name, definition);
    }

    @Override
    public void close() {
        engine.close();
    }
}
