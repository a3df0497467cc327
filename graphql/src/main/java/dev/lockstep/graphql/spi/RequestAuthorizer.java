package dev.lockstep.graphql.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Decides who sends a request: the seam for AppSync's authorization modes (API key, IAM, Cognito user pools, OIDC,
 * Lambda). The identity it returns becomes {@code $ctx.identity}.
 *
 * <p>The default accepts every request with a null identity, as an API_KEY API does once the key is right; an API
 * built with {@code apiKey(...)} checks the {@code x-api-key} header first.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface RequestAuthorizer {

    /**
     * Authorizes one request.
     *
     * @param headers the request's headers, names in lower case
     */
    Authorization authorize(Map<String, String> headers);

    /**
     * The outcome: allowed with an identity, or denied with AppSync's 401 message.
     *
     * @param allowed whether the request may run
     * @param authType what {@code $util.authType()} returns, e.g. {@code API Key Authorization}
     * @param identity {@code $ctx.identity}, or null
     * @param message for a denial, e.g. {@code You are not authorized to make this call.}
     */
    record Authorization(boolean allowed, String authType, Map<String, Object> identity, String message) {

        public static Authorization allow(String authType, Map<String, Object> identity) {
            return new Authorization(true, authType, identity, null);
        }

        public static Authorization deny(String message) {
            return new Authorization(false, null, null, message);
        }
    }
}
