package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.PathSyntaxException;
import dev.lockstep.engine.internal.path.ValueExpression;
import java.util.List;

/**
 * The intrinsic functions of the States Language ({@code States.Format}, {@code States.Array}, ...): the 18 functions
 * of the developer guide page "Intrinsic functions for JSONPath states in Step Functions".
 *
 * <p>What fails when: a call that cannot be read (syntax, unknown or miscased function name, wrong number of
 * arguments, nesting deeper than 10) is refused by {@link #compile}, as AWS refuses it when the state machine is
 * created. Everything about argument values fails when the call runs, because AWS accepts those definitions and fails
 * the execution (it did so for an invalid States.Format template literal, aws/aws-cdk issue #29261): a path that selects
 * nothing raises {@code States.Runtime}; a value of the wrong type or out of range raises {@code
 * States.IntrinsicFailure}. {@link #lint} reports the failures that literal arguments make certain in advance.
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
    public static CompiledCall compile(String text) {
        return new CompiledCall(text, IntrinsicParser.parse(text));
    }

    /**
     * The problems that literal arguments of a compiled call make certain, e.g. {@code States.Hash($.x, 'SHA-224')}.
     * AWS accepts such calls and fails when they run, so these are warnings for the validator, not compile errors.
     */
    public static List<IntrinsicWarning> lint(CompiledCall compiled) {
        return LiteralChecks.check(compiled.call);
    }

    /** A compiled call; every failure inside it is reported with the whole call text, as AWS reports it. */
    public static final class CompiledCall implements ValueExpression {

        private final String text;
        private final Argument.Call call;

        private CompiledCall(String text, Argument.Call call) {
            this.text = text;
            this.call = call;
        }

        /** The name of the function called at the top, e.g. {@code States.Format}. */
        public String functionName() {
            return call.function().name();
        }

        @Override
        public JsonNode evaluate(EvaluationContext context) {
            try {
                return call.evaluate(context);
            } catch (IntrinsicProblem problem) {
                throw problem.toStatesError(text);
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
