package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Watches one state as TestState tests it: the values of its data flow, and how it ends. The state runs as it would in
 * an execution, except that the strand stops when the state ends (TestState tests one state) and a retry is reported
 * rather than waited for.
 */
public final class StateProbe {

    /** How the probed state ended. */
    public enum Ending {
        RUNNING,
        EXITED,
        FAILED,
        RETRIABLE,
        CAUGHT
    }

    private final int retrierRetryCount;
    private final Map<String, JsonNode> inspection = new LinkedHashMap<>();
    private Ending ending = Ending.RUNNING;
    private JsonNode output;
    private String nextState;
    private String error;
    private String cause;
    private Integer catchIndex;
    private Integer retryIndex;
    private Long retryBackoffSeconds;
    private JsonNode variables;

    /** @param retrierRetryCount the retries already made, as TestState's stateConfiguration gives them */
    public StateProbe(int retrierRetryCount) {
        this.retrierRetryCount = retrierRetryCount;
    }

    public int retrierRetryCount() {
        return retrierRetryCount;
    }

    void inspect(String field, JsonNode value) {
        inspection.put(field, value);
    }

    void exited(JsonNode value, String next) {
        if (ending != Ending.CAUGHT) {
            ending = Ending.EXITED;
        }
        output = value;
        nextState = next;
    }

    void variables(JsonNode values) {
        variables = values;
    }

    /** The variables after the state, when it exited; null otherwise. */
    public JsonNode variables() {
        return variables;
    }

    void failed(String failedError, String failedCause) {
        ending = Ending.FAILED;
        error = failedError;
        cause = failedCause;
    }

    void retriable(String failedError, String failedCause, int index, long backoffSeconds) {
        ending = Ending.RETRIABLE;
        error = failedError;
        cause = failedCause;
        retryIndex = index;
        retryBackoffSeconds = backoffSeconds;
    }

    /** Retries were spent: the retrier is named, without a backoff (recorded from AWS). */
    void retriesSpent(int index) {
        retryIndex = index;
    }

    void caught(String caughtError, String caughtCause, int index) {
        ending = Ending.CAUGHT;
        error = caughtError;
        cause = caughtCause;
        catchIndex = index;
    }

    public Ending ending() {
        return ending;
    }

    /** The values of the state's data flow by TestState's names (afterInputPath, afterParameters, result ...). */
    public Map<String, JsonNode> inspection() {
        return inspection;
    }

    public JsonNode output() {
        return output;
    }

    public String nextState() {
        return nextState;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    public Integer catchIndex() {
        return catchIndex;
    }

    public Integer retryIndex() {
        return retryIndex;
    }

    public Long retryBackoffSeconds() {
        return retryBackoffSeconds;
    }
}
