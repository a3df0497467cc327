package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.error.ErrorNames;
import java.util.List;

/**
 * Whether a Retry or Catch entry's ErrorEquals covers an error (developer guide: "Handling errors in Step Functions
 * workflows").
 *
 * <ul>
 *   <li>{@code States.ALL} matches every error but {@code States.Runtime}, which is never retried or caught. The guide
 *       also exempts {@code States.DataLimitExceeded}, but AWS was recorded catching a task's oversized result with
 *       {@code States.ALL} (see docs/conformance.md), so Lockstep does too.
 *   <li>{@code States.TaskFailed} matches every error except {@code States.Timeout} (and {@code States.Runtime}).
 *   <li>{@code States.HeartbeatTimeout} matches a heartbeat timeout, which AWS records as {@code States.Timeout}.
 * </ul>
 */
public final class ErrorMatcher {

    private ErrorMatcher() {}

    public static boolean matches(List<String> errorEquals, String error, boolean heartbeatTimeout) {
        if (ErrorNames.RUNTIME.equals(error)) {
            return false;
        }
        for (String name : errorEquals) {
            if (name.equals(error)
                    || name.equals(ErrorNames.ALL)
                    || (name.equals(ErrorNames.TASK_FAILED) && !ErrorNames.TIMEOUT.equals(error))
                    || (name.equals(ErrorNames.HEARTBEAT_TIMEOUT) && heartbeatTimeout)) {
                return true;
            }
        }
        return false;
    }
}
