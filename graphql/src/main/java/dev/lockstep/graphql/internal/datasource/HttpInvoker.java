package dev.lockstep.graphql.internal.datasource;

import dev.lockstep.graphql.internal.json.Values;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * AppSync's HTTP data source ("Resolver mapping template reference for HTTP"): the request's {@code method},
 * {@code resourcePath} and {@code params} ({@code query}, {@code headers}, {@code body}) become a real HTTP call, and
 * {@code $ctx.result} is {@code {statusCode, headers, body}}. Any status is a result, not an error; only a call that
 * gets no answer sets {@code $ctx.error}.
 */
public final class HttpInvoker implements DataSourceInvoker {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> CLIENT_MANAGED =
            Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

    private final String endpoint;
    private final HttpClient client;

    public HttpInvoker(String endpoint) {
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public DataSourceResult invoke(Map<String, Object> request, Invocation invocation) {
        HttpCall call = HttpCall.from(request);
        StringBuilder url = new StringBuilder(endpoint).append(call.resourcePath());
        if (!call.query().isEmpty()) {
            url.append(url.indexOf("?") >= 0 ? '&' : '?');
            boolean first = true;
            for (Map.Entry<String, Object> parameter : call.query().entrySet()) {
                if (!first) {
                    url.append('&');
                }
                first = false;
                url.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8));
            }
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url.toString())).timeout(invocation.remaining());
        } catch (IllegalArgumentException e) {
            throw new MappingTemplateException("The HTTP request's URL " + url + " is not valid: " + e.getMessage());
        }
        call.headers().forEach((name, value) -> {
            if (!CLIENT_MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, String.valueOf(value));
            }
        });
        builder.method(
                call.method(),
                call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return DataSourceResult.of(HttpCall.result(response.statusCode(), headers, response.body()));
        } catch (IOException e) {
            return DataSourceResult.failure(
                    "HTTPRequestException", "An error occurred while calling " + url + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DataSourceResult.failure("HTTPRequestException", "The call to " + url + " was interrupted.");
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * An HTTP request as a mapping template writes it.
     *
     * @param method the HTTP method
     * @param resourcePath the path, starting with a slash
     * @param query query parameters
     * @param headers request headers
     * @param body the body text, or null
     */
    record HttpCall(
            String method, String resourcePath, Map<String, Object> query, Map<String, Object> headers, String body) {

        @SuppressWarnings("unchecked")
        static HttpCall from(Map<String, Object> request) {
            if (request == null) {
                throw MappingTemplateException.missing("method");
            }
            Object method = request.get("method");
            if (method == null) {
                throw MappingTemplateException.missing("method");
            }
            String upper = String.valueOf(method).toUpperCase(Locale.ROOT);
            if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
                    .contains(upper)) {
                throw new MappingTemplateException(
                        "Unsupported HTTP method '" + method + "': expected GET, POST, PUT, PATCH, DELETE or HEAD.");
            }
            Object path = request.get("resourcePath");
            if (path == null) {
                throw MappingTemplateException.missing("resourcePath");
            }
            String resourcePath = String.valueOf(path);
            if (!resourcePath.startsWith("/")) {
                throw new MappingTemplateException(
                        "The resourcePath '" + resourcePath + "' must start with a slash, e.g. /posts/1.");
            }
            Map<String, Object> params =
                    request.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
            Map<String, Object> query = params.get("query") instanceof Map<?, ?> q ? (Map<String, Object>) q : Map.of();
            Map<String, Object> headers =
                    params.get("headers") instanceof Map<?, ?> h ? (Map<String, Object>) h : Map.of();
            Object body = params.get("body");
            String bodyText = body == null ? null : body instanceof String s ? s : Values.write(body);
            return new HttpCall(upper, resourcePath, query, headers, bodyText);
        }

        static Map<String, Object> result(int statusCode, Map<String, Object> headers, String body) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("statusCode", statusCode);
            result.put("headers", headers);
            result.put("body", body);
            return result;
        }

        String header(String name) {
            for (Map.Entry<String, Object> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return String.valueOf(header.getValue());
                }
            }
            return null;
        }
    }
}
