package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Builds the context object {@code $$} (developer guide: "Accessing execution data from the Context object"). Field
 * order is AWS's: Execution {Id, Input, StartTime, Name, RoleArn, RedriveCount}, StateMachine {Id, Name}, State
 * {Name, EnteredTime, RetryCount (Task states only)}.
 */
final class ContextObject {

    private final ObjectNode execution;
    private final ObjectNode stateMachine;
    private long lastEnteredMillis = Long.MIN_VALUE;
    private String lastEnteredText;

    ContextObject(
            String executionArn,
            JsonNode input,
            long startMillis,
            String name,
            String roleArn,
            String machineArn,
            String machineName) {
        execution = Json.NODES.objectNode();
        execution.put("Id", executionArn);
        execution.set("Input", input);
        execution.put("StartTime", timestamp(startMillis));
        execution.put("Name", name);
        execution.put("RoleArn", roleArn);
        execution.put("RedriveCount", 0);
        stateMachine = Json.NODES.objectNode();
        stateMachine.put("Id", machineArn);
        stateMachine.put("Name", machineName);
    }

    /**
     * The context object for a state entered at {@code enteredMillis}; {@code retryCount} < 0 leaves it out (only Task
     * states have it), a null {@code taskToken} leaves {@code Task} out.
     */
    ObjectNode forState(String stateName, long enteredMillis, int retryCount, String taskToken) {
        ObjectNode context = Json.NODES.objectNode();
        context.set("Execution", execution);
        context.set("StateMachine", stateMachine);
        ObjectNode state = context.putObject("State");
        state.put("Name", stateName);
        if (enteredMillis != lastEnteredMillis) {
            // States of one chain are often entered at the same instant: format it once.
            lastEnteredMillis = enteredMillis;
            lastEnteredText = timestamp(enteredMillis);
        }
        state.put("EnteredTime", lastEnteredText);
        if (retryCount >= 0) {
            state.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        return context;
    }

    /**
     * ISO 8601 as Step Functions writes it: zero, three, six or nine fractional digits as needed, trailing zeros
     * dropped (developer guide, Context object: "Timestamp precision").
     */
    static String timestamp(long millis) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
    }
}
