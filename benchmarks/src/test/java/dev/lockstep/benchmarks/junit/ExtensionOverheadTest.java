package dev.lockstep.benchmarks.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The harness runs both classes to the end; the timing is for people, never asserted here. */
class ExtensionOverheadTest {

    @Test
    void both_classes_run_all_their_tests_successfully() {
        ExtensionOverhead.Figures with = ExtensionOverhead.run(TwoHundredTests.class);
        ExtensionOverhead.Figures without = ExtensionOverhead.run(PlainTwoHundredTests.class);

        assertThat(with.tests()).isEqualTo(ExtensionOverhead.TESTS);
        assertThat(with.failures()).isZero();
        assertThat(without.tests()).isEqualTo(ExtensionOverhead.TESTS);
        assertThat(without.failures()).isZero();
        assertThat(with.firstMillis()).isPositive();
        assertThat(with.averageMillis()).isPositive();
    }
}
