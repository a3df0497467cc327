package dev.lockstep.server.internal.sfn;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.StateMachine;

/**
 * Starts the executions that StartExecution and StartSyncExecution ask for. The seam for Step Functions Local's test
 * cases: a state machine ARN ending in {@code #<TestCaseName>} starts the machine with that test case's mocked
 * responses. Until the engine reads MockConfigFiles, the default launcher starts the machine and ignores the test case.
 */
@FunctionalInterface
public interface ExecutionLauncher {

    /** Starts the machine and ignores any test case. */
    ExecutionLauncher DEFAULT = (machine, request, testCase) -> machine.start(request);

    /**
     * Starts an execution.
     *
     * @param testCase the name after {@code #} in the state machine ARN, or null when there is none
     */
    Execution start(StateMachine machine, ExecutionRequest request, String testCase);
}
