package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An engine's clock. Virtual by default: Wait states, retry backoffs and timeouts pass without wall time, and
 * history timestamps move as if they had. Safe to use from any thread.
 *
 * <pre>{@code
 * engine.clock().advance(Duration.ofHours(1)); // fires every timer due in the next hour, in order
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface EngineClock {

    /** The engine's current time. */
    Instant now();

    /** Moves time forward by {@code duration}, running everything that falls due on the way, in order. */
    void advance(Duration duration);

    /** Moves time forward to {@code instant} (no-op if it has passed), running everything that falls due. */
    void advanceTo(Instant instant);

    /** The time the next timer fires (a Wait ending, a retry, a timeout), or {@code null} when none is pending. */
    Instant nextTimer();

    /** How the clock moves. */
    TimeMode mode();

    /**
     * How an engine's clock moves.
     *
     * @since 0.1.0
     */
    enum TimeMode {
        /**
         * Virtual time that jumps to the next timer whenever nothing else can run and nothing waits on the outside world
         * (a task token handed out, an activity worker, real I/O). The default.
         */
        AUTO,
        /** Virtual time that moves only through {@link #advance} and {@link #advanceTo}. */
        MANUAL,
        /** The wall clock: waits take real time. For tasks that call real services. */
        REAL
    }
}
