package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.List;

/**
 * One intrinsic function: its name, how many arguments of which types it takes, what it does, and which literal
 * arguments are bound to fail.
 *
 * @param kinds the expected type of each argument; when {@code maxArguments} exceeds their number, the last kind
 *     applies to every further argument
 * @param maxArguments the most arguments the function takes, {@link #UNBOUNDED} for no limit
 */
record IntrinsicFunction(
        String name,
        int minArguments,
        int maxArguments,
        List<ArgumentKind> kinds,
        Body body,
        Preparation preparation,
        LiteralCheck literalCheck) {

    static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Computes the function's value from its evaluated arguments. */
    @FunctionalInterface
    interface Body {
        /**
         * @throws IntrinsicProblem when an argument has the wrong type or value
         */
        JsonNode apply(Arguments arguments, EvaluationContext context);
    }

    /**
     * The body of a call that a {@link Preparation} found certain to fail: it raises {@code problem} each time the
     * call runs, once the arguments are evaluated, and {@link Intrinsics#lint} reports it in advance.
     */
    record AlwaysFails(IntrinsicProblem problem) implements Body {
        @Override
        public JsonNode apply(Arguments arguments, EvaluationContext context) {
            throw problem;
        }
    }

    /**
     * Chooses the body for one call from its arguments as written, once, when the call is compiled: States.Format
     * reads a literal template there instead of on every evaluation.
     */
    @FunctionalInterface
    interface Preparation {
        Body prepare(List<Argument> arguments);
    }

    /**
     * Looks at a literal argument before the call ever runs and says why it will fail, or returns null. Only a
     * warning: AWS accepts such definitions and fails when the state runs (see {@link Intrinsics#lint}).
     */
    @FunctionalInterface
    interface LiteralCheck {
        LiteralCheck NONE = (index, literal) -> null;

        String problem(int index, JsonNode literal);
    }

    static IntrinsicFunction of(String name, List<ArgumentKind> kinds, Body body) {
        return new IntrinsicFunction(name, kinds.size(), kinds.size(), kinds, body, null, LiteralCheck.NONE);
    }

    IntrinsicFunction withLiteralCheck(LiteralCheck check) {
        return new IntrinsicFunction(name, minArguments, maxArguments, kinds, body, preparation, check);
    }

    IntrinsicFunction withArity(int min, int max) {
        return new IntrinsicFunction(name, min, max, kinds, body, preparation, literalCheck);
    }

    IntrinsicFunction withPreparation(Preparation prepare) {
        return new IntrinsicFunction(name, minArguments, maxArguments, kinds, body, prepare, literalCheck);
    }

    /** The body that evaluates a call with these arguments. */
    Body bodyFor(List<Argument> arguments) {
        return preparation == null ? body : preparation.prepare(arguments);
    }

    /** The expected type of the argument at {@code index} (zero-based). */
    ArgumentKind kindAt(int index) {
        if (kinds.isEmpty()) {
            return ArgumentKind.ANY;
        }
        return kinds.get(Math.min(index, kinds.size() - 1));
    }

    boolean acceptsCount(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    /** "exactly 2 arguments", "2 or 3 arguments", "at least 1 argument", ... */
    String arityDescription() {
        if (minArguments == maxArguments) {
            return minArguments == 0 ? "no arguments" : "exactly " + count(minArguments);
        }
        if (maxArguments == UNBOUNDED) {
            return minArguments == 0 ? "any number of arguments" : "at least " + count(minArguments);
        }
        return minArguments + " to " + count(maxArguments);
    }

    static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
