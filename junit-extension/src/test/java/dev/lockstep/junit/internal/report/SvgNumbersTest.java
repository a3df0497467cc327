package dev.lockstep.junit.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The drawing writes its coordinates (never negative: the layout has a margin) by hand, as String.format did. */
class SvgNumbersTest {

    @Test
    void tenths_and_whole_numbers_read_as_the_format_patterns_did() {
        qt().withExamples(2000).forAll(integers().between(0, 2_000_000)).checkAssert(hundredths -> {
            double value = hundredths / 100.0 + 0.001;
            assertThat(SvgRenderer.tenths(new StringBuilder(), value).toString())
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", value));
            assertThat(SvgRenderer.whole(new StringBuilder(), value).toString())
                    .isEqualTo(String.format(Locale.ROOT, "%.0f", value));
        });
    }
}
