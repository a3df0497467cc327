package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** The strict mode verifies AWS Signature Version 4 against the configured credentials. */
class StrictAuthTest {

    private static LockstepServer server;

    @BeforeAll
    static void start() {
        server = LockstepServer.builder()
                .strictAuth("AKIDLOCKSTEP", "secret-one")
                .strictAuth("AKIDSECOND", "secret-two")
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SfnClient clientWith(String accessKey, String secret) {
        return server.sfnClientBuilder()
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .build();
    }

    @Test
    void requests_signed_with_configured_credentials_are_served() {
        try (SfnClient first = server.sfnClient();
                SfnClient second = clientWith("AKIDSECOND", "secret-two")) {
            assertThat(first.listStateMachines().stateMachines()).isNotNull();
            assertThat(second.validateStateMachineDefinition(r -> r.definition(Definitions.PASS))
                            .resultAsString())
                    .isEqualTo("OK");
        }
    }

    @Test
    void a_wrong_secret_is_invalid_signature_exception_with_403() {
        try (SfnClient sfn = clientWith("AKIDLOCKSTEP", "not-the-secret")) {
            SfnException e = catchThrowableOfType(SfnException.class, sfn::listStateMachines);

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(e.awsErrorDetails().errorMessage())
                    .startsWith("The request signature we calculated does not match");
        }
    }

    @Test
    void an_unknown_access_key_is_unrecognized_client_exception_with_403() {
        try (SfnClient sfn = clientWith("AKIDSTRANGER", "secret-one")) {
            SfnException e = catchThrowableOfType(SfnException.class, sfn::listStateMachines);

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
        }
    }

    @Test
    void an_unsigned_request_is_missing_authentication_token() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint())
                                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body.get("__type").asText())
                .isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
    }

    @Test
    void a_body_changed_after_signing_fails_the_signature() throws Exception {
        // The signature covers the payload's SHA-256: sign one body with the SDK's signer, send another.
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(server.endpoint())
                .putHeader("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(AwsCredentialsIdentity.create("AKIDLOCKSTEP", "secret-one"))
                        .request(request)
                        .payload(ContentStreamProvider.fromUtf8String("{}"))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder tampered = HttpRequest.newBuilder(server.endpoint())
                .POST(HttpRequest.BodyPublishers.ofString("{\"maxResults\": 1}"));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> tampered.header(name, value));
            }
        });

        HttpResponse<String> response =
                HttpClient.newHttpClient().send(tampered.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new ObjectMapper().readTree(response.body()).get("__type").asText())
                .isEqualTo("com.amazon.coral.service#InvalidSignatureException");
    }

    private static HttpResponse<String> send(SignedRequest signed, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.endpoint()).POST(HttpRequest.BodyPublishers.ofString(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
