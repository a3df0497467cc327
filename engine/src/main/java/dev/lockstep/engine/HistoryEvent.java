package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One event of an execution's history, as GetExecutionHistory returns it. Events are immutable; values inside them
 * are kept as JSON trees and written as text only when asked ({@link #toJson()}).
 *
 * <pre>{@code
 * HistoryEvent event = execution.history().get(1);
 * event.type();       // PASS_STATE_ENTERED
 * event.stateName();  // "Greet"
 * event.input();      // {"who":"world"}
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class HistoryEvent {

    private final long id;
    private final long previousEventId;
    private final long timestampMillis;
    private final HistoryEventType type;
    private final String stateName;
    private final JsonNode input;
    private final String inputText;
    private final JsonNode parameters;
    private final JsonNode output;
    private final String error;
    private final String cause;
    private final ObjectNode extraDetails;
    private final Map<String, JsonNode> assignedVariables;

    private HistoryEvent(Builder builder) {
        this.id = builder.id;
        this.previousEventId = builder.previousEventId;
        this.timestampMillis = builder.timestampMillis;
        this.type = Objects.requireNonNull(builder.type, "type");
        this.stateName = builder.stateName;
        this.input = builder.input;
        this.inputText = builder.inputText;
        this.parameters = builder.parameters;
        this.output = builder.output;
        this.error = builder.error;
        this.cause = builder.cause;
        this.extraDetails = builder.extraDetails;
        this.assignedVariables = builder.assignedVariables;
    }

    /** A builder; the engine builds events, tests and tools may build expected ones. */
    public static Builder builder(HistoryEventType type) {
        return new Builder(type);
    }

    /** Sequential id, starting at 1. */
    public long id() {
        return id;
    }

    /** The id of the event this one follows from; 0 for the first event and the first state entered. */
    public long previousEventId() {
        return previousEventId;
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    public long timestampMillis() {
        return timestampMillis;
    }

    public HistoryEventType type() {
        return type;
    }

    /** The state's name for state events (entered, exited), otherwise {@code null}. */
    public String stateName() {
        return stateName;
    }

    /** The input this event carries (state entered, execution started, task scheduled ...), or {@code null}. */
    public JsonNode input() {
        return input;
    }

    /** The parameters a TaskScheduled event sent to the service, or {@code null}. */
    public JsonNode parameters() {
        return parameters;
    }

    /** The output this event carries (state exited, execution or task succeeded ...), or {@code null}. */
    public JsonNode output() {
        return output;
    }

    /** The error name of a failure event, or {@code null}. */
    public String error() {
        return error;
    }

    /** The cause of a failure event, or {@code null}. */
    public String cause() {
        return cause;
    }

    /** The variables a state assigned (StateExited events), by name; empty when none. */
    public Map<String, JsonNode> assignedVariables() {
        return assignedVariables;
    }

    /** The event's {@code *EventDetails} object as GetExecutionHistory writes it, or {@code null} if it has none. */
    public ObjectNode details() {
        return details(true);
    }

    /** The event as GetExecutionHistory returns it, execution data included. */
    public ObjectNode toJson() {
        return toJson(true);
    }

    /**
     * The event as GetExecutionHistory returns it.
     *
     * @param includeExecutionData false leaves inputs and outputs out, as {@code includeExecutionData=false} does
     */
    public ObjectNode toJson(boolean includeExecutionData) {
        ObjectNode json = Json.NODES.objectNode();
        json.set("timestamp", Json.NODES.numberNode(BigDecimal.valueOf(timestampMillis, 3)));
        json.put("type", type.awsName());
        json.put("id", id);
        json.put("previousEventId", previousEventId);
        ObjectNode details = details(includeExecutionData);
        if (details != null) {
            json.set(type.detailsKey(), details);
        }
        return json;
    }

    private ObjectNode details(boolean includeExecutionData) {
        String key = type.detailsKey();
        if (key == null) {
            return null;
        }
        ObjectNode details = Json.NODES.objectNode();
        if (parameters != null) {
            details.put("parameters", Json.compact(parameters));
        }
        if (extraDetails != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = extraDetails.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                details.set(field.getKey(), field.getValue());
            }
        }
        if (includeExecutionData && input != null) {
            details.put("input", inputText != null ? inputText : Json.compact(input));
            details.set("inputDetails", notTruncated());
        }
        if (includeExecutionData && output != null) {
            details.put("output", Json.compact(output));
            details.set("outputDetails", notTruncated());
        }
        if (key.equals("stateEnteredEventDetails") || key.equals("stateExitedEventDetails")) {
            details.put("name", stateName);
        }
        if (!assignedVariables.isEmpty()) {
            ObjectNode variables = details.putObject("assignedVariables");
            assignedVariables.forEach((name, value) -> variables.put(name, Json.compact(value)));
            details.set("assignedVariablesDetails", notTruncated());
        }
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
        return details;
    }

    private static ObjectNode notTruncated() {
        ObjectNode details = Json.NODES.objectNode();
        details.put("truncated", false);
        return details;
    }

    @Override
    public String toString() {
        return Json.compact(toJson());
    }

    /** Builds {@link HistoryEvent}s. */
    public static final class Builder {
        private long id;
        private long previousEventId;
        private long timestampMillis;
        private final HistoryEventType type;
        private String stateName;
        private JsonNode input;
        private String inputText;
        private JsonNode parameters;
        private JsonNode output;
        private String error;
        private String cause;
        private ObjectNode extraDetails;
        private Map<String, JsonNode> assignedVariables = Collections.emptyMap();

        private Builder(HistoryEventType type) {
            this.type = type;
        }

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder previousEventId(long value) {
            this.previousEventId = value;
            return this;
        }

        public Builder timestamp(Instant value) {
            this.timestampMillis = value.toEpochMilli();
            return this;
        }

        public Builder timestampMillis(long value) {
            this.timestampMillis = value;
            return this;
        }

        public Builder stateName(String value) {
            this.stateName = value;
            return this;
        }

        public Builder input(JsonNode value) {
            this.input = value;
            return this;
        }

        /** The input's text exactly as the caller wrote it (AWS keeps an execution's input text unchanged). */
        public Builder inputText(String value) {
            this.inputText = value;
            return this;
        }

        /**
         * The parameters a TaskScheduled event sent; its details carry them as JSON text, written only when the
         * details are asked for, before the {@linkplain #extraDetails extra details}.
         */
        public Builder parameters(JsonNode value) {
            this.parameters = value;
            return this;
        }

        public Builder output(JsonNode value) {
            this.output = value;
            return this;
        }

        public Builder error(String value) {
            this.error = value;
            return this;
        }

        public Builder cause(String value) {
            this.cause = value;
            return this;
        }

        /** Further detail fields, written before the common ones (e.g. {@code resourceType}, {@code resource}). */
        public Builder extraDetails(ObjectNode value) {
            this.extraDetails = value;
            return this;
        }

        public Builder assignedVariables(Map<String, JsonNode> value) {
            this.assignedVariables = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(value));
            return this;
        }

        public HistoryEvent build() {
            return new HistoryEvent(this);
        }
    }
}
