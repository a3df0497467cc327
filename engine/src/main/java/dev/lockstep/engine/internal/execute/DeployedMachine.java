package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import java.util.List;
import java.util.Objects;

/** A state machine deployed on an engine. */
final class DeployedMachine implements StateMachine {

    private final EngineCore engine;
    private final String name;
    private final String arn;
    private final StateMachineType type;
    private final java.time.Instant creationTime;
    private volatile StateMachineDefinition definition;
    private volatile String roleArn;

    DeployedMachine(
            EngineCore engine,
            String name,
            String arn,
            StateMachineType type,
            StateMachineDefinition definition,
            String roleArn) {
        this.engine = engine;
        this.name = name;
        this.arn = arn;
        this.type = type;
        this.definition = definition;
        this.roleArn = roleArn;
        this.creationTime = engine.clock().now();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arn() {
        return arn;
    }

    @Override
    public StateMachineType type() {
        return type;
    }

    @Override
    public StateMachineDefinition definition() {
        return definition;
    }

    @Override
    public String roleArn() {
        return roleArn;
    }

    @Override
    public void update(StateMachineDefinition newDefinition, String newRoleArn) {
        StateMachineDefinition forType = type == StateMachineType.STANDARD
                ? newDefinition
                : StateMachineDefinition.parse(newDefinition.text(), type);
        engine.kernel().call(() -> {
            definition = forType;
            if (newRoleArn != null) {
                roleArn = newRoleArn;
            }
            return null;
        });
    }

    @Override
    public java.time.Instant creationTime() {
        return creationTime;
    }

    @Override
    public Execution start(ExecutionRequest request) {
        Execution execution = engine.start(this, Objects.requireNonNull(request, "request"));
        engine.kernel().drain();
        return execution;
    }

    @Override
    public List<Execution> executions() {
        return engine.executionsOf(this);
    }

    @Override
    public String toString() {
        return "StateMachine[" + arn + "]";
    }
}
