package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.EvaluationContext;

/**
 * A stand-in for JsonPath in these tests: {@code $}, {@code $$} and dotted field names only. The real JsonPath is
 * another helper's work; this lets the developer guide's examples, which read fields such as {@code $.inputArray}, run
 * as written.
 */
final class DottedPaths {

    private DottedPaths() {}

    static ArgumentPath compile(String text) {
        boolean context = text.startsWith("$$");
        String rest = text.substring(context ? 2 : 1);
        if (!rest.isEmpty() && !rest.startsWith(".")) {
            throw new IllegalArgumentException("DottedPaths only reads $, $$ and $.a.b paths, not " + text);
        }
        String[] fields = rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.");
        return new ArgumentPath() {
            @Override
            public JsonNode find(EvaluationContext evaluation) {
                JsonNode node = root(evaluation);
                for (String field : fields) {
                    node = node.get(field);
                    if (node == null) {
                        return null;
                    }
                }
                return node;
            }

            @Override
            public JsonNode root(EvaluationContext evaluation) {
                return context ? evaluation.context() : evaluation.input();
            }
        };
    }
}
