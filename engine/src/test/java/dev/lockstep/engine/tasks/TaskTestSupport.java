package dev.lockstep.engine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for reading executions in task tests. */
final class TaskTestSupport {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private TaskTestSupport() {}

    static List<String> types(Execution execution) {
        return execution.history().stream().map(e -> e.type().awsName()).collect(Collectors.toList());
    }

    static List<HistoryEvent> events(Execution execution, String type) {
        return execution.history().stream()
                .filter(e -> e.type().awsName().equals(type))
                .collect(Collectors.toList());
    }

    static JsonNode details(HistoryEvent event) {
        return event.toJson().get(event.type().detailsKey());
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
