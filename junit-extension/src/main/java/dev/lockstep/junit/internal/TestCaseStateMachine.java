package dev.lockstep.junit.internal;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import java.time.Instant;
import java.util.List;

/**
 * A deployed state machine whose executions run a mock config's test case unless the request names another, as
 * {@code @MockConfig(testCase = ...)} asks.
 */
record TestCaseStateMachine(StateMachine delegate, String testCase) implements StateMachine {

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String arn() {
        return delegate.arn();
    }

    @Override
    public StateMachineType type() {
        return delegate.type();
    }

    @Override
    public StateMachineDefinition definition() {
        return delegate.definition();
    }

    @Override
    public void update(StateMachineDefinition definition, String roleArn) {
        delegate.update(definition, roleArn);
    }

    @Override
    public Instant creationTime() {
        return delegate.creationTime();
    }

    @Override
    public String roleArn() {
        return delegate.roleArn();
    }

    @Override
    public Execution start(ExecutionRequest request) {
        return delegate.start(request.testCase() == null ? request.testCase(testCase) : request);
    }

    @Override
    public List<Execution> executions() {
        return delegate.executions();
    }
}
