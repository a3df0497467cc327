package dev.lockstep.engine.internal.compile;

import java.util.List;

/** A compiled Catch entry: the errors it catches, where it puts the error output, and where it goes. */
public final class Catcher {

    private final List<String> errorEquals;
    private final ResultPathField resultPath;
    private final String nextName;
    private CompiledState next;

    Catcher(List<String> errorEquals, ResultPathField resultPath, String nextName) {
        this.errorEquals = List.copyOf(errorEquals);
        this.resultPath = resultPath;
        this.nextName = nextName;
    }

    public List<String> errorEquals() {
        return errorEquals;
    }

    /** Where the error output goes in the state's input; {@code $} (replace it) when absent. */
    public ResultPathField resultPath() {
        return resultPath;
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
