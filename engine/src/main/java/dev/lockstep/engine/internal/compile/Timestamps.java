package dev.lockstep.engine.internal.compile;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as the States Language reads them: RFC 3339 with an uppercase {@code T} and either {@code Z} or a
 * numeric offset (developer guide, Choice and Wait states). AWS parses them as ISO-8601 "extended offset date-time"
 * strings, which is what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} accepts.
 */
public final class Timestamps {

    private Timestamps() {}

    /** Epoch milliseconds of {@code text}, or {@code Long.MIN_VALUE} when it is not a valid timestamp. */
    public static long parseMillis(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return time.toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    public static boolean isValid(String text) {
        return parseMillis(text) != Long.MIN_VALUE;
    }
}
