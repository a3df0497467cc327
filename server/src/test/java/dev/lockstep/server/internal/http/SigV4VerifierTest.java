package dev.lockstep.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lockstep.server.internal.sfn.ApiException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

class SigV4VerifierTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:8083/");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private final SigV4Verifier verifier =
            new SigV4Verifier(Map.of("AKID", "secret"), Clock.fixed(NOW, ZoneOffset.UTC));

    private static SdkHttpRequest signedAt(Instant when, String secret) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(ENDPOINT)
                .putHeader("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .build();
        return AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(AwsCredentialsIdentity.create("AKID", secret))
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(BODY))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "states")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(when, ZoneOffset.UTC)))
                .request();
    }

    private static SigV4Verifier.SignedHttpRequest received(SdkHttpRequest signed) {
        return new SigV4Verifier.SignedHttpRequest() {
            @Override
            public String method() {
                return "POST";
            }

            @Override
            public URI uri() {
                return ENDPOINT;
            }

            @Override
            public List<String> header(String name) {
                return signed.matchingHeaders(name);
            }

            @Override
            public byte[] body() {
                return BODY;
            }
        };
    }

    @Test
    void a_request_signed_with_the_configured_secret_within_fifteen_minutes_passes() {
        verifier.verify(received(signedAt(NOW.minus(Duration.ofMinutes(14)), "secret")));
    }

    @Test
    void a_signature_older_than_fifteen_minutes_has_expired() {
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> verifier.verify(received(signedAt(NOW.minus(Duration.ofMinutes(16)), "secret"))));

        assertThat(e.type()).isEqualTo("com.amazon.coral.service#InvalidSignatureException");
        assertThat(e.getMessage())
                .isEqualTo("Signature expired: 20260301T114400Z is now earlier than 20260301T114500Z"
                        + " (20260301T120000Z - 15 min.)");
    }

    @Test
    void a_request_signed_with_another_secret_is_an_invalid_signature() {
        ApiException e =
                catchThrowableOfType(ApiException.class, () -> verifier.verify(received(signedAt(NOW, "other"))));

        assertThat(e.name()).isEqualTo("InvalidSignatureException");
        assertThat(e.status()).isEqualTo(403);
    }
}
