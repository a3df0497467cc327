package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What TestState found, as its API returns it: values are JSON text, exactly as AWS writes them (a value the state
 * did not change keeps the caller's text).
 *
 * @param status how the state ended
 * @param output the state's output (SUCCEEDED, CAUGHT_ERROR), or null
 * @param error the error (FAILED, RETRIABLE, CAUGHT_ERROR), or null
 * @param cause the error's cause, or null
 * @param nextState where the state goes next, or null (End, Succeed, or an error not caught)
 * @param inspectionData the data flow at DEBUG and TRACE, by field name (input, afterInputPath, afterParameters,
 *     afterArguments, result, afterResultSelector, afterResultPath, variables), in AWS's order; null at INFO
 * @param errorDetails {@code catchIndex}, {@code retryIndex} and {@code retryBackoffIntervalSeconds} of a handled
 *     error at DEBUG and TRACE; empty when none
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TestStateResult(
        Status status,
        String output,
        String error,
        String cause,
        String nextState,
        Map<String, String> inspectionData,
        Map<String, Long> errorDetails) {

    /** TestState's statuses (API reference: TestState). */
    public enum Status {
        SUCCEEDED,
        FAILED,
        RETRIABLE,
        CAUGHT_ERROR
    }
}
