package dev.lockstep.engine.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

/**
 * Bounds one evaluation in depth and in time, as AWS bounds it. JSONata's own timebox reads the clock at every step;
 * this one reads it every {@value #CLOCK_EVERY} steps, which keeps the bound and costs next to nothing.
 */
final class EvaluationBounds {

    private static final int CLOCK_EVERY = 256;

    private final long deadline;
    private final int maxDepth;
    private int depth;
    private int steps;

    private EvaluationBounds(long timeoutMillis, int maxDepth) {
        this.deadline = System.currentTimeMillis() + timeoutMillis;
        this.maxDepth = maxDepth;
    }

    /** Installs fresh bounds on the frame of one evaluation. */
    static void install(Jsonata.Frame frame, long timeoutMillis, int maxDepth) {
        EvaluationBounds bounds = new EvaluationBounds(timeoutMillis, maxDepth);
        frame.setEvaluateEntryCallback((expression, input, environment) -> bounds.enter());
        frame.setEvaluateExitCallback((expression, input, environment, result) -> bounds.depth--);
    }

    private void enter() {
        if (++depth > maxDepth) {
            // The wording of JSONata's timebox, which AWS reports too (floci, measured: "... Depth=101 max=100").
            throw new JException(
                    "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as"
                            + " tail-recursive. Depth=" + depth + " max=" + maxDepth,
                    -1);
        }
        if (++steps % CLOCK_EVERY == 0 && System.currentTimeMillis() > deadline) {
            throw new JException("Expression evaluation timeout: Check for infinite loop", -1);
        }
    }
}
