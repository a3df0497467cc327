package dev.lockstep.graphql.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.graphql.internal.json.Values;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes results in AppSync's shape: {@code data} always present, and each error as {@code path}, {@code data},
 * {@code errorType}, {@code errorInfo}, {@code locations} (with {@code sourceName: null}) and {@code message}.
 * AppSync runs an older graphql-java, so validation and null errors keep that version's wording, e.g.
 * {@code Validation error of type FieldUndefined: Field 'x' in type 'Query' is undefined @ 'x'} (AppSync's own
 * description of its HTTP behaviour, graphql/graphql-over-http#81).
 */
final class ResponseWriter {

    private static final Pattern NON_NULL =
            Pattern.compile("The non-nullable type is '(.+)' within parent type '(.+)'", Pattern.DOTALL);

    /** graphql-java's newer wording puts the type and path first: "Validation error (FieldUndefined@[x]) : ". */
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) : ");

    private ResponseWriter() {}

    static ObjectNode write(ExecutionResult result) {
        ObjectNode body = Values.NODES.objectNode();
        Object data = result.getData();
        body.set("data", result.isDataPresent() ? Values.toJson(data) : Values.NODES.nullNode());
        if (!result.getErrors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (GraphQLError error : result.getErrors()) {
                errors.add(error(error));
            }
        }
        return body;
    }

    static ObjectNode error(GraphQLError error) {
        ObjectNode node = Values.NODES.objectNode();
        List<Object> path = error.getPath();
        node.set("path", path == null ? Values.NODES.nullNode() : Values.toJson(path));
        if (error instanceof AppSyncError appSync) {
            node.set("data", Values.toJson(appSync.data()));
            node.put("errorType", appSync.appSyncErrorType());
            node.set("errorInfo", Values.toJson(appSync.errorInfo()));
        }
        node.set("locations", locations(error));
        node.put("message", message(error));
        return node;
    }

    private static JsonNode locations(GraphQLError error) {
        List<SourceLocation> locations = error.getLocations();
        if (locations == null || locations.isEmpty()) {
            return Values.NODES.nullNode();
        }
        ArrayNode array = Values.NODES.arrayNode();
        for (SourceLocation location : locations) {
            ObjectNode node = array.addObject();
            node.put("line", location.getLine());
            node.put("column", location.getColumn());
            node.putNull("sourceName");
        }
        return array;
    }

    private static String message(GraphQLError error) {
        if (error instanceof ValidationError validation) {
            String description =
                    VALIDATION_PREFIX.matcher(validation.getDescription()).replaceFirst("");
            String message = "Validation error of type " + validation.getValidationErrorType() + ": " + description;
            List<String> queryPath = validation.getQueryPath();
            if (queryPath != null && !queryPath.isEmpty()) {
                message += " @ '" + String.join("/", queryPath) + "'";
            }
            return message;
        }
        if (error instanceof NonNullableFieldWasNullError) {
            Matcher m = NON_NULL.matcher(error.getMessage());
            if (m.find()) {
                return "Cannot return null for non-nullable type: '" + m.group(1) + "' within parent '" + m.group(2)
                        + "' (" + pathText(error.getPath()) + ")";
            }
        }
        return error.getMessage();
    }

    private static String pathText(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object segment : path) {
            text.append('/').append(segment);
        }
        return text.toString();
    }
}
