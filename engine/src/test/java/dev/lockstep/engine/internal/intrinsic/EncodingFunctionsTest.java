package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.error.StatesError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** States.Base64Encode, Base64Decode and Hash. */
class EncodingFunctionsTest {

    /** AWS encodes "" as "" and "Data to encode" as in the guide (LocalStack, test_encode_decode.snapshot.json). */
    @Test
    void base64_of_empty_text_is_empty() {
        assertThat(Evaluate.json("States.Base64Encode('')", "{}")).isEqualTo("\"\"");
        assertThat(Evaluate.json("States.Base64Decode('')", "{}")).isEqualTo("\"\"");
    }

    @Test
    void base64_encodes_utf8_bytes_on_one_line() {
        assertThat(Evaluate.call("States.Base64Encode('é€😀')", "{}").textValue())
                .isEqualTo("w6nigqzwn5iA");
        assertThat(Evaluate.call("States.Base64Encode($.s)", "{\"s\": \"" + "x".repeat(100) + "\"}")
                        .textValue())
                .doesNotContain("\n")
                .hasSize(136);
    }

    @Test
    void base64_decodes_text_broken_into_mime_lines() {
        assertThat(Evaluate.call("States.Base64Decode($.s)", "{\"s\": \"RGF0YSB0\\r\\nbyBlbmNvZGU=\"}")
                        .textValue())
                .isEqualTo("Data to encode");
    }

    @Test
    void base64_decode_refuses_text_outside_the_alphabet() {
        StatesError error = Evaluate.failure("States.Base64Decode($.s)", "{\"s\": \"RGF0*\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 1 of States.Base64Decode is not valid Base64: the character '*' at index 4 is"
                        + " not in the Base64 alphabet");
        assertThat(Evaluate.failure("States.Base64Decode('abc')", "{}").detail())
                .endsWith("is not valid Base64: its length without line breaks is not a multiple of 4");
    }

    @ParameterizedTest(name = "{0} inputs are limited to 10,000 characters")
    @CsvSource(
            delimiter = '|',
            value = {"States.Base64Encode($.s)", "States.Base64Decode($.s)", "States.Hash($.s, 'MD5')"})
    void inputs_are_limited_to_10000_characters(String call) {
        String function = call.substring(0, call.indexOf('('));
        String atLimit = "{\"s\": \"" + "AAAA".repeat(2500) + "\"}";
        String pastLimit = "{\"s\": \"" + "AAAA".repeat(2500) + "A\"}";

        assertThat(Evaluate.call(call, atLimit).isTextual()).isTrue();
        StatesError error = Evaluate.failure(call, pastLimit);
        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 1 of " + function + " has 10001 characters, but at most 10000 are allowed");
    }

    /** Digests of "input data" computed independently (Python's hashlib). */
    @ParameterizedTest(name = "{0} of ''input data''")
    @CsvSource({
        "MD5, 812f45842bc6d66ee14572ce20db8e86",
        "SHA-1, aaff4a450a104cd177d28d18d74485e8cae074b7",
        "SHA-256, b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
        "SHA-384, d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
        "SHA-512, 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a5"
                + "33d30d425402d4f91316d871303aac4",
    })
    void hash_supports_the_documented_algorithms(String algorithm, String digest) {
        assertThat(Evaluate.call("States.Hash('input data', '" + algorithm + "')", "{}")
                        .textValue())
                .isEqualTo(digest);
    }

    @Test
    void hash_of_empty_text_is_the_empty_digest() {
        assertThat(Evaluate.call("States.Hash('', 'MD5')", "{}").textValue())
                .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void hash_refuses_an_algorithm_the_guide_does_not_list() {
        StatesError error = Evaluate.failure("States.Hash('x', $.a)", "{\"a\": \"SHA-224\"}");

        assertThat(error.error()).isEqualTo(ErrorNames.INTRINSIC_FAILURE);
        assertThat(error.detail())
                .endsWith("argument 2 of States.Hash names the hash algorithm 'SHA-224', but only MD5, SHA-1, SHA-256,"
                        + " SHA-384 and SHA-512 are supported");
        assertThat(Evaluate.failure("States.Hash('x', 'sha-1')", "{}").detail()).contains("'sha-1'");
    }
}
