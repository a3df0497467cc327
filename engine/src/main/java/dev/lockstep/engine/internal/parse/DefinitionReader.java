package dev.lockstep.engine.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.validate.DefinitionValidator;
import dev.lockstep.engine.internal.validate.DiagnosticCodes;
import dev.lockstep.engine.internal.validate.ValidationMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads definition text, JSON or YAML, into a {@link SourceText}: the tree and where each value stands in the text.
 * Problems come back as diagnostics in AWS's codes, never as exceptions.
 */
public final class DefinitionReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    /** The text formats a definition may be written in. */
    private enum Format {
        JSON,
        YAML
    }

    private DefinitionReader() {}

    /** The outcome of reading: either a source or the diagnostic that says why there is none. */
    public record Result(SourceText source, Diagnostic problem) {
        public boolean ok() {
            return source != null;
        }
    }

    public static Result read(String text) {
        if (text == null || text.isBlank()) {
            return notAnObject();
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > DefinitionValidator.MAX_DEFINITION_BYTES) {
            return failure(Diagnostic.error(
                    DiagnosticCodes.SCHEMA_VALIDATION_FAILED,
                    "Definition is " + bytes + " bytes; the maximum is " + DefinitionValidator.MAX_DEFINITION_BYTES
                            + " bytes (1 MB). Split it into smaller state machines or move data out of it.",
                    "/"));
        }
        Format format = looksLikeJson(text) ? Format.JSON : Format.YAML;
        JsonFactory factory = format == Format.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            Map<String, int[]> positions = new HashMap<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                return notAnObject();
            }
            JsonNode root = readValue(parser, "/", positions);
            JsonToken trailing = parser.nextToken();
            if (trailing != null && format == Format.JSON) {
                JsonLocation at = parser.currentTokenLocation();
                return failure(Diagnostic.error(
                                DiagnosticCodes.INVALID_JSON_DESCRIPTION,
                                "Unexpected content after the end of the definition at line " + at.getLineNr()
                                        + ", column " + at.getColumnNr(),
                                null)
                        .at(at.getLineNr(), at.getColumnNr()));
            }
            if (!root.isObject()) {
                return format == Format.YAML ? notJson(text) : notAnObject();
            }
            return new Result(new SourceText(root, positions), null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String where = at == null ? "" : " at line " + line + ", column " + column;
            return failure(Diagnostic.error(
                            DiagnosticCodes.INVALID_JSON_DESCRIPTION,
                            (format == Format.JSON ? "Invalid JSON" : "Invalid YAML") + where + ": "
                                    + e.getOriginalMessage(),
                            null)
                    .at(line, column));
        } catch (IOException e) {
            return failure(Diagnostic.error(
                    DiagnosticCodes.INVALID_JSON_DESCRIPTION,
                    "The definition could not be read: " + e.getMessage(),
                    null));
        }
    }

    private static Result notAnObject() {
        return failure(Diagnostic.error(
                DiagnosticCodes.SCHEMA_VALIDATION_FAILED, ValidationMessages.definitionNotAnObject(), null));
    }

    /**
     * Text that is no YAML mapping either: AWS reads only JSON, and reports it as such, with Jackson's message and
     * position (recorded: test_sfn_api_validation.snapshot.json, NOT_A_DEF).
     */
    private static Result notJson(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            Json.MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failure(Diagnostic.error(DiagnosticCodes.INVALID_JSON_DESCRIPTION, e.getMessage(), null)
                    .at(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        } catch (IOException e) {
            // the text is JSON after all, only not an object
        }
        return notAnObject();
    }

    private static Result failure(Diagnostic problem) {
        return new Result(null, problem);
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[' || c == '"';
            }
        }
        return false;
    }

    /** Reads the value at the parser's current token, recording where it and every value inside it start. */
    private static JsonNode readValue(JsonParser parser, String location, Map<String, int[]> positions)
            throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        positions.put(location, new int[] {start.getLineNr(), start.getColumnNr()});
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = Json.NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    String child = (location.equals("/") ? "" : location) + "/" + name;
                    object.set(name, readValue(parser, child, positions));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = Json.NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, location + "[" + index++ + "]", positions));
                }
                return array;
            }
            default:
                return Json.MAPPER.readTree(parser);
        }
    }
}
