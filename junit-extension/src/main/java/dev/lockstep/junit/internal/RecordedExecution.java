package dev.lockstep.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import java.util.List;

/**
 * An execution as a test left it, for reports and coverage: a snapshot, so later changes do not show.
 *
 * @param stateMachine the state machine's name
 * @param definition the definition the execution ran, as a JSON tree
 * @param name the execution's name
 * @param status its status when the test ended
 * @param error its error, or null
 * @param cause its cause, or null
 * @param path the states entered, in order
 * @param history the history events
 */
public record RecordedExecution(
        String stateMachine,
        JsonNode definition,
        String name,
        ExecutionStatus status,
        String error,
        String cause,
        List<String> path,
        List<HistoryEvent> history) {

    public static RecordedExecution of(Execution execution) {
        return new RecordedExecution(
                execution.stateMachine().name(),
                execution.definition().json(),
                execution.name(),
                execution.status(),
                execution.error(),
                execution.cause(),
                List.copyOf(execution.path()),
                List.copyOf(execution.history()));
    }
}
