package dev.lockstep.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import java.util.List;
import java.util.Map;

/**
 * An execution as a test left it, for reports and coverage: a snapshot, so later changes do not show.
 *
 * @param test the test's display name
 * @param stateMachine the state machine's name
 * @param definition the definition the execution ran, as a JSON tree
 * @param name the execution's name
 * @param status its status when the test ended
 * @param error its error, or null
 * @param cause its cause, or null
 * @param path the states entered, in order
 * @param history the history events
 * @param retries retries by Task state
 */
public record RecordedExecution(
        String test,
        String stateMachine,
        JsonNode definition,
        String name,
        ExecutionStatus status,
        String error,
        String cause,
        List<String> path,
        List<HistoryEvent> history,
        Map<String, Integer> retries) {

    public static RecordedExecution of(String test, Execution execution) {
        return new RecordedExecution(
                test,
                execution.stateMachine().name(),
                execution.definition().json(),
                execution.name(),
                execution.status(),
                execution.error(),
                execution.cause(),
                List.copyOf(execution.path()),
                List.copyOf(execution.history()),
                Map.copyOf(execution.retries()));
    }
}
