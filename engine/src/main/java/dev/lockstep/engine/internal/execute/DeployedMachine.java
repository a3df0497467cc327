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
    /** The executions of this machine the engine keeps, oldest first; inside the kernel only. */
    private final java.util.Set<ExecutionRun> executions = new java.util.LinkedHashSet<>();

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
        StateMachineDefinition forType = newDefinition.forType(type);
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
        return engine.start(this, Objects.requireNonNull(request, "request"));
    }

    @Override
    public List<Execution> executions() {
        return engine.executionsOf(this);
    }

    /** Adds an execution to this machine's index; inside the kernel. */
    void started(ExecutionRun run) {
        executions.add(run);
    }

    /** Drops an execution the engine no longer keeps; inside the kernel. */
    void forget(ExecutionRun run) {
        executions.remove(run);
    }

    /** The executions of this machine the engine keeps, oldest first; inside the kernel. */
    List<Execution> executionsInside() {
        return List.copyOf(executions);
    }

    @Override
    public String toString() {
        return "StateMachine[" + arn + "]";
    }
}
