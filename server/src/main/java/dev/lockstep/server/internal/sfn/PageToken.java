package dev.lockstep.server.internal.sfn;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination tokens: the kind of listing and where the next page starts, Base64-encoded. Clients must treat
 * them as opaque, as AWS asks; a token this server did not hand out is an InvalidToken error.
 */
final class PageToken {

    private PageToken() {}

    static String encode(String kind, String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token of {@code kind} holds. */
    static String decode(String token, String kind) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AwsErrors.invalidToken(token);
        }
        if (!text.startsWith(kind + "|")) {
            throw AwsErrors.invalidToken(token);
        }
        return text.substring(kind.length() + 1);
    }

    /** A position that is a non-negative number. */
    static long decodeNumber(String token, String kind) {
        try {
            long value = Long.parseLong(decode(token, kind));
            if (value < 0) {
                throw AwsErrors.invalidToken(token);
            }
            return value;
        } catch (NumberFormatException e) {
            throw AwsErrors.invalidToken(token);
        }
    }
}
