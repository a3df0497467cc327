package dev.lockstep.server.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * A GraphQL client as an app would use one: the JDK's HTTP client POSTing {@code {"query", "variables"}} as JSON to
 * an endpoint with an API key, and the answer's status and body.
 */
final class GraphQlHttpClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String apiKey;

    GraphQlHttpClient(URI endpoint, String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    /** The apps of the graphql module's tests (the build sets where; the default suits a run from this module). */
    static Path app(String relative) {
        return Path.of(System.getProperty("lockstep.graphql.apps", "../graphql/src/test/resources/apps"))
                .resolve(relative);
    }

    /** What the endpoint answered. */
    record Answer(int status, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        JsonNode errors() {
            return body.path("errors");
        }
    }

    Answer post(String query) throws IOException, InterruptedException {
        return post(query, Map.of());
    }

    Answer post(String query, Map<String, ?> variables) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        return send(JSON.writeValueAsString(body), apiKey);
    }

    Answer send(String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("x-api-key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }
}
