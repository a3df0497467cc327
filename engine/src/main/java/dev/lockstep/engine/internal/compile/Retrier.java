package dev.lockstep.engine.internal.compile;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A compiled Retry entry with AWS's defaults: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0, no MaxDelaySeconds,
 * JitterStrategy NONE (developer guide: "Handling errors in Step Functions workflows", Retrying after an error).
 */
public final class Retrier {

    private final List<String> errorEquals;
    private final double intervalSeconds;
    private final int maxAttempts;
    private final double backoffRate;
    private final long maxDelaySeconds;
    private final boolean fullJitter;

    Retrier(
            List<String> errorEquals,
            double intervalSeconds,
            int maxAttempts,
            double backoffRate,
            long maxDelaySeconds,
            boolean fullJitter) {
        this.errorEquals = List.copyOf(errorEquals);
        this.intervalSeconds = intervalSeconds;
        this.maxAttempts = maxAttempts;
        this.backoffRate = backoffRate;
        this.maxDelaySeconds = maxDelaySeconds;
        this.fullJitter = fullJitter;
    }

    public List<String> errorEquals() {
        return errorEquals;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The backoff after {@code retriesMade} retries, in whole seconds, without jitter: IntervalSeconds ×
     * BackoffRate^retriesMade, capped by MaxDelaySeconds. TestState reports this (recorded from AWS: interval 1,
     * rate 2.0, 4 retries made gives 16).
     */
    public long backoffSeconds(int retriesMade) {
        double seconds = intervalSeconds * Math.pow(backoffRate, retriesMade);
        if (maxDelaySeconds > 0) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        return Math.round(seconds);
    }

    /**
     * The wait before retry {@code n} (1 for the first retry) in milliseconds: IntervalSeconds × BackoffRate^(n-1),
     * capped by MaxDelaySeconds; with FULL jitter, a value drawn uniformly between 0 and that.
     */
    public long delayMillis(int n, RandomGenerator random) {
        double seconds = intervalSeconds * Math.pow(backoffRate, n - 1);
        if (maxDelaySeconds > 0) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        long millis = (long) Math.min(Long.MAX_VALUE / 2, Math.round(seconds * 1000));
        return fullJitter ? random.nextLong(millis + 1) : millis;
    }
}
