package dev.lockstep.server.internal.http;

import dev.lockstep.server.internal.sfn.AwsErrors;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The strict mode's check: recomputes a request's AWS Signature Version 4 with the AWS SDK's own signer, from the
 * headers the client signed, its signing time and credential scope, and the secret key configured for its access key.
 * Failures answer as AWS does: no Authorization header is MissingAuthenticationTokenException, a malformed one
 * IncompleteSignatureException, an unknown access key UnrecognizedClientException, a wrong signature or a signing time
 * more than 15 minutes off InvalidSignatureException.
 */
final class SigV4Verifier {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** AWS refuses signatures more than 15 minutes from its clock (Signature Version 4 docs, "RequestExpired"). */
    private static final Duration SKEW = Duration.ofMinutes(15);

    private final Map<String, String> secretsByAccessKey;
    private final Clock clock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    SigV4Verifier(Map<String, String> secretsByAccessKey, Clock clock) {
        this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
        this.clock = clock;
    }

    /** What the verifier needs of an HTTP request. */
    interface SignedHttpRequest {
        String method();

        URI uri();

        /** Every value of a header, matched case-insensitively; empty when absent. */
        List<String> header(String name);

        byte[] body();
    }

    void verify(SignedHttpRequest request) {
        List<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            throw AwsErrors.missingAuthenticationToken();
        }
        Authorization auth = Authorization.parse(authorization.get(0));
        String secret = secretsByAccessKey.get(auth.accessKeyId);
        if (secret == null) {
            throw AwsErrors.unrecognizedClient();
        }
        Instant signedAt = signingTime(request);
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(SKEW) > 0) {
            throw AwsErrors.signatureExpired("Signature expired: " + AMZ_DATE.format(signedAt) + " is now earlier than "
                    + AMZ_DATE.format(now.minus(SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (!auth.date.equals(AMZ_DATE.format(signedAt).substring(0, 8))) {
            throw AwsErrors.invalidSignature();
        }
        String expected = expectedSignature(request, auth, secret, signedAt);
        if (!constantTimeEquals(expected, auth.signature)) {
            throw AwsErrors.invalidSignature();
        }
    }

    private String expectedSignature(SignedHttpRequest request, Authorization auth, String secret, Instant signedAt) {
        URI uri = request.uri();
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .uri(uri);
        for (String name : auth.signedHeaders) {
            if (name.equals("host") || name.equals("x-amz-date")) {
                continue; // the signer writes both itself, from the URI and the signing clock
            }
            List<String> values = request.header(name);
            if (values.isEmpty()) {
                throw AwsErrors.incompleteSignature(
                        "The header '" + name + "' is listed in SignedHeaders but is" + " missing from the request.");
            }
            unsigned.putHeader(name, values);
        }
        byte[] body = request.body();
        SignedRequest signed =
                signer.sign(sign -> sign.identity(AwsCredentialsIdentity.create(auth.accessKeyId, secret))
                        .request(unsigned.build())
                        .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, auth.service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String recomputed =
                signed.request().firstMatchingHeader("Authorization").orElse("");
        return Authorization.parse(recomputed).signature;
    }

    private static Instant signingTime(SignedHttpRequest request) {
        List<String> date = request.header("X-Amz-Date");
        if (date.isEmpty()) {
            throw AwsErrors.incompleteSignature(
                    "Authorization header requires existence of either a 'X-Amz-Date' or" + " a 'Date' header.");
        }
        try {
            return AMZ_DATE.parse(date.get(0), Instant::from);
        } catch (DateTimeParseException e) {
            throw AwsErrors.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + date.get(0) + "'.");
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * {@code AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/states/aws4_request, SignedHeaders=host;x-amz-date,
     * Signature=...}.
     */
    private record Authorization(
            String accessKeyId,
            String date,
            String region,
            String service,
            List<String> signedHeaders,
            String signature) {

        static Authorization parse(String header) {
            String text = header.trim();
            if (!text.startsWith(ALGORITHM + " ")) {
                throw AwsErrors.incompleteSignature("Authorization header requires the '" + ALGORITHM
                        + "' algorithm (Signature Version 4). Authorization=" + header);
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : text.substring(ALGORITHM.length()).split(",")) {
                String item = part.trim();
                int equals = item.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String key = item.substring(0, equals).trim();
                String value = item.substring(equals + 1).trim();
                switch (key) {
                    case "Credential" -> credential = value;
                    case "SignedHeaders" -> signedHeaders = value;
                    case "Signature" -> signature = value;
                    default -> {
                        // other parameters are not part of Signature Version 4
                    }
                }
            }
            if (credential == null || signedHeaders == null || signature == null) {
                throw AwsErrors.incompleteSignature("Authorization header requires 'Credential', 'SignedHeaders' and"
                        + " 'Signature' parameters. Authorization=" + header);
            }
            String[] scope = credential.split("/");
            if (scope.length != 5 || !scope[4].equals("aws4_request")) {
                throw AwsErrors.incompleteSignature("Credential should be scoped to a valid region, service and"
                        + " 'aws4_request'. Credential=" + credential);
            }
            return new Authorization(
                    scope[0],
                    scope[1],
                    scope[2],
                    scope[3],
                    List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";")),
                    Objects.requireNonNull(signature));
        }
    }
}
