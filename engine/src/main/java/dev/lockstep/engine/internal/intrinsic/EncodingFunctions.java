package dev.lockstep.engine.internal.intrinsic;

import static dev.lockstep.engine.internal.intrinsic.ArgumentKind.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.functions.Hashes;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * States.Base64Encode, Base64Decode and Hash (developer guide, "Intrinsics for data encoding and decoding" and
 * "Intrinsic for hash calculation"). Text is turned into bytes as UTF-8.
 */
final class EncodingFunctions {

    /** "a data string of up to 10,000 characters"; Hash: "10,000 characters or less". */
    static final int MAX_INPUT_CHARACTERS = 10_000;

    private EncodingFunctions() {}

    static List<IntrinsicFunction> all() {
        return List.of(
                IntrinsicFunction.of("States.Base64Encode", List.of(STRING), EncodingFunctions::encode)
                        .withLiteralCheck((index, literal) -> lengthProblem(literal)),
                IntrinsicFunction.of("States.Base64Decode", List.of(STRING), EncodingFunctions::decode)
                        .withLiteralCheck((index, literal) -> decodeProblem(literal)),
                IntrinsicFunction.of("States.Hash", List.of(STRING, STRING), EncodingFunctions::hash)
                        .withLiteralCheck(
                                (index, literal) -> index == 0 ? lengthProblem(literal) : algorithmProblem(literal)));
    }

    /**
     * The basic alphabet without line breaks. The guide says "MIME Base64", but its example is a single line and
     * MIME's 76-character lines would break the usual uses (headers, API parameters); AWS's line length is unverified.
     */
    private static JsonNode encode(Arguments arguments, EvaluationContext context) {
        String data = limited(arguments, 0);
        return Json.NODES.textNode(Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode decode(Arguments arguments, EvaluationContext context) {
        String encoded = limited(arguments, 0);
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(requireBase64(encoded));
            return Json.NODES.textNode(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            throw arguments.fail(0, "is not valid Base64: " + notBase64.getMessage());
        }
    }

    private static JsonNode hash(Arguments arguments, EvaluationContext context) {
        String data = limited(arguments, 0);
        String algorithm = arguments.string(1);
        String problem = algorithmProblem(Json.NODES.textNode(algorithm));
        if (problem != null) {
            throw arguments.fail(1, problem);
        }
        return Json.NODES.textNode(Hashes.hex(algorithm, data));
    }

    private static String limited(Arguments arguments, int index) {
        String text = arguments.string(index);
        if (text.length() > MAX_INPUT_CHARACTERS) {
            throw arguments.fail(
                    index,
                    "has " + text.length() + " characters, but at most " + MAX_INPUT_CHARACTERS + " are allowed");
        }
        return text;
    }

    /**
     * The MIME decoder skips every character outside the alphabet, so on its own it would decode garbage without
     * complaint; allow only the alphabet, padding and line breaks (which MIME-encoded text contains).
     */
    private static String requireBase64(String encoded) {
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphabet && c != '+' && c != '/' && c != '=' && c != '\r' && c != '\n') {
                throw new IllegalArgumentException(
                        "the character '" + c + "' at index " + i + " is not in the Base64 alphabet");
            }
        }
        if (encoded.replace("\r", "").replace("\n", "").length() % 4 != 0) {
            throw new IllegalArgumentException("its length without line breaks is not a multiple of 4");
        }
        return encoded;
    }

    private static String lengthProblem(JsonNode literal) {
        int length = literal.textValue().length();
        return length > MAX_INPUT_CHARACTERS
                ? "has " + length + " characters, but at most " + MAX_INPUT_CHARACTERS + " are allowed"
                : null;
    }

    private static String decodeProblem(JsonNode literal) {
        String problem = lengthProblem(literal);
        if (problem != null) {
            return problem;
        }
        try {
            Base64.getMimeDecoder().decode(requireBase64(literal.textValue()));
            return null;
        } catch (IllegalArgumentException notBase64) {
            return "is not valid Base64: " + notBase64.getMessage();
        }
    }

    private static String algorithmProblem(JsonNode literal) {
        return Hashes.isSupported(literal.textValue())
                ? null
                : "names the hash algorithm '" + literal.textValue()
                        + "', but only MD5, SHA-1, SHA-256, SHA-384 and SHA-512 are supported";
    }
}
