package dev.lockstep.graphql.internal.util;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What {@code $util} needs from the request it serves: the clock, a source of randomness, where appended errors and
 * response headers go, and which field is being resolved.
 *
 * @param clock the API's clock ({@code $util.time})
 * @param random randomness for ids and {@code $util.math.random*}
 * @param appendedErrors errors from {@code $util.appendError} for the current field
 * @param responseHeaders headers from {@code $util.http.addResponseHeader}, for the whole request
 * @param parentTypeName the type of the field being resolved
 * @param fieldName the field being resolved
 * @param authType what {@code $util.authType()} returns for this request
 */
public record UtilScope(
        Clock clock,
        Random random,
        List<AppendedError> appendedErrors,
        Map<String, String> responseHeaders,
        String parentTypeName,
        String fieldName,
        String authType) {}
