package dev.lockstep.engine.internal.compile;

import java.util.Map;

/** A compiled set of states with its start: the machine, a Parallel branch or a Map item processor. */
public final class CompiledScope {

    private final CompiledState start;
    private final Map<String, CompiledState> states;

    CompiledScope(CompiledState start, Map<String, CompiledState> states) {
        this.start = start;
        this.states = Map.copyOf(states);
    }

    public CompiledState start() {
        return start;
    }

    /** The scope's states by name. */
    public Map<String, CompiledState> states() {
        return states;
    }
}
