package dev.lockstep.graphql.internal.util;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * {@code $util.time} ("Time helpers in $util.time"). Formats are {@link DateTimeFormatter} patterns, as the docs say;
 * ISO 8601 output always has milliseconds and {@code Z}, e.g. {@code 2018-02-06T19:01:35.749Z}.
 */
public final class TimeUtil {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    TimeUtil(Clock clock) {
        this.clock = clock;
    }

    public String nowISO8601() {
        return ISO_MILLIS.format(clock.instant());
    }

    public long nowEpochSeconds() {
        return clock.millis() / 1000;
    }

    public long nowEpochMilliSeconds() {
        return clock.millis();
    }

    public String nowFormatted(String format) {
        return epochMilliSecondsToFormatted(clock.millis(), format);
    }

    public String nowFormatted(String format, String timezone) {
        return epochMilliSecondsToFormatted(clock.millis(), format, timezone);
    }

    public long parseFormattedToEpochMilliSeconds(String time, String format) {
        return parseFormattedToEpochMilliSeconds(time, format, "UTC");
    }

    public long parseFormattedToEpochMilliSeconds(String time, String format, String timezone) {
        ZoneId zone = zone(timezone);
        TemporalAccessor parsed = parse(time, formatter(format), format);
        ZoneId parsedZone = parsed.query(TemporalQueries.zone());
        if (parsedZone != null && parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return ZonedDateTime.of(LocalDateTime.from(parsed), parsedZone)
                    .toInstant()
                    .toEpochMilli();
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant().toEpochMilli();
        }
        return LocalDate.from(parsed)
                .atStartOfDay(parsedZone != null ? parsedZone : zone)
                .toInstant()
                .toEpochMilli();
    }

    public long parseISO8601ToEpochMilliSeconds(String time) {
        TemporalAccessor parsed = parse(time, DateTimeFormatter.ISO_DATE_TIME, "ISO 8601");
        ZoneId parsedZone = parsed.query(TemporalQueries.zone());
        LocalDateTime local = LocalDateTime.from(parsed);
        return local.atZone(parsedZone != null ? parsedZone : ZoneOffset.UTC)
                .toInstant()
                .toEpochMilli();
    }

    public long epochMilliSecondsToSeconds(long epochMillis) {
        return epochMillis / 1000;
    }

    public String epochMilliSecondsToISO8601(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    public String epochMilliSecondsToFormatted(long epochMillis, String format) {
        return epochMilliSecondsToFormatted(epochMillis, format, "UTC");
    }

    public String epochMilliSecondsToFormatted(long epochMillis, String format, String timezone) {
        return formatter(format).withZone(zone(timezone)).format(Instant.ofEpochMilli(epochMillis));
    }

    private static DateTimeFormatter formatter(String format) {
        try {
            return DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
            throw new TemplateErrorSignal(
                    "Invalid date time format '" + format + "': " + e.getMessage(), "MappingTemplate", null, null);
        }
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            throw new TemplateErrorSignal(
                    "Invalid time zone '" + timezone + "': expected an offset such as +08:00 or a zone id such as"
                            + " Australia/Perth",
                    "MappingTemplate",
                    null,
                    null);
        }
    }

    private static TemporalAccessor parse(String time, DateTimeFormatter formatter, String format) {
        try {
            return formatter.parse(time);
        } catch (DateTimeParseException e) {
            throw new TemplateErrorSignal(
                    "Unable to parse '" + time + "' with the format '" + format + "'", "MappingTemplate", null, null);
        }
    }
}
