package dev.lockstep.engine.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The States Language timestamp profile of RFC3339 (https://states-language.net, "Timestamps"), with the forms AWS
 * was recorded accepting and refusing for Wait TimestampPath (LocalStack test_wait snapshots).
 */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-03-14T01:59:00Z",
                "2016-03-14T01:59:00.00Z",
                "2016-03-14T01:59:00.000Z",
                "2016-03-14T01:59:00.0000000Z",
                "2024-12-05T21:29:29.243167252Z",
                "2024-03-15T23:27:00+00:00",
                "2024-03-15T23:27:00-07:30"
            })
    void timestamps_aws_accepts_are_valid(String text) {
        assertThat(Timestamps.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-03-14T01:59:00",
                "2016-03-14T01:59:00.000",
                "2016-03-14t01:59:00Z",
                "2016-03-14T01:59:00z",
                "2016-03-14 01:59:00Z",
                "2016-03-14T01:59Z",
                "2016-03-14T01:59:00+0000",
                "2016-02-30T01:59:00Z",
                "2016-03-14T24:00:00Z",
                "2016-03-14T01:59:00.1234567890Z",
                "2016-03-14",
                ""
            })
    void other_strings_are_not_timestamps(String text) {
        assertThat(Timestamps.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-14T01:59:00Z"})
    void a_valid_timestamp_parses_to_its_instant(String text) {
        assertThat(Timestamps.parse(text)).contains(OffsetDateTime.parse("2016-03-14T01:59:00Z"));
    }
}
