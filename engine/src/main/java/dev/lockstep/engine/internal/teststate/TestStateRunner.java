package dev.lockstep.engine.internal.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.TestStateException;
import dev.lockstep.engine.TestStateRequest;
import dev.lockstep.engine.TestStateResult;
import dev.lockstep.engine.ValidationResult;
import dev.lockstep.engine.internal.execute.EngineCore;
import dev.lockstep.engine.internal.execute.StateProbe;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskResource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TestState: runs one state as an execution would, on a scratch engine, with its transitions cut after the state
 * ends, and reports what AWS's TestState reports (developer guide: "Testing state machines with TestState API"; the
 * statuses, inspection data and request errors below are AWS's recorded ones).
 */
public final class TestStateRunner {

    /** The name AWS gives a state tested on its own (recorded: the default context's State.Name). */
    static final String SINGLE_STATE_NAME = "StateName";

    private static final Set<String> CONTEXT_FIELDS = Set.of("Execution", "State", "StateMachine", "Task");
    private static final Map<String, Set<String>> CONTEXT_SUBFIELDS = Map.of(
            "Execution", Set.of("Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount", "RedriveTime"),
            "State", Set.of("EnteredTime", "Name", "RetryCount"),
            "StateMachine", Set.of("Id", "Name"),
            "Task", Set.of("Token"));

    private TestStateRunner() {}

    /**
     * Tests the state {@code request} names.
     *
     * @throws TestStateException with AWS's error name and message when AWS would refuse the request
     */
    public static TestStateResult run(EngineCore parent, TestStateRequest request) {
        JsonNode input = parseInput(request.input());
        String stateName;
        ObjectNode state;
        String machineLanguage = null;
        JsonNode root = parseDefinition(request.definition());
        if (request.stateName() == null) {
            if (!root.isObject() || !root.has("Type")) {
                throw invalidDefinition("SCHEMA_VALIDATION_FAILED: These fields are required: [Type] at /");
            }
            stateName = SINGLE_STATE_NAME;
            state = (ObjectNode) root;
        } else {
            ValidationResult valid = StateMachineDefinition.validate(request.definition());
            if (!valid.isValid()) {
                throw new TestStateException("InvalidDefinition", valid.awsMessage());
            }
            stateName = request.stateName();
            state = find(root, stateName);
            if (state == null) {
                throw validation("State not found in definition");
            }
            machineLanguage = root.path("QueryLanguage").asText(null);
        }
        String type = state.path("Type").asText("");
        JsonNode mockResult = checkRequest(request, type, state);
        StateMachineType machineType = expressAllows(state) ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
        StateMachineDefinition wrapper = wrap(stateName, state, machineLanguage, machineType);
        JsonNode context = parseContext(request);
        ObjectNode variables = parseVariables(request.variables());
        StateProbe probe = new StateProbe(request.retrierRetryCount());
        EngineCore.Config config = parent.config();
        EngineCore scratch = new EngineCore(new EngineCore.Config(
                config.region(),
                config.accountId(),
                config.seed(),
                parent.clock().now().toEpochMilli(),
                EngineClock.TimeMode.AUTO,
                List.of(),
                config.strictTasks(),
                null));
        try {
            answerTasks(scratch, parent, request, mockResult, stateName);
            StateMachine machine = scratch.deploy("TestState", wrapper, machineType, request.roleArn());
            Execution execution = scratch.startTestState(machine, input, probe, context, variables);
            return result(request, probe, execution, input, type, languageOf(state, machineLanguage));
        } finally {
            scratch.close();
        }
    }

    // ---- the request ----

    private static JsonNode parseInput(String text) {
        if (text == null) {
            return Json.NODES.objectNode();
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new TestStateException(
                    "InvalidExecutionInput", "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
        }
    }

    private static JsonNode parseDefinition(String text) {
        try {
            JsonNode parsed = Json.parse(text);
            if (parsed == null) {
                throw invalidDefinition("SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object at /");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw invalidDefinition("INVALID_JSON_DESCRIPTION: " + e.getOriginalMessage() + " at /");
        }
    }

    /** Checks the request as AWS does; returns the mocked result, parsed, or null when there is none. */
    private static JsonNode checkRequest(TestStateRequest request, String type, ObjectNode state) {
        if (type.equals("Map") || type.equals("Parallel")) {
            // Recorded for a Map without a mock; Lockstep does not run Map and Parallel states in any case.
            throw new TestStateException(
                    "InvalidDefinition",
                    "TestState API does not support Map or Parallel states. Supported state types include: [Task,"
                            + " Wait, Pass, Succeed, Fail, Choice]");
        }
        if (request.mockResult() != null && (request.mockError() != null || request.mockCause() != null)) {
            throw validation("A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (request.mocked() && !type.equals("Task")) {
            throw validation("State type '" + type + "' is not supported when a mock is specified");
        }
        JsonNode mockResult = null;
        if (request.mockResult() != null) {
            try {
                mockResult = Json.parse(request.mockResult());
            } catch (JsonProcessingException e) {
                throw validation("Mocked result must be valid JSON");
            }
        }
        if (request.context() != null && !request.mocked()) {
            throw validation("A context object can only be specified together with a mock");
        }
        if (type.equals("Task") && !request.mocked()) {
            if (request.roleArn() == null) {
                throw validation("RoleArn must be specified when testing a Task state");
            }
            TaskResource resource = resourceOf(state);
            if (resource != null
                    && (resource.kind() == TaskResource.Kind.ACTIVITY
                            || resource.pattern() != TaskResource.IntegrationPattern.REQUEST_RESPONSE)) {
                throw validation("A Task state with an activity or the .sync or .waitForTaskToken integration pattern"
                        + " can only be tested with a mock");
            }
        }
        return mockResult;
    }

    /** Express machines refuse activities, .sync and .waitForTaskToken; such states are tested on a Standard one. */
    private static boolean expressAllows(ObjectNode state) {
        TaskResource resource = resourceOf(state);
        return resource == null
                || (resource.kind() != TaskResource.Kind.ACTIVITY
                        && resource.pattern() == TaskResource.IntegrationPattern.REQUEST_RESPONSE);
    }

    private static TaskResource resourceOf(ObjectNode state) {
        JsonNode resource = state.get("Resource");
        if (resource == null || !resource.isTextual()) {
            return null;
        }
        try {
            return TaskResource.parse(resource.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Checks the context object as AWS does (the recorded "Invalid Context object provided: ..." messages). */
    private static JsonNode parseContext(TestStateRequest request) {
        if (request.context() == null) {
            return null;
        }
        JsonNode context;
        try {
            context = Json.parse(request.context());
        } catch (JsonProcessingException e) {
            throw validation("Invalid Context object provided: it is not JSON: " + e.getOriginalMessage());
        }
        if (context == null || !context.isObject()) {
            throw validation("Invalid Context object provided: it must be a JSON object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = context.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("Map")) {
                throw validation("Invalid Context object provided: 'Map' field is not supported when mocking a Context"
                        + " object");
            }
            if (!CONTEXT_FIELDS.contains(field.getKey())) {
                throw validation("Invalid Context object provided: Field '" + field.getKey() + "' is not allowed");
            }
            Iterator<String> names = field.getValue().fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!CONTEXT_SUBFIELDS.get(field.getKey()).contains(name)) {
                    throw validation("Invalid Context object provided: Field '" + name + "' is not allowed");
                }
            }
        }
        JsonNode id = context.path("Execution").get("Id");
        if (id != null && !id.isTextual()) {
            throw validation("Invalid Context object provided: Execution.Id must be a string");
        }
        return context;
    }

    private static ObjectNode parseVariables(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode variables = Json.parse(text);
            if (variables instanceof ObjectNode) {
                return (ObjectNode) variables;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw validation("Invalid variables provided: a JSON object of variable names and values is expected");
    }

    // ---- the run ----

    /**
     * A one-state machine: the state under test, and a Succeed state for every state it can go to, so that it
     * validates; the run stops when the tested state ends.
     */
    private static StateMachineDefinition wrap(
            String name, ObjectNode state, String machineLanguage, StateMachineType type) {
        ObjectNode machine = Json.NODES.objectNode();
        if (machineLanguage != null) {
            machine.put("QueryLanguage", machineLanguage);
        }
        machine.put("StartAt", name);
        ObjectNode states = machine.putObject("States");
        states.set(name, state);
        for (String target : targets(state)) {
            if (!target.equals(name)) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        try {
            return StateMachineDefinition.parse(Json.compact(machine), type);
        } catch (InvalidDefinitionException e) {
            throw new TestStateException("InvalidDefinition", e.getMessage());
        }
    }

    private static Set<String> targets(JsonNode state) {
        Set<String> targets = new LinkedHashSet<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        for (JsonNode rule : state.path("Choices")) {
            addText(targets, rule.get("Next"));
        }
        for (JsonNode catcher : state.path("Catch")) {
            addText(targets, catcher.get("Next"));
        }
        return targets;
    }

    private static void addText(Set<String> names, JsonNode value) {
        if (value != null && value.isTextual()) {
            names.add(value.textValue());
        }
    }

    /** The mock, or the parent engine's handlers, answer the tested Task. */
    private static void answerTasks(
            EngineCore scratch, EngineCore parent, TestStateRequest request, JsonNode mockResult, String stateName) {
        if (mockResult != null) {
            scratch.tasks().register(TaskMatcher.state(stateName), invocation -> TaskOutcome.respond(mockResult));
        } else if (request.mockError() != null || request.mockCause() != null) {
            scratch.tasks()
                    .register(
                            TaskMatcher.state(stateName),
                            invocation -> TaskOutcome.fail(request.mockError(), request.mockCause()));
        } else {
            scratch.tasks().register(TaskMatcher.any(), invocation -> {
                TaskHandler handler = parent.findHandler(invocation);
                return (handler != null ? handler : parent.defaultHandler()).handle(invocation);
            });
        }
    }

    // ---- the result ----

    private static TestStateResult result(
            TestStateRequest request,
            StateProbe probe,
            Execution execution,
            JsonNode input,
            String type,
            String language) {
        Text text = new Text(input, request.input());
        TestStateResult.Status status;
        String output = null;
        String nextState = null;
        switch (probe.ending()) {
            case EXITED:
                status = TestStateResult.Status.SUCCEEDED;
                output = text.of(probe.output());
                nextState = probe.nextState();
                break;
            case CAUGHT:
                status = TestStateResult.Status.CAUGHT_ERROR;
                output = text.of(probe.output());
                nextState = probe.nextState();
                break;
            case RETRIABLE:
                status = TestStateResult.Status.RETRIABLE;
                break;
            case FAILED:
                status = TestStateResult.Status.FAILED;
                break;
            default:
                status = TestStateResult.Status.FAILED;
                return new TestStateResult(
                        status,
                        null,
                        "States.Runtime",
                        "The state did not end: it waits for " + execution.waitingFor(),
                        null,
                        null,
                        Map.of());
        }
        Map<String, String> inspection = null;
        Map<String, Long> errorDetails = new LinkedHashMap<>();
        if (request.inspectionLevel() != TestStateRequest.InspectionLevel.INFO) {
            inspection = inspection(probe, text, type, language, request.variables() != null);
            if (probe.catchIndex() != null) {
                errorDetails.put("catchIndex", (long) probe.catchIndex());
            }
            if (probe.retryIndex() != null) {
                errorDetails.put("retryIndex", (long) probe.retryIndex());
            }
            if (probe.retryBackoffSeconds() != null) {
                errorDetails.put("retryBackoffIntervalSeconds", probe.retryBackoffSeconds());
            }
        }
        return new TestStateResult(
                status, output, probe.error(), probe.cause(), nextState, inspection, Map.copyOf(errorDetails));
    }

    /** The inspection data AWS shows for the state's type and query language (recorded per type at DEBUG). */
    private static Map<String, String> inspection(
            StateProbe probe, Text text, String type, String language, boolean variablesGiven) {
        Map<String, JsonNode> seen = probe.inspection();
        List<String> fields;
        boolean jsonata = "JSONata".equals(language);
        boolean passWithResult = type.equals("Pass") && !seen.containsKey("afterParameters");
        if (jsonata) {
            fields = type.equals("Task") ? List.of("afterArguments", "result") : List.of();
        } else if (type.equals("Task")) {
            fields = List.of("afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath");
        } else if (passWithResult) {
            fields = List.of("result", "afterResultSelector", "afterResultPath");
        } else if (type.equals("Pass")) {
            fields = List.of("afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath");
        } else {
            fields = List.of("afterInputPath");
        }
        Map<String, String> inspection = new LinkedHashMap<>();
        inspection.put("input", text.of(text.input));
        for (String field : fields) {
            JsonNode value = seen.get(field);
            if (value != null) {
                inspection.put(field, text.of(value));
            }
        }
        JsonNode variables = probe.variables();
        if (variables != null && (variablesGiven || variables.size() > 0)) {
            inspection.put("variables", Json.compact(variables));
        }
        return inspection;
    }

    /** JSON text as TestState writes it: a value the state did not change keeps the caller's text. */
    private static final class Text {
        final JsonNode input;
        final String original;

        Text(JsonNode input, String original) {
            this.input = input;
            this.original = original;
        }

        String of(JsonNode value) {
            if (value == null) {
                return null;
            }
            return value == input && original != null ? original : Json.compact(value);
        }
    }

    // ---- helpers ----

    private static String languageOf(ObjectNode state, String machineLanguage) {
        JsonNode own = state.get("QueryLanguage");
        return own != null && own.isTextual() ? own.textValue() : machineLanguage;
    }

    /** A state anywhere in a definition: top level, Parallel branches, Map item processors. */
    private static ObjectNode find(JsonNode scope, String name) {
        JsonNode states = scope.path("States");
        JsonNode direct = states.get(name);
        if (direct instanceof ObjectNode) {
            return (ObjectNode) direct;
        }
        Iterator<JsonNode> all = states.elements();
        while (all.hasNext()) {
            JsonNode state = all.next();
            for (JsonNode branch : state.path("Branches")) {
                ObjectNode found = find(branch, name);
                if (found != null) {
                    return found;
                }
            }
            for (String processor : List.of("ItemProcessor", "Iterator")) {
                if (state.has(processor)) {
                    ObjectNode found = find(state.get(processor), name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static TestStateException validation(String message) {
        return new TestStateException("ValidationException", message);
    }

    private static TestStateException invalidDefinition(String detail) {
        return new TestStateException("InvalidDefinition", "Invalid State Machine Definition: '" + detail + "'");
    }
}
