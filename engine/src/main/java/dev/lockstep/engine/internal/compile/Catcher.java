package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.jsonata.JsonataField;
import java.util.List;

/**
 * A compiled Catch entry: the errors it catches, where it puts the error output (ResultPath, or a JSONata Output), the
 * variables it assigns, and where it goes.
 */
public final class Catcher {

    private final List<String> errorEquals;
    private final ResultPathField resultPath;
    private final String nextName;
    private final AssignField assign;
    private final JsonataField output;
    private CompiledState next;

    Catcher(
            List<String> errorEquals,
            ResultPathField resultPath,
            String nextName,
            AssignField assign,
            JsonataField output) {
        this.errorEquals = List.copyOf(errorEquals);
        this.resultPath = resultPath;
        this.nextName = nextName;
        this.assign = assign;
        this.output = output;
    }

    /** The catcher's Assign block, or null. */
    public AssignField assign() {
        return assign;
    }

    /** A JSONata catcher's Output, or null (the error output is the state's output). */
    public JsonataField output() {
        return output;
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
