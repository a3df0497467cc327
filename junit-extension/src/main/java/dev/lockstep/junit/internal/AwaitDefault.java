package dev.lockstep.junit.internal;

import java.time.Duration;

/**
 * How long assertions on the test's thread wait for a running execution: the test's {@code awaitSeconds}, set for
 * the duration of each test. A thread-local because {@code assertThat(execution)} is a static call that cannot reach
 * the extension's store; other threads use the default.
 */
public final class AwaitDefault {

    /** Without a test on this thread: ten seconds. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    private static final ThreadLocal<Duration> CURRENT = new ThreadLocal<>();

    private AwaitDefault() {}

    public static Duration current() {
        Duration value = CURRENT.get();
        return value != null ? value : DEFAULT;
    }

    static void set(Duration value) {
        CURRENT.set(value);
    }

    static void clear() {
        CURRENT.remove();
    }
}
