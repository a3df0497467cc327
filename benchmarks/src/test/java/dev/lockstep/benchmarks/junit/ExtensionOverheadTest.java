package dev.lockstep.benchmarks.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs every variant to the end; the timing is for people, never asserted here. */
class ExtensionOverheadTest {

    @Test
    void every_variant_runs_all_its_tests_successfully_and_reports_only_when_on(@TempDir Path reports) {
        for (ExtensionOverhead.Variant variant : ExtensionOverhead.Variant.values()) {
            ExtensionOverhead.Figures figures = ExtensionOverhead.run(variant, reports.resolve(variant.name()));

            assertThat(figures.tests()).as(variant.name()).isEqualTo(ExtensionOverhead.TESTS);
            assertThat(figures.failures()).as(variant.name()).isZero();
            assertThat(figures.classMillis()).as(variant.name()).isPositive();
        }
        assertThat(reports.resolve("REPORTS_ON").resolve(TwoHundredTests.class.getName() + ".html"))
                .isRegularFile();
        assertThat(Files.exists(reports.resolve("REPORTS_OFF"))).isFalse();
    }
}
