package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.ArrayList;
import java.util.List;

/** One argument of an intrinsic call, compiled: a literal, a path, or a nested call. */
sealed interface Argument {

    /** Zero-based index of the argument's first character in the whole call text. */
    int position();

    /**
     * The argument's value; never Java {@code null}.
     *
     * @throws IntrinsicProblem when the argument cannot be evaluated
     */
    JsonNode evaluate(EvaluationContext context);

    /** A number, {@code true}, {@code false} or {@code null} as written in the call. */
    record Literal(JsonNode value, int position) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            return value;
        }
    }

    /**
     * A string in single quotes. {@code raw} is the text between the quotes, escapes included: States.Format reads its
     * template from it, because an escaped {@code \{} is a brace and an unescaped one opens a placeholder.
     * {@code badEscape} describes an escape AWS does not know; the developer guide says that is a runtime error, so
     * the call still compiles and fails when it runs.
     */
    record StringLiteral(String raw, String value, String badEscape, int position) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            if (badEscape != null) {
                throw IntrinsicProblem.runtime(badEscape);
            }
            return Json.NODES.textNode(value);
        }
    }

    /** A path such as {@code $.a}, {@code $$.Execution.Id} or {@code $name}, with its text as written. */
    record Path(String text, ArgumentPath path, int position) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            JsonNode value = path.find(context);
            if (value == null || value.isMissingNode()) {
                // Real AWS wording (quoted in research/intrinsics.md, "Errors on misuse").
                throw IntrinsicProblem.runtime("The JsonPath argument for the field '" + text
                        + "' could not be found in the input '" + context.textOf(path.root(context)) + "'");
            }
            return value;
        }
    }

    /** A nested call, or the call at the top of the field. */
    record Call(IntrinsicFunction function, List<Argument> arguments, int position) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            List<JsonNode> values = new ArrayList<>(arguments.size());
            for (Argument argument : arguments) {
                values.add(argument.evaluate(context));
            }
            return function.body().apply(new Arguments(function, arguments, values), context);
        }
    }
}
