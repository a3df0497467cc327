package dev.lockstep.engine.internal.intrinsic;

import dev.lockstep.engine.internal.path.PathSyntaxException;
import dev.lockstep.engine.internal.path.ValueExpression;

/**
 * The intrinsic functions of the States Language ({@code States.Format}, {@code States.Array}, ...).
 *
 * <p>SKELETON: the intrinsics helper replaces this implementation.
 */
public final class Intrinsics {

    private Intrinsics() {}

    /** True when {@code text} is written as an intrinsic call ({@code States.Name(...)}), valid or not. */
    public static boolean isCall(String text) {
        return text.startsWith("States.");
    }

    /**
     * Compiles an intrinsic function call.
     *
     * @throws PathSyntaxException naming the problem and its position when the call is malformed, names an unknown
     *     function, has the wrong number of arguments, or nests deeper than AWS allows
     */
    public static ValueExpression compile(String text) {
        throw new PathSyntaxException(text, 0, "intrinsic functions are not implemented yet");
    }
}
