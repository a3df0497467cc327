package dev.lockstep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lambda, SQS and DynamoDB as the AWS SDK for Java 2.x speaks to them, on one local port, answering a few calls the way
 * the services do and recording every call: Lambda's Invoke (REST JSON, {@code POST
 * /2015-03-31/functions/NAME/invocations}, the payload as the body); SQS's SendMessage (AWS JSON 1.0, {@code
 * X-Amz-Target: AmazonSQS.SendMessage}, with the MD5 of the body the SDK checks); DynamoDB's GetItem and PutItem (AWS
 * JSON 1.0, {@code DynamoDB_20120810.*}).
 */
final class FakeAws implements AutoCloseable {

    /** What the function returns to every Invoke. */
    static final String FUNCTION_RESULT = "{\"greeting\":\"hello from the real function\"}";

    static final String MESSAGE_ID = "5fea7756-0ea4-451a-a703-a558b933e274";

    /** One call: the service's name for the operation ({@code Invoke}, {@code AmazonSQS.SendMessage}) and its body. */
    record Call(String operation, String path, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            if (path.startsWith("/2015-03-31/functions/") && path.endsWith("/invocations")) {
                calls.add(new Call("Invoke", path, body));
                exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
                reply(exchange, "application/json", FUNCTION_RESULT);
            } else if ("AmazonSQS.SendMessage".equals(target)) {
                calls.add(new Call(target, path, body));
                ObjectNode sent = JSON.createObjectNode()
                        .put("MD5OfMessageBody", md5(body.path("MessageBody").asText()))
                        .put("MessageId", MESSAGE_ID);
                reply(exchange, "application/x-amz-json-1.0", sent.toString());
            } else if ("DynamoDB_20120810.GetItem".equals(target)) {
                calls.add(new Call(target, path, body));
                ObjectNode item = JSON.createObjectNode();
                item.putObject("Item").set("id", body.path("Key").path("id"));
                ((ObjectNode) item.get("Item")).putObject("name").put("S", "from the real table");
                reply(exchange, "application/x-amz-json-1.0", item.toString());
            } else if ("DynamoDB_20120810.PutItem".equals(target)) {
                calls.add(new Call(target, path, body));
                reply(exchange, "application/x-amz-json-1.0", "{}");
            } else {
                calls.add(new Call("unknown " + target, path, body));
                exchange.sendResponseHeaders(400, -1);
            }
        }
    }

    private static void reply(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-request-" + System.identityHashCode(exchange));
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
