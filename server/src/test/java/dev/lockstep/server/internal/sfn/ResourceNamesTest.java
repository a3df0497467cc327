package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** API reference, CreateStateMachine and StartExecution, "name": the characters a name must not contain. */
class ResourceNamesTest {

    private static final String FORBIDDEN = " <>{}[]?*\"#%\\^|~`$&,;:/\t\n\u0000\u001f\u007f\u009f\ufffe\uffff";

    @Test
    void names_of_letters_digits_dashes_and_underscores_are_valid() {
        qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 80))
                .checkAssert(name -> assertThat(
                                ResourceNames.isValid(name.replace('q', '-').replace('x', '_')))
                        .isTrue());
    }

    @Test
    void one_forbidden_character_anywhere_makes_a_name_invalid() {
        qt().forAll(
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 30),
                        integers().between(0, FORBIDDEN.length() - 1))
                .checkAssert((name, index) -> {
                    String withForbidden = name.substring(0, name.length() / 2)
                            + FORBIDDEN.charAt(index)
                            + name.substring(name.length() / 2);
                    assertThat(ResourceNames.isValid(withForbidden))
                            .as(withForbidden)
                            .isFalse();
                });
    }

    @Test
    void an_unpaired_surrogate_is_invalid_and_a_paired_one_is_valid() {
        assertThat(ResourceNames.isValid("a\ud800b")).isFalse();
        assertThat(ResourceNames.isValid("a\udc00")).isFalse();
        assertThat(ResourceNames.isValid("smile\ud83d\ude00")).isTrue();
    }
}
