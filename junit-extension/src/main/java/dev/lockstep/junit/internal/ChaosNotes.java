package dev.lockstep.junit.internal;

import dev.lockstep.fixtures.Chaos;
import java.util.function.Supplier;

/**
 * What a failed test prints about its chaos run. Kept apart so that only tests that use chaos load lockstep-fixtures,
 * an optional dependency.
 */
final class ChaosNotes {

    private ChaosNotes() {}

    /** The chaos's seed, its replay instruction and the faults it injected, as they are when the test fails. */
    static Supplier<String> of(Chaos chaos) {
        return chaos::describe;
    }
}
