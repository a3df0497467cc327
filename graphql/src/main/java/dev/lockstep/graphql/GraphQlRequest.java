package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.graphql.internal.json.Values;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One GraphQL request: the query, its variables and operation name, and the HTTP headers it came with. Immutable;
 * the {@code with...} methods return new requests.
 *
 * <pre>{@code
 * GraphQlRequest.of("query($id: ID!) { getTodo(id: $id) { title } }")
 *         .withVariables(Map.of("id", "1"))
 *         .withHeader("x-api-key", "da2-test");
 * }</pre>
 *
 * @param query the GraphQL document
 * @param operationName which operation of the document to run, or null
 * @param variables the variables, never null
 * @param headers the request headers, names in lower case, never null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record GraphQlRequest(
        String query, String operationName, Map<String, Object> variables, Map<String, String> headers) {

    public GraphQlRequest {
        Objects.requireNonNull(query, "query");
        variables =
                variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        Map<String, String> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    public static GraphQlRequest of(String query) {
        return new GraphQlRequest(query, null, Map.of(), Map.of());
    }

    public GraphQlRequest withVariables(Map<String, ?> newVariables) {
        return new GraphQlRequest(query, operationName, java.util.Collections.unmodifiableMap(newVariables), headers);
    }

    /**
     * The same request with variables given as a JSON object.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public GraphQlRequest withVariablesJson(String json) {
        return withVariables(Values.readVariables(json));
    }

    public GraphQlRequest withOperationName(String name) {
        return new GraphQlRequest(query, name, variables, headers);
    }

    public GraphQlRequest withHeader(String name, String value) {
        Map<String, String> newHeaders = new LinkedHashMap<>(headers);
        newHeaders.put(name.toLowerCase(Locale.ROOT), value);
        return new GraphQlRequest(query, operationName, variables, newHeaders);
    }

    public GraphQlRequest withHeaders(Map<String, String> newHeaders) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        newHeaders.forEach((name, value) -> merged.put(name.toLowerCase(Locale.ROOT), value));
        return new GraphQlRequest(query, operationName, variables, merged);
    }
}
