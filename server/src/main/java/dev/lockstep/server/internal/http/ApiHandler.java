package dev.lockstep.server.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.server.internal.sfn.ApiException;
import dev.lockstep.server.internal.sfn.AwsErrors;
import dev.lockstep.server.internal.sfn.SfnApi;
import dev.lockstep.server.internal.sfn.SfnJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The HTTP face of the API: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>} (AWS JSON 1.0) and
 * {@code GET /health}. Every answer, errors included, is JSON in AWS's shape; no stack trace ever reaches a client.
 */
public final class ApiHandler extends Handler.Abstract {

    /** AWS JSON 1.0's content type, on every response of the API. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    /**
     * The largest body read: a 1 MB definition JSON-escaped inside the request with room to spare. Larger bodies get
     * 413 RequestEntityTooLargeException; smaller ones that break a field's limit get AWS's ValidationException.
     */
    public static final int DEFAULT_MAX_BODY = 8 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());
    private static final byte[] HEALTHY = "{\"status\":\"UP\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final SfnApi api;
    private final GraphQlApi graphql;
    private final SigV4Verifier verifier;
    private final int maxBody;

    /**
     * @param verifier checks signatures in strict mode; null accepts any signature, as Step Functions Local does
     */
    ApiHandler(SfnApi api, GraphQlApi graphql, SigV4Verifier verifier, int maxBody) {
        super(InvocationType.BLOCKING);
        this.api = api;
        this.graphql = graphql;
        this.verifier = verifier;
        this.maxBody = maxBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            String path = Request.getPathInContext(request);
            if (path.equals("/health")) {
                health(request, response, callback);
                return true;
            }
            if (path.equals("/graphql") && graphql != null) {
                graphql(request, response, callback);
                return true;
            }
            if (!path.equals("/") && !path.isEmpty()) {
                throw AwsErrors.notFound(
                        404,
                        "Nothing is served at '" + path + "': the Step Functions API answers POST requests at '/', the"
                                + " health check GET requests at '/health'"
                                + (graphql != null ? " and the GraphQL API requests at '/graphql'" : ""));
            }
            if (!HttpMethod.POST.is(request.getMethod())) {
                response.getHeaders().put(HttpHeader.ALLOW, "POST");
                throw AwsErrors.notFound(
                        405,
                        "The Step Functions API answers POST requests only; got " + request.getMethod() + " " + path);
            }
            byte[] body = readBody(request);
            if (verifier != null) {
                verifier.verify(new JettySignedRequest(request, body));
            }
            JsonNode result = api.handle(request.getHeaders().get("X-Amz-Target"), body);
            write(response, callback, 200, SfnJson.bytes(result));
        } catch (ApiException e) {
            writeError(response, callback, e);
        } catch (RuntimeException | IOException | StackOverflowError bug) {
            LOG.log(Level.SEVERE, "Lockstep failed while answering a request", bug);
            writeError(response, callback, AwsErrors.internalFailure("the request", bug));
        }
        return true;
    }

    /** AppSync's endpoint: the GraphQL API answers with its own status, headers and body (AppSync's shapes). */
    private void graphql(Request request, Response response, Callback callback) throws IOException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getName(), field.getValue(), (first, second) -> first + "," + second);
        }
        Map<String, String> query = new java.util.LinkedHashMap<>();
        Fields parameters = Request.extractQueryParameters(request);
        parameters.forEach(field -> query.put(field.getName(), field.getValue()));
        String body = HttpMethod.GET.is(request.getMethod())
                ? null
                : new String(readBody(request), java.nio.charset.StandardCharsets.UTF_8);
        GraphQlResponse answer = graphql.handle(request.getMethod(), headers, body, query);
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (!answer.headers().containsKey("Content-Type")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");
        }
        response.write(
                true, ByteBuffer.wrap(answer.bodyText().getBytes(java.nio.charset.StandardCharsets.UTF_8)), callback);
    }

    private void health(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            throw AwsErrors.notFound(405, "The health check answers GET requests only; got " + request.getMethod());
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(HEALTHY), callback);
    }

    private byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > maxBody) {
            throw AwsErrors.requestTooLarge(maxBody);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw AwsErrors.requestTooLarge(maxBody);
            }
            return body;
        }
    }

    private static void writeError(Response response, Callback callback, ApiException error) {
        response.getHeaders().put("x-amzn-ErrorType", error.name());
        write(response, callback, error.status(), SfnJson.bytes(error.body()));
    }

    private static void write(Response response, Callback callback, int status, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put("x-amzn-RequestId", requestId());
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A Jetty request as the signature check sees it. */
    private record JettySignedRequest(Request request, byte[] body) implements SigV4Verifier.SignedHttpRequest {
        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public URI uri() {
            return request.getHttpURI().toURI();
        }

        @Override
        public List<String> header(String name) {
            return request.getHeaders().getValuesList(name);
        }
    }
}
