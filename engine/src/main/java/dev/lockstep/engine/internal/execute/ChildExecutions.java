package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.InvalidNameException;
import dev.lockstep.engine.internal.error.ErrorNames;
import dev.lockstep.engine.internal.functions.Uuids;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.TaskResource;
import java.util.TreeMap;

/**
 * {@code arn:aws:states:::states:startExecution} without a mock: the child execution runs in the same engine. With
 * {@code .sync} the parent waits for it and sees it as DescribeExecution shows it (input and output as JSON text;
 * {@code .sync:2} gives them as JSON), recorded from AWS; a child that does not succeed fails the task with
 * {@code States.TaskFailed} (developer guide: "Start a new AWS Step Functions state machine execution").
 */
final class ChildExecutions {

    private ChildExecutions() {}

    static void start(TaskRun taskRun, TaskRun.Attempt attempt) {
        ExecutionRun parent = taskRun.run();
        EngineCore engine = parent.engine();
        JsonNode parameters = attempt.parameters;
        String machineArn = parameters.path("StateMachineArn").asText("");
        DeployedMachine machine = engine.machineByArn(machineArn);
        String requestId = Uuids.randomV4(parent.random());
        if (machine == null) {
            taskRun.fail(
                    attempt,
                    "StepFunctions.StateMachineDoesNotExistException",
                    "State Machine Does Not Exist: '" + machineArn + "' (Service: AWSStepFunctions; Status Code: 400;"
                            + " Error Code: StateMachineDoesNotExist; Request ID: " + requestId + "; Proxy: null)",
                    false);
            return;
        }
        JsonNode input;
        try {
            input = input(parameters.get("Input"));
        } catch (JsonProcessingException e) {
            taskRun.fail(
                    attempt,
                    "StepFunctions.InvalidExecutionInputException",
                    "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'",
                    false);
            return;
        }
        String name = parameters.hasNonNull("Name") ? parameters.get("Name").asText() : null;
        ExecutionRun child;
        try {
            child = engine.startInside(machine, input, name);
        } catch (AlreadyExistsException e) {
            taskRun.fail(attempt, "StepFunctions.ExecutionAlreadyExistsException", e.getMessage(), false);
            return;
        } catch (InvalidNameException e) {
            taskRun.fail(attempt, "StepFunctions.InvalidNameException", e.getMessage(), false);
            return;
        }
        ObjectNode started = Json.NODES.objectNode();
        started.put("ExecutionArn", child.arn());
        started.put("StartDate", child.startTime().toEpochMilli());
        JsonNode response = taskRun.responses()
                .result(
                        TaskResource.parse("arn:aws:states:::states:startExecution"),
                        new dev.lockstep.engine.spi.TaskOutcome.Success(started, false),
                        parameters);
        TaskResource.IntegrationPattern pattern = taskRun.task().resource().pattern();
        if (pattern == TaskResource.IntegrationPattern.REQUEST_RESPONSE) {
            taskRun.succeed(attempt, response);
            return;
        }
        taskRun.record(HistoryEvent.builder(HistoryEventType.TASK_SUBMITTED)
                .extraDetails(taskRun.resourceDetails())
                .output(response));
        boolean jsonValues = pattern == TaskResource.IntegrationPattern.RUN_JOB_V2;
        child.onFinish(() -> {
            ObjectNode description = describe(child, jsonValues);
            if (child.status() == ExecutionStatus.SUCCEEDED) {
                taskRun.callbackSucceeded(attempt, description);
            } else {
                taskRun.callbackFailed(attempt, ErrorNames.TASK_FAILED, Json.compact(description));
            }
        });
    }

    private static JsonNode input(JsonNode given) throws JsonProcessingException {
        if (given == null || given.isNull()) {
            return Json.NODES.objectNode();
        }
        return given.isTextual() ? Json.parse(given.textValue()) : given;
    }

    /** The child as DescribeExecution shows it, keys in AWS's alphabetical order. */
    private static ObjectNode describe(ExecutionRun child, boolean jsonValues) {
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        fields.put("ExecutionArn", Json.NODES.textNode(child.arn()));
        fields.put("Input", jsonValues ? child.input() : Json.NODES.textNode(Json.compact(child.input())));
        fields.put("InputDetails", included());
        fields.put("Name", Json.NODES.textNode(child.name()));
        if (child.output() != null) {
            fields.put("Output", jsonValues ? child.output() : Json.NODES.textNode(Json.compact(child.output())));
            fields.put("OutputDetails", included());
        }
        if (child.error() != null) {
            fields.put("Error", Json.NODES.textNode(child.error()));
        }
        if (child.cause() != null) {
            fields.put("Cause", Json.NODES.textNode(child.cause()));
        }
        fields.put("RedriveCount", Json.NODES.numberNode(0));
        fields.put(
                "RedriveStatus",
                Json.NODES.textNode(child.status() == ExecutionStatus.SUCCEEDED ? "NOT_REDRIVABLE" : "REDRIVABLE"));
        fields.put("StartDate", Json.NODES.numberNode(child.startTime().toEpochMilli()));
        fields.put("StateMachineArn", Json.NODES.textNode(child.stateMachine().arn()));
        fields.put("Status", Json.NODES.textNode(child.status().name()));
        fields.put("StopDate", Json.NODES.numberNode(child.stopTime().toEpochMilli()));
        ObjectNode description = Json.NODES.objectNode();
        fields.forEach(description::set);
        return description;
    }

    private static ObjectNode included() {
        ObjectNode details = Json.NODES.objectNode();
        details.put("Included", true);
        return details;
    }
}
