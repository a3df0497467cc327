package dev.lockstep.graphql.internal.datasource;

import java.time.Clock;
import java.util.Map;

/**
 * The resolver a data source call serves.
 *
 * @param context the resolver's {@code $ctx} (arguments, identity, source, request, info, prev, stash), which a Lambda
 *     receives when the template gives no payload
 * @param deadlineNanos when the request times out, in {@link System#nanoTime()} terms
 * @param clock the API's clock
 */
public record Invocation(Map<String, Object> context, long deadlineNanos, Clock clock) {

    /** Whether the deadline has passed. */
    public boolean expired() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** Time left before the deadline, at least one millisecond. */
    public java.time.Duration remaining() {
        long nanos = deadlineNanos - System.nanoTime();
        return java.time.Duration.ofNanos(Math.max(nanos, 1_000_000L));
    }
}
