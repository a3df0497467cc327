package dev.lockstep.engine.internal.compile;

/** A compiled set of states with its start: the machine, a Parallel branch or a Map item processor. */
public final class CompiledScope {

    private final CompiledState start;

    CompiledScope(CompiledState start) {
        this.start = start;
    }

    public CompiledState start() {
        return start;
    }
}
