package dev.lockstep.server.internal.sfn;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.StateMachine;

/**
 * Starts the executions that StartExecution and StartSyncExecution ask for. Step Functions Local's convention: a state
 * machine ARN ending in {@code #<TestCaseName>} starts the machine with that test case of the engine's MockConfigFile.
 * A seam for whoever needs to start executions differently (a recorder, a fault injector).
 */
@FunctionalInterface
public interface ExecutionLauncher {

    /** Starts the machine, with the test case's mocked responses when there is one. */
    ExecutionLauncher DEFAULT =
            (machine, request, testCase) -> machine.start(testCase == null ? request : request.testCase(testCase));

    /**
     * Starts an execution.
     *
     * @param testCase the name after {@code #} in the state machine ARN, or null when there is none
     */
    Execution start(StateMachine machine, ExecutionRequest request, String testCase);
}
