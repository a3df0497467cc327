package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Requests the SDK never sends: malformed JSON, wrong types, unknown operations, oversized bodies, other paths and
 * methods. Each gets an AWS-shaped error, never a stack trace, and the server goes on serving. Sent with
 * java.net.http because the SDK cannot produce them.
 */
class RobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LockstepServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = LockstepServer.builder().build().start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Answer(int status, String contentType, JsonNode body, String text) {
        String type() {
            return body.path("__type").asText();
        }

        String message() {
            return body.path("message").asText();
        }
    }

    private static Answer post(String target, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer post(String target, String body) throws IOException, InterruptedException {
        return post(target, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        String text = response.body();
        JsonNode body = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                body,
                text);
    }

    private static void assertStillServing() throws IOException, InterruptedException {
        Answer list = post("AWSStepFunctions.ListStateMachines", "{}");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().has("stateMachines")).isTrue();
    }

    @Test
    void malformed_json_is_a_serialization_exception_and_the_server_keeps_serving() throws Exception {
        Answer answer = post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/x-amz-json-1.0");
        assertThat(answer.type()).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(answer.message()).startsWith("The request body is not valid JSON: ");
        assertThat(answer.text()).doesNotContain("\tat ").doesNotContain("Exception:");
        assertStillServing();
    }

    @Test
    void a_body_that_is_not_an_object_is_a_serialization_exception() throws Exception {
        Answer answer = post("AWSStepFunctions.ListStateMachines", "[1, 2]");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(answer.message()).isEqualTo("Expected a JSON object as the request body, found a JSON array");
    }

    @Test
    void a_field_of_the_wrong_type_is_a_serialization_exception_naming_the_field() throws Exception {
        Answer number = post("AWSStepFunctions.DescribeStateMachine", "{\"stateMachineArn\": 5}");
        Answer object = post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": {}}");
        Answer fraction = post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": 1.5}");

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.type()).isEqualTo("com.amazon.coral.service#SerializationException");
        assertThat(number.message()).isEqualTo("NUMBER_VALUE cannot be converted to String (at 'stateMachineArn')");
        assertThat(object.message()).isEqualTo("Start of structure or map found where not expected (at 'maxResults')");
        assertThat(fraction.message()).isEqualTo("NUMBER_VALUE cannot be converted to Integer (at 'maxResults')");
    }

    @Test
    void a_missing_required_field_is_a_validation_exception() throws Exception {
        Answer answer = post("AWSStepFunctions.DescribeStateMachine", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("com.amazon.coral.validate#ValidationException");
        assertThat(answer.message())
                .isEqualTo("1 validation error detected: Value null at 'stateMachineArn' failed to satisfy"
                        + " constraint: Member must not be null");
    }

    @Test
    void an_unknown_or_missing_operation_is_an_unknown_operation_exception() throws Exception {
        Answer unknown = post("AWSStepFunctions.FlyToTheMoon", "{}");
        Answer otherService = post("DynamoDB_20120810.ListTables", "{}");
        Answer missing = post(null, "{}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.type()).isEqualTo("com.amazon.coral.service#UnknownOperationException");
        assertThat(unknown.message()).contains("FlyToTheMoon");
        assertThat(otherService.type()).isEqualTo("com.amazon.coral.service#UnknownOperationException");
        assertThat(missing.type()).isEqualTo("com.amazon.coral.service#UnknownOperationException");
        assertThat(missing.message()).contains("X-Amz-Target");
        assertStillServing();
    }

    @Test
    void test_state_with_a_definition_that_is_no_state_is_invalid_definition_and_the_server_keeps_serving()
            throws Exception {
        Answer answer = post("AWSStepFunctions.TestState", "{\"definition\":\"{}\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).endsWith("#InvalidDefinition");
        assertThat(answer.message()).startsWith("Invalid State Machine Definition: ");
        assertStillServing();
    }

    @Test
    void a_body_over_the_read_limit_is_413_and_the_server_keeps_serving() throws Exception {
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');

        Answer answer = post("AWSStepFunctions.ListStateMachines", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.type()).isEqualTo("com.amazon.coral.service#RequestEntityTooLargeException");
        assertStillServing();
    }

    @Test
    void a_definition_over_one_mb_is_a_validation_exception_through_the_sdk() {
        String definition = "{\"Comment\":\"" + "x".repeat(1_048_576) + "\"}";
        try (SfnClient sfn = server.sfnClient()) {
            ValidationException e = ApiTestSupport.failure(
                    ValidationException.class,
                    () -> sfn.createStateMachine(
                            r -> r.name("TooLarge").definition(definition).roleArn(Definitions.ROLE)));

            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("1 validation error detected: Value at 'definition' failed to satisfy constraint:"
                            + " Member must have length less than or equal to 1048576");
        }
    }

    @Test
    void other_paths_and_methods_get_aws_shaped_errors() throws Exception {
        Answer get = answer(http.send(
                HttpRequest.newBuilder(server.endpoint()).GET().build(), HttpResponse.BodyHandlers.ofString()));
        Answer elsewhere = answer(http.send(
                HttpRequest.newBuilder(server.endpoint().resolve("/2016-11-23/statemachines"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.type()).isEqualTo("com.amazon.coral.service#UnknownOperationException");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.message()).contains("'/2016-11-23/statemachines'");
    }

    @Test
    void the_health_endpoint_answers_up() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/health"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void timestamps_travel_as_epoch_seconds_with_millisecond_fractions_and_any_signature_is_accepted()
            throws Exception {
        // AWS JSON 1.0 sends timestamps as numbers, e.g. 1525283875.612 (API reference: GetExecutionHistory example).
        // The request carries no signature at all: by default the server accepts any, as Step Functions Local does.
        String body = "{\"name\":\"Wire\",\"roleArn\":\"" + Definitions.ROLE + "\",\"definition\":"
                + JSON.writeValueAsString(Definitions.PASS) + "}";

        Answer created = post("AWSStepFunctions.CreateStateMachine", body);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().get("creationDate").isNumber()).isTrue();
        assertThat(created.text()).containsPattern("\"creationDate\":\\d{10}\\.\\d{3}[,}]");
    }
}
