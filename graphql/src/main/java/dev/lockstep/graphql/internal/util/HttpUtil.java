package dev.lockstep.graphql.internal.util;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code $util.http} ("HTTP helpers in $util.http"). */
public final class HttpUtil {

    /**
     * Headers copyHeaders leaves out. AppSync documents a "restricted set" without listing it; these are the
     * hop-by-hop and framing headers that no HTTP client may forward.
     */
    private static final Set<String> RESTRICTED = Set.of(
            "host",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "upgrade",
            "expect",
            "te",
            "trailer",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection");

    private final Map<String, String> responseHeaders;

    HttpUtil(Map<String, String> responseHeaders) {
        this.responseHeaders = responseHeaders;
    }

    public Map<String, Object> copyHeaders(Map<String, ?> headers) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                    copy.put(name, value);
                }
            });
        }
        return copy;
    }

    public void addResponseHeader(String name, Object value) {
        if (name != null && value != null) {
            synchronized (responseHeaders) {
                responseHeaders.put(name, String.valueOf(value));
            }
        }
    }

    public void addResponseHeaders(Map<String, ?> headers) {
        if (headers != null) {
            headers.forEach(this::addResponseHeader);
        }
    }
}
