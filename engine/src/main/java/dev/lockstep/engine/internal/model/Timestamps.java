package dev.lockstep.engine.internal.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Timestamps as the States Language defines them: RFC3339 with an uppercase {@code T} between date and time, and an
 * uppercase {@code Z} when there is no numeric offset (https://states-language.net, "Timestamps"; developer guide,
 * Choice and Wait states). AWS accepts 0 to 9 fractional digits and numeric offsets such as {@code +00:00}, and
 * refuses a missing zone (LocalStack recordings of Wait TimestampPath; LocalStack issues #10523, #11997).
 */
public final class Timestamps {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private Timestamps() {}

    /** The instant {@code text} names, or empty when it is not a valid States Language timestamp. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Epoch milliseconds of {@code text}, or {@code Long.MIN_VALUE} when it is not a valid timestamp. */
    public static long parseMillis(String text) {
        Optional<OffsetDateTime> time = parse(text);
        if (time.isEmpty()) {
            return Long.MIN_VALUE;
        }
        try {
            return time.get().toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
