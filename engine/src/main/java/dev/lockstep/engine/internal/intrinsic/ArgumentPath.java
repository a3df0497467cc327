package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.EvaluationContext;
import dev.lockstep.engine.internal.path.JsonPath;

/**
 * A path written as an intrinsic argument, compiled. Production code compiles it with {@link JsonPath}; the seam lets
 * the tests run the developer guide's examples (which use paths such as {@code $.inputArray}) verbatim.
 */
interface ArgumentPath {

    /** The selected value, or Java {@code null} when the path selects nothing. */
    JsonNode find(EvaluationContext context);

    /** The value the path reads from ({@code $}, {@code $$}, ...), quoted in the "could not be found" message. */
    JsonNode root(EvaluationContext context);

    /** Compiles {@code text} with the engine's JSONPath; throws PathSyntaxException as JsonPath does. */
    static ArgumentPath compile(String text) {
        JsonPath path = JsonPath.compile(text);
        return new ArgumentPath() {
            @Override
            public JsonNode find(EvaluationContext context) {
                return path.find(context);
            }

            @Override
            public JsonNode root(EvaluationContext context) {
                // For a variable AWS's wording is unknown; the state input is what the message names elsewhere.
                return path.root() == JsonPath.Root.CONTEXT ? context.context() : context.input();
            }
        };
    }
}
