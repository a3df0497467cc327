package dev.lockstep.graphql.internal.datasource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.InvalidNameException;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.graphql.internal.json.Values;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An HTTP data source signed for {@code states}, as AppSync's tutorial calls Step Functions: the request template
 * POSTs the Step Functions JSON API ({@code x-amz-target: AWSStepFunctions.StartExecution}, a body with
 * {@code stateMachineArn} and {@code input}) and {@code $ctx.result} is the HTTP answer, {@code {statusCode, headers,
 * body}}, whose body is the API's JSON text. Here the calls run on a Lockstep engine in the same JVM.
 */
public final class StepFunctionsInvoker implements DataSourceInvoker {

    private static final String ERROR_PREFIX = "com.amazonaws.swf.service.v2.model#";

    /** Synchronous Express executions run at most five minutes (developer guide: "Step Functions service quotas"). */
    private static final Duration SYNC_LIMIT = Duration.ofMinutes(5);

    private final Engine engine;

    public StepFunctionsInvoker(Engine engine) {
        this.engine = engine;
    }

    @Override
    public DataSourceResult invoke(Map<String, Object> request, Invocation invocation) {
        HttpInvoker.HttpCall call = HttpInvoker.HttpCall.from(request);
        if (!"POST".equals(call.method())) {
            return answer(400, error("UnknownOperationException", "Step Functions accepts only POST requests."));
        }
        String target = call.header("x-amz-target");
        if (target == null) {
            return answer(400, error("MissingAction", "The request is missing the X-Amz-Target header."));
        }
        JsonNode body;
        try {
            body = call.body() == null ? Values.NODES.objectNode() : Values.parse(call.body());
        } catch (JsonProcessingException e) {
            return answer(400, error("SerializationException", "The request body is not valid JSON."));
        }
        if (body == null || !body.isObject()) {
            return answer(400, error("SerializationException", "The request body must be a JSON object."));
        }
        String operation = target.startsWith("AWSStepFunctions.") ? target.substring("AWSStepFunctions.".length()) : "";
        return switch (operation) {
            case "StartExecution" -> start(body, false, invocation);
            case "StartSyncExecution" -> start(body, true, invocation);
            case "DescribeExecution" -> describe(body);
            case "StopExecution" -> stop(body);
            default ->
                answer(
                        400,
                        error(
                                "UnknownOperationException",
                                "Lockstep's Step Functions data source supports StartExecution, StartSyncExecution,"
                                        + " DescribeExecution and StopExecution; found " + target + "."));
        };
    }

    private DataSourceResult start(JsonNode body, boolean sync, Invocation invocation) {
        String arn = body.path("stateMachineArn").asText(null);
        if (arn == null) {
            return answer(
                    400,
                    error(
                            "ValidationException",
                            "1 validation error detected: Value null at"
                                    + " 'stateMachineArn' failed to satisfy constraint: Member must not be null"));
        }
        Optional<StateMachine> found = engine.stateMachine(arn.substring(arn.lastIndexOf(':') + 1))
                .filter(machine -> machine.arn().equals(arn));
        if (found.isEmpty()) {
            return answer(400, error("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'"));
        }
        StateMachine machine = found.get();
        if (sync && machine.type() != StateMachineType.EXPRESS) {
            return answer(
                    400,
                    error(
                            "StateMachineTypeNotSupported",
                            "This operation is not supported by this type of state machine"));
        }
        JsonNode inputNode = body.path("input");
        String input = inputNode.isMissingNode() || inputNode.isNull()
                ? "{}"
                : inputNode.isTextual() ? inputNode.textValue() : Values.write(inputNode);
        ExecutionRequest executionRequest = ExecutionRequest.withInput(input);
        if (body.path("name").isTextual()) {
            executionRequest = executionRequest.named(body.get("name").textValue());
        }
        Execution execution;
        try {
            execution = machine.start(executionRequest);
        } catch (InvalidExecutionInputException e) {
            return answer(400, error("InvalidExecutionInput", e.getMessage()));
        } catch (InvalidNameException e) {
            return answer(400, error("InvalidName", e.getMessage()));
        } catch (AlreadyExistsException e) {
            return answer(400, error("ExecutionAlreadyExists", e.getMessage()));
        }
        if (!sync) {
            ObjectNode result = Values.NODES.objectNode();
            result.put("executionArn", execution.arn());
            result.set("startDate", epochSeconds(execution.startTime()));
            return answer(200, result);
        }
        return answer(200, syncResult(awaitEnd(execution, invocation)));
    }

    /**
     * Waits for a synchronous execution to end: at once in the engine's automatic virtual time; otherwise (a manual or
     * real clock, a task token or activity to answer) in real time, until the request's deadline or the five minutes
     * a synchronous Express execution may run, whichever comes first. One still running then is stopped.
     */
    private Execution awaitEnd(Execution execution, Invocation invocation) {
        if (engine.clock().mode() == EngineClock.TimeMode.AUTO) {
            try {
                return execution.awaitCompletion();
            } catch (IllegalStateException waitsForOutside) {
                // a task token or an activity: wait for it in real time below
            }
        }
        long syncDeadline = System.nanoTime() + SYNC_LIMIT.toNanos();
        while (!execution.status().isTerminal() && !invocation.expired() && syncDeadline - System.nanoTime() > 0) {
            Duration syncLeft = Duration.ofNanos(syncDeadline - System.nanoTime());
            Duration left = invocation.remaining();
            execution.awaitCompletion(left.compareTo(syncLeft) < 0 ? left : syncLeft);
        }
        if (!execution.status().isTerminal()) {
            execution.stop("States.Timeout", "The synchronous execution did not end in time.");
        }
        return execution;
    }

    /**
     * StartSyncExecution's answer (API reference: StartSyncExecution): status SUCCEEDED, FAILED or TIMED_OUT (an
     * execution stopped for running too long), the output only when it succeeded, and the billing details.
     */
    private ObjectNode syncResult(Execution execution) {
        ExecutionStatus status = execution.status();
        Instant stop = execution.stopTime() != null
                ? execution.stopTime()
                : engine.clock().now();
        ObjectNode result = Values.NODES.objectNode();
        result.put("executionArn", execution.arn());
        result.put("stateMachineArn", execution.stateMachine().arn());
        result.put("name", execution.name());
        result.set("startDate", epochSeconds(execution.startTime()));
        result.set("stopDate", epochSeconds(stop));
        result.put(
                "status",
                status == ExecutionStatus.SUCCEEDED || status == ExecutionStatus.FAILED ? status.name() : "TIMED_OUT");
        putData(result, execution);
        result.set("billingDetails", billing(execution.startTime(), stop));
        return result;
    }

    /**
     * Express workflows are billed in 100 ms steps with at least 100 ms, at 64 MB steps of memory (AWS Step Functions
     * pricing), here measured in the engine's time.
     */
    private static ObjectNode billing(Instant start, Instant stop) {
        long millis = Math.max(0, Duration.between(start, stop).toMillis());
        ObjectNode billing = Values.NODES.objectNode();
        billing.put("billedDurationInMilliseconds", Math.max(100, ((millis + 99) / 100) * 100));
        billing.put("billedMemoryUsedInMB", 64);
        return billing;
    }

    private DataSourceResult describe(JsonNode body) {
        String arn = body.path("executionArn").asText("");
        Optional<Execution> execution = engine.execution(arn);
        if (execution.isEmpty()) {
            return answer(400, error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
        }
        return answer(200, describeNode(execution.get()));
    }

    private DataSourceResult stop(JsonNode body) {
        String arn = body.path("executionArn").asText("");
        Optional<Execution> execution = engine.execution(arn);
        if (execution.isEmpty()) {
            return answer(400, error("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
        }
        execution.get().stop(body.path("error").asText(null), body.path("cause").asText(null));
        ObjectNode result = Values.NODES.objectNode();
        Instant stopped = execution.get().stopTime();
        result.set(
                "stopDate",
                epochSeconds(stopped != null ? stopped : engine.clock().now()));
        return answer(200, result);
    }

    private static ObjectNode describeNode(Execution execution) {
        ObjectNode result = Values.NODES.objectNode();
        result.put("executionArn", execution.arn());
        result.put("stateMachineArn", execution.stateMachine().arn());
        result.put("name", execution.name());
        result.put("status", execution.status().name());
        result.set("startDate", epochSeconds(execution.startTime()));
        if (execution.stopTime() != null) {
            result.set("stopDate", epochSeconds(execution.stopTime()));
        }
        putData(result, execution);
        return result;
    }

    /** The input, the output of a succeeded execution, and the error and cause of one that did not succeed. */
    private static void putData(ObjectNode result, Execution execution) {
        result.put("input", Values.write(execution.input()));
        result.putObject("inputDetails").put("included", true);
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            result.put("output", Values.write(execution.output()));
            result.putObject("outputDetails").put("included", true);
        }
        if (execution.error() != null) {
            result.put("error", execution.error());
        }
        if (execution.cause() != null) {
            result.put("cause", execution.cause());
        }
    }

    /** The JSON protocol's timestamps: epoch seconds with a fraction, e.g. {@code 1.709251200123E9}. */
    private static JsonNode epochSeconds(Instant instant) {
        return Values.NODES.numberNode(
                BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).doubleValue());
    }

    private static ObjectNode error(String type, String message) {
        ObjectNode error = Values.NODES.objectNode();
        error.put("__type", ERROR_PREFIX + type);
        error.put("message", message);
        return error;
    }

    private static DataSourceResult answer(int status, JsonNode body) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
        return DataSourceResult.of(HttpInvoker.HttpCall.result(status, headers, Values.write(body)));
    }
}
