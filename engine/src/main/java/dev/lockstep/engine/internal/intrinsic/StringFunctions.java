package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.util.List;

/** States.StringSplit (developer guide, "Intrinsic for String operation"). */
final class StringFunctions {

    private StringFunctions() {}

    static List<IntrinsicFunction> all() {
        return List.of(IntrinsicFunction.of("States.StringSplit", List.of(STRING, STRING), StringFunctions::split));
    }

    /**
     * Every character of the second argument is a delimiter on its own (the guide splits "This.is+a,test=string" on
     * ".+,=" into five words), and empty pieces are dropped: real AWS splits ", , ," on "," into [" ", " "] and ",,,,"
     * into [] (LocalStack's recordings of AWS, test_string_operations.snapshot.json).
     */
    private static JsonNode split(Arguments arguments, EvaluationContext context) {
        String text = arguments.string(0);
        String delimiters = arguments.string(1);
        ArrayNode pieces = Json.NODES.arrayNode();
        int pieceStart = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (delimiters.indexOf(codePoint) >= 0) {
                addPiece(pieces, text, pieceStart, i);
                pieceStart = next;
            }
            i = next;
        }
        addPiece(pieces, text, pieceStart, text.length());
        return pieces;
    }

    private static void addPiece(ArrayNode pieces, String text, int start, int end) {
        if (end > start) {
            pieces.add(text.substring(start, end));
        }
    }
}
