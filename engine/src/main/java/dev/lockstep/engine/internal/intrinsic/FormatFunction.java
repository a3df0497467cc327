package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.ANY;
import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** States.Format (developer guide, "Intrinsic for generic operation"). */
final class FormatFunction {

    private FormatFunction() {}

    static IntrinsicFunction definition() {
        return IntrinsicFunction.of("States.Format", List.of(STRING, ANY), FormatFunction::formatFromValue)
                .withArity(1, IntrinsicFunction.UNBOUNDED)
                .withPreparation(FormatFunction::prepare);
    }

    /**
     * A literal template is read once, with its escapes, so {@code \{} stays a brace. An invalid one still compiles:
     * AWS accepted such a definition and failed the execution (aws/aws-cdk issue #29261), so the problem found here
     * is raised each time the call runs.
     */
    private static IntrinsicFunction.Body prepare(List<Argument> arguments) {
        if (!(arguments.get(0) instanceof Argument.StringLiteral literal)) {
            return FormatFunction::formatFromValue;
        }
        List<FormatTemplate.Part> parts;
        try {
            parts = FormatTemplate.parse(literal.raw());
        } catch (IntrinsicProblem invalid) {
            return new IntrinsicFunction.AlwaysFails(invalid);
        }
        return (values, context) -> format(parts, values);
    }

    /** A template from a path or a nested call, read from its value each time. */
    private static JsonNode formatFromValue(Arguments arguments, EvaluationContext context) {
        return format(FormatTemplate.parse(arguments.string(0)), arguments);
    }

    /** "There must be as many remaining arguments ... as there are occurrences of {}." */
    private static JsonNode format(List<FormatTemplate.Part> parts, Arguments arguments) {
        long placeholders =
                parts.stream().filter(FormatTemplate.Part::isPlaceholder).count();
        int values = arguments.size() - 1;
        if (placeholders != values) {
            throw arguments.fail(
                    "the template has " + placeholders + (placeholders == 1 ? " occurrence" : " occurrences")
                            + " of {} but " + IntrinsicFunction.count(values) + (values == 1 ? " follows" : " follow")
                            + " it; they must match");
        }
        StringBuilder result = new StringBuilder();
        int next = 1;
        for (FormatTemplate.Part part : parts) {
            if (part.isPlaceholder()) {
                render(arguments.value(next++), result);
            } else {
                result.append(part.text());
            }
        }
        return Json.NODES.textNode(result.toString());
    }

    /**
     * Strings go in raw, numbers, booleans and null as JSON writes them; arrays and objects the way Java prints lists
     * and maps. Real AWS renders the object {"Arg1": 1, "Arg2": []} as {Arg1=1, Arg2=[]} and the context object
     * $$.StateMachine as {Id=arn:..., Name=...} (LocalStack's recordings of AWS, test_generic.snapshot.json).
     */
    static void render(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case STRING -> out.append(value.textValue());
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    render(value.get(i), out);
                }
                out.append(']');
            }
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.append(field.getKey()).append('=');
                    render(field.getValue(), out);
                    if (fields.hasNext()) {
                        out.append(", ");
                    }
                }
                out.append('}');
            }
            default -> out.append(value.isNull() ? "null" : value.asText());
        }
    }
}
