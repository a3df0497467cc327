package dev.lockstep.engine.internal.compile;

/** A top-level Choice rule and the state it leads to. */
public final class ChoiceBranch {

    private final ChoiceCondition condition;
    private final String nextName;
    private CompiledState next;

    ChoiceBranch(ChoiceCondition condition, String nextName) {
        this.condition = condition;
        this.nextName = nextName;
    }

    public ChoiceCondition condition() {
        return condition;
    }

    public CompiledState next() {
        return next;
    }

    String nextName() {
        return nextName;
    }

    void link(CompiledState target) {
        this.next = target;
    }
}
