package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What AppSync answers: the HTTP status, the JSON body ({@code data} and {@code errors}) and the response headers that
 * templates added with {@code $util.http.addResponseHeader}.
 *
 * @param status the HTTP status AppSync would send: 200 for every executed request (errors included), 400 for a body
 *     it cannot read, 401 for a request it does not authorize
 * @param body the response body
 * @param headers extra response headers, never null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record GraphQlResponse(int status, JsonNode body, Map<String, String> headers) {

    public GraphQlResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The body as compact JSON text, as sent over HTTP. */
    public String bodyText() {
        return Values.write(body);
    }

    /** The {@code data} member; a missing node when the body has none. */
    public JsonNode data() {
        return body.path("data");
    }

    /** The {@code errors} member; a missing node when there are no errors. */
    public JsonNode errors() {
        return body.path("errors");
    }

    /** True when the body has no {@code errors}. */
    public boolean isSuccessful() {
        return status == 200 && !body.has("errors");
    }
}
