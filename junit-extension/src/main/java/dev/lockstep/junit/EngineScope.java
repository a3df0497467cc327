package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How long one engine lives in a test class.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EngineScope {
    /**
     * A new engine for each test: its own clock from the initial time, its own executions and mocks. Tests cannot see
     * each other, so they may run in parallel. The default.
     */
    PER_TEST,
    /**
     * One engine for the whole class, started before the first test; mocks registered in a test are removed after it.
     * Executions, the clock and the in-process server stay between tests. Use it for many tests that share an {@code
     * SfnClient}; do not run such a class's tests in parallel.
     */
    PER_CLASS
}
