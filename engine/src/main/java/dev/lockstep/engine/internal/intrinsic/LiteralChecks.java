package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Finds the failures a call's literals make certain. A call whose arguments are all literals is simply evaluated; in
 * other calls each literal is checked against the type and values its function accepts, and a body prepared at compile
 * time as {@link IntrinsicFunction.AlwaysFails} (an invalid literal States.Format template) is reported.
 */
final class LiteralChecks {

    /** Calls made of literals read no input; a constant seed keeps their evaluation deterministic. */
    private static final EvaluationContext NO_INPUT = new EvaluationContext() {
        @Override
        public JsonNode input() {
            return Json.NODES.nullNode();
        }

        @Override
        public JsonNode context() {
            return Json.NODES.nullNode();
        }

        @Override
        public RandomGenerator random() {
            return new Random(0);
        }
    };

    private LiteralChecks() {}

    static List<IntrinsicWarning> check(Argument.Call call) {
        List<IntrinsicWarning> warnings = new ArrayList<>();
        check(call, warnings);
        return List.copyOf(warnings);
    }

    private static void check(Argument.Call call, List<IntrinsicWarning> warnings) {
        if (isConstant(call)) {
            try {
                call.evaluate(NO_INPUT);
            } catch (IntrinsicProblem problem) {
                warnings.add(new IntrinsicWarning(call.position(), "this call always fails: " + problem.getMessage()));
            }
            return;
        }
        if (call.body() instanceof IntrinsicFunction.AlwaysFails failing) {
            warnings.add(new IntrinsicWarning(
                    call.position(),
                    "this call always fails: " + failing.problem().getMessage()));
        }
        IntrinsicFunction function = call.function();
        for (int i = 0; i < call.arguments().size(); i++) {
            Argument argument = call.arguments().get(i);
            if (argument instanceof Argument.Call nested) {
                check(nested, warnings);
                continue;
            }
            if (argument instanceof Argument.StringLiteral literal && literal.badEscape() != null) {
                warnings.add(new IntrinsicWarning(argument.position(), literal.badEscape()));
                continue;
            }
            JsonNode literal = literalValue(argument);
            if (literal == null) {
                continue;
            }
            ArgumentKind kind = function.kindAt(i);
            String problem = kind.accepts(literal)
                    ? function.literalCheck().problem(i, literal)
                    : "must be " + kind.description() + ", but the literal is " + JsonValues.describe(literal);
            if (problem != null) {
                warnings.add(new IntrinsicWarning(
                        argument.position(), "argument " + (i + 1) + " of " + function.name() + " " + problem));
            }
        }
    }

    private static boolean isConstant(Argument argument) {
        if (argument instanceof Argument.Call call) {
            return call.arguments().stream().allMatch(LiteralChecks::isConstant);
        }
        return !(argument instanceof Argument.Path);
    }

    private static JsonNode literalValue(Argument argument) {
        if (argument instanceof Argument.Literal literal) {
            return literal.value();
        }
        if (argument instanceof Argument.StringLiteral literal) {
            return Json.NODES.textNode(literal.value());
        }
        return null;
    }
}
