package dev.lockstep.engine.internal.execute;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.lockstep.engine.InvalidNameException;
import org.junit.jupiter.api.Test;

/** API reference, CreateStateMachine and StartExecution, "name": the characters a name must not contain. */
class NamesTest {

    private static final String FORBIDDEN =
            " <>{}[]?*\"#%\\^|~`$&,;:/\t\n\u0000\u001f\u007f\u009f\ufffe\uffff\u00a0\u2007\u202f\u3000";

    @Test
    void names_of_letters_digits_dashes_and_underscores_are_valid() {
        qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 80))
                .checkAssert(name -> assertThatCode(
                                () -> Names.check(name.replace('q', '-').replace('x', '_'), "state machine"))
                        .doesNotThrowAnyException());
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
                    assertThatThrownBy(() -> Names.check(withForbidden, "execution"))
                            .as(withForbidden)
                            .isInstanceOf(InvalidNameException.class);
                });
    }

    @Test
    void an_unpaired_surrogate_is_invalid_and_a_paired_one_is_valid() {
        assertThatThrownBy(() -> Names.check("a\ud800b", "activity")).isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> Names.check("a\udc00", "activity")).isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> Names.check("max" + new String(Character.toChars(0x10FFFF)), "activity"))
                .isInstanceOf(InvalidNameException.class);
        assertThatCode(() -> Names.check("smile\ud83d\ude00", "activity")).doesNotThrowAnyException();
    }
}
