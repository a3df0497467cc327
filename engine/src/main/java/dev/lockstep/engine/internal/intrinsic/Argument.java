package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;
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

    /**
     * A path such as {@code $.a}, {@code $$.Execution.Id} or {@code $name}, with its text as written. It must select
     * something, as a path field of a payload template must.
     */
    record Path(String text, JsonPath path, int position) implements Argument {
        @Override
        public JsonNode evaluate(EvaluationContext context) {
            JsonNode document = path.document(context);
            if (document == null) {
                // AWS's wording for an unassigned variable is not on record; this says what happened instead.
                throw IntrinsicProblem.runtime("The JsonPath argument for the field '" + text
                        + "' could not be found: the variable '" + path.variableName() + "' is not defined");
            }
            JsonNode value = path.find(document);
            if (value == null) {
                // Real AWS wording (quoted in research/intrinsics.md, "Errors on misuse"); the "input" quoted is the
                // document the path read: the state input, the context object or the variable's value.
                throw IntrinsicProblem.runtime("The JsonPath argument for the field '" + text
                        + "' could not be found in the input '" + context.textOf(document) + "'");
            }
            return value;
        }
    }

    /**
     * A nested call, or the call at the top of the field. {@code body} is the function's body prepared for these
     * arguments ({@link IntrinsicFunction#bodyFor}).
     */
    record Call(IntrinsicFunction function, IntrinsicFunction.Body body, List<Argument> arguments, int position)
            implements Argument {
        Call(IntrinsicFunction function, List<Argument> arguments, int position) {
            this(function, function.bodyFor(arguments), arguments, position);
        }

        @Override
        public JsonNode evaluate(EvaluationContext context) {
            List<JsonNode> values = new ArrayList<>(arguments.size());
            for (Argument argument : arguments) {
                values.add(argument.evaluate(context));
            }
            return body.apply(new Arguments(function, values), context);
        }
    }
}
