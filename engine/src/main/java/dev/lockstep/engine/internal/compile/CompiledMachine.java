package dev.lockstep.engine.internal.compile;

/** A definition compiled for execution; immutable and shared by all its executions. */
public final class CompiledMachine {

    private final Long timeoutSeconds;
    private final CompiledScope root;

    CompiledMachine(Long timeoutSeconds, CompiledScope root) {
        this.timeoutSeconds = timeoutSeconds;
        this.root = root;
    }

    public CompiledScope root() {
        return root;
    }

    /** The top-level TimeoutSeconds, or null. */
    public Long timeoutSeconds() {
        return timeoutSeconds;
    }
}
