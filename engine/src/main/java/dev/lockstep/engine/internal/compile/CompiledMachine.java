package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.model.DefinitionModel;

/** A definition compiled for execution; immutable and shared by all its executions. */
public final class CompiledMachine {

    private final DefinitionModel model;
    private final CompiledScope root;

    CompiledMachine(DefinitionModel model, CompiledScope root) {
        this.model = model;
        this.root = root;
    }

    public DefinitionModel model() {
        return model;
    }

    public CompiledScope root() {
        return root;
    }

    /** The top-level TimeoutSeconds, or null. */
    public Long timeoutSeconds() {
        return model.timeoutSeconds();
    }
}
