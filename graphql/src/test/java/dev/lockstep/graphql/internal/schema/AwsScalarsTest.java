package dev.lockstep.graphql.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AWS scalars' formats as "Scalar types in GraphQL" describes them
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 */
class AwsScalarsTest {

    @ParameterizedTest
    @CsvSource({
        "1970-01-01, true",
        "1970-01-01Z, true",
        "1970-01-01-07:00, true",
        "1970-01-01+05:30, true",
        "1970-01-01+05:30:15, true",
        "2020-02-30, false",
        "2020-1-01, false",
        "01-01-2020, false"
    })
    void aws_date_takes_an_optional_offset(String value, boolean valid) {
        assertThat(AwsScalars.isDate(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "12:30:45.123, true",
        "12:30:45, true",
        "12:30, true",
        "12:30:45.123456789Z, true",
        "12:30:45-08:00, true",
        "24:00:00, false",
        "12:60, false",
        "1230, false"
    })
    void aws_time_is_hh_mm_ss_sss(String value, boolean valid) {
        assertThat(AwsScalars.isTime(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "2018-02-06T19:01:35.749Z, true",
        "2018-02-06T19:01:35+08:00, true",
        "2018-02-06T19:01:35.749+05:30:15, true",
        "2018-02-06T19:01:35, true",
        "2018-02-06 19:01:35Z, false",
        "2018-13-06T19:01:35Z, false"
    })
    void aws_date_time_allows_offsets(String value, boolean valid) {
        assertThat(AwsScalars.isDateTime(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.amazon.com/dp/B000NZW3KC/, true",
        "mailto:example@example.com, true",
        "www.amazon.com, false",
        "https://example.com/a//b, false"
    })
    void aws_url_needs_a_scheme_and_no_double_slash_in_the_path(String value, boolean valid) {
        assertThat(AwsScalars.isUrl(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"+1 555 123 4567, true", "555-123-4567, true", "+44 20 7946 0958, true", "12, false", "phone, false"})
    void aws_phone_allows_spaces_or_hyphens(String value, boolean valid) {
        assertThat(AwsScalars.isPhone(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, true",
        "10.0.0.0/8, true",
        "::1, true",
        "2001:db8::/32, true",
        "256.1.1.1, false",
        "1.2.3, false",
        "example.com, false"
    })
    void aws_ip_address_is_ipv4_or_ipv6_with_an_optional_prefix(String value, boolean valid) {
        assertThat(AwsScalars.isIpAddress(value)).isEqualTo(valid);
    }
}
