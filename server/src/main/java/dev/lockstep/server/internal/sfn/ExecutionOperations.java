package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.InvalidNameException;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution and GetExecutionHistory (API
 * reference of each; constraints from the API model; responses as recorded from AWS in LocalStack's snapshots).
 */
final class ExecutionOperations {

    /** AWS's payload limit for an execution input: 262,144 characters (API reference: StartExecution, "input"). */
    static final int MAX_INPUT = 262_144;

    static final List<String> STATUS_FILTER =
            List.of("SUCCEEDED", "TIMED_OUT", "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING");
    static final List<String> REDRIVE_FILTER = List.of("REDRIVEN", "NOT_REDRIVEN");

    /** Synchronous Express executions run at most five minutes (developer guide: "Step Functions service quotas"). */
    static final Duration SYNC_LIMIT = Duration.ofMinutes(5);

    private final Catalog catalog;

    ExecutionOperations(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(SfnApi api) {
        api.register("StartExecution", this::start);
        api.register("StartSyncExecution", this::startSync);
        api.register("DescribeExecution", this::describe);
        api.register("ListExecutions", this::list);
        api.register("StopExecution", this::stop);
        api.register("GetExecutionHistory", this::history);
    }

    /** What a start request asks for, checked (the input is parsed by the engine when it starts the execution). */
    private record Start(StateMachine machine, String name, String inputText, String testCase) {}

    private Start readStart(Params params) {
        String arn = params.requiredString("stateMachineArn");
        String name = params.string("name");
        String input = params.string("input");
        String traceHeader = params.string("traceHeader");
        params.length("stateMachineArn", arn, 1, 256)
                .length("name", name, 1, 80)
                .length("input", input, 0, MAX_INPUT, true)
                .length("traceHeader", traceHeader, 0, 256);
        return readStartChecked(params, arn, name, input);
    }

    private Start readStartChecked(Params params, String arn, String name, String input) {
        params.check();
        // Step Functions Local's convention: <stateMachineArn>#<TestCaseName> selects a test case of the mock config.
        int hash = arn.indexOf('#');
        String testCase = hash < 0 ? null : arn.substring(hash + 1);
        StateMachine machine = catalog.machine(hash < 0 ? arn : arn.substring(0, hash));
        if (name != null) {
            checkName(name);
        }
        return new Start(machine, name, input == null ? "{}" : input, testCase);
    }

    private static void checkName(String name) {
        try {
            InvalidNameException.check(name, "execution");
        } catch (InvalidNameException e) {
            throw AwsErrors.invalidName(name);
        }
    }

    private Execution launch(Start start) {
        ExecutionRequest request = ExecutionRequest.withInput(start.inputText).named(start.name);
        try {
            return start.machine.start(start.testCase == null ? request : request.testCase(start.testCase));
        } catch (AlreadyExistsException e) {
            // API reference, StartExecution: the same name and input as a running execution returns that execution;
            // a closed execution or a different input is ExecutionAlreadyExists. Inputs compare as JSON values.
            Execution existing = catalog.engine().execution(e.arn()).orElse(null);
            if (existing != null
                    && existing.status() == ExecutionStatus.RUNNING
                    && existing.input().equals(parsed(start.inputText))) {
                return existing;
            }
            throw AwsErrors.executionAlreadyExists(e.arn());
        } catch (InvalidNameException e) {
            throw AwsErrors.invalidName(start.name);
        } catch (InvalidExecutionInputException e) {
            // The engine parses the input with Jackson, as AWS does, so its words are AWS's, e.g. Invalid State Machine
            // Execution Input: 'Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token
            // 'null', 'true' or 'false')' (recorded: test_invalid_start_execution_input). Any JSON value is an input.
            throw e.parseDetail() != null
                    ? AwsErrors.invalidExecutionInput(e.parseDetail())
                    : AwsErrors.invalidExecutionInputMessage(e.getMessage());
        } catch (IllegalArgumentException e) {
            if (start.testCase == null) {
                throw e;
            }
            // The engine names the test cases there are. Step Functions Local's answer is not documented.
            throw AwsErrors.validationMessage(e.getMessage());
        }
    }

    /** The input of a start request that the engine has parsed already (it started an execution with that name). */
    private static JsonNode parsed(String inputText) {
        try {
            return SfnJson.MAPPER.readTree(inputText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the engine accepted an input that is not JSON: " + inputText, e);
        }
    }

    JsonNode start(Params params) {
        Execution execution = launch(readStart(params));
        ObjectNode response = SfnJson.object();
        response.put("executionArn", execution.arn());
        response.set("startDate", SfnJson.timestamp(execution.startTime()));
        return response;
    }

    /**
     * Runs an Express execution to its end and answers with its result. Standard machines are refused with
     * StateMachineTypeNotSupported (recorded: test_start_sync_execution).
     */
    JsonNode startSync(Params params) {
        String arn = params.requiredString("stateMachineArn");
        String name = params.string("name");
        String input = params.string("input");
        String traceHeader = params.string("traceHeader");
        String includedData = params.string("includedData");
        params.length("stateMachineArn", arn, 1, 256)
                .length("name", name, 1, 80)
                .length("input", input, 0, MAX_INPUT, true)
                .length("traceHeader", traceHeader, 0, 256)
                .oneOf("includedData", includedData, StateMachineOperations.INCLUDED_DATA);
        Start start = readStartChecked(params, arn, name, input);
        if (start.machine.type() != StateMachineType.EXPRESS) {
            throw AwsErrors.stateMachineTypeNotSupported();
        }
        Execution execution = awaitEnd(launch(start));
        boolean data = !"METADATA_ONLY".equals(includedData);
        ObjectNode response = SfnJson.object();
        response.put("executionArn", execution.arn());
        response.put("stateMachineArn", start.machine.arn());
        response.put("name", execution.name());
        response.set("startDate", SfnJson.timestamp(execution.startTime()));
        Instant stop = execution.stopTime() != null
                ? execution.stopTime()
                : catalog.engine().clock().now();
        response.set("stopDate", SfnJson.timestamp(stop));
        response.put("status", syncStatus(execution.status()));
        putErrorAndCause(response, execution);
        putData(response, data, start.inputText, execution);
        response.set("billingDetails", billing(execution.startTime(), stop));
        return response;
    }

    /**
     * Waits for a synchronous execution to end: at once in virtual time; with a manual clock or an outside signal, up
     * to the five minutes a synchronous Express execution may run. One still running then is stopped and reported
     * TIMED_OUT, the status AWS gives a synchronous execution that passes its limit.
     */
    private static Execution awaitEnd(Execution execution) {
        try {
            execution.awaitCompletion();
        } catch (IllegalStateException blocked) {
            execution.awaitCompletion(SYNC_LIMIT);
        }
        if (!execution.status().isTerminal()) {
            execution.stop("States.Timeout", "The synchronous execution did not end within five minutes.");
        }
        return execution;
    }

    private static String syncStatus(ExecutionStatus status) {
        return status == ExecutionStatus.ABORTED || status == ExecutionStatus.RUNNING ? "TIMED_OUT" : status.name();
    }

    /**
     * Express workflows are billed in 100 ms steps with at least 100 ms, at 64 MB steps of memory (AWS Step Functions
     * pricing); the recorded response for a one-state machine is {@code {"billedDurationInMilliseconds": 100,
     * "billedMemoryUsedInMB": 64}}. Durations here are in the engine's time.
     */
    private static ObjectNode billing(Instant start, Instant stop) {
        long millis = Math.max(0, Duration.between(start, stop).toMillis());
        long billed = Math.max(100, ((millis + 99) / 100) * 100);
        ObjectNode billing = SfnJson.object();
        billing.put("billedMemoryUsedInMB", 64);
        billing.put("billedDurationInMilliseconds", billed);
        return billing;
    }

    JsonNode describe(Params params) {
        String arn = params.requiredString("executionArn");
        String includedData = params.string("includedData");
        params.length("executionArn", arn, 1, 256)
                .oneOf("includedData", includedData, StateMachineOperations.INCLUDED_DATA);
        params.check();

        Execution execution = catalog.execution(arn);
        ObjectNode response = SfnJson.object();
        response.put("executionArn", execution.arn());
        response.put("stateMachineArn", execution.stateMachine().arn());
        response.put("name", execution.name());
        response.put("status", execution.status().name());
        response.set("startDate", SfnJson.timestamp(execution.startTime()));
        if (execution.stopTime() != null) {
            response.set("stopDate", SfnJson.timestamp(execution.stopTime()));
        }
        // The input as the caller wrote it: AWS keeps the text verbatim.
        putData(response, !"METADATA_ONLY".equals(includedData), execution.inputText(), execution);
        putErrorAndCause(response, execution);
        putRedrive(response, execution.status());
        return response;
    }

    private static void putData(ObjectNode response, boolean included, String inputText, Execution execution) {
        if (included) {
            response.put("input", inputText);
        }
        response.putObject("inputDetails").put("included", included);
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            if (included) {
                response.put("output", SfnJson.compact(execution.output()));
            }
            response.putObject("outputDetails").put("included", included);
        }
    }

    private static void putErrorAndCause(ObjectNode response, Execution execution) {
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
    }

    /**
     * Recorded: a SUCCEEDED execution reads {@code redriveCount 0, redriveStatus NOT_REDRIVABLE, redriveStatusReason
     * "Execution is SUCCEEDED and cannot be redriven"}; AWS words a RUNNING one the same way. FAILED, TIMED_OUT and
     * ABORTED Standard executions are REDRIVABLE (developer guide: "Redriving executions").
     */
    private static void putRedrive(ObjectNode response, ExecutionStatus status) {
        response.put("redriveCount", 0);
        if (status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED) {
            response.put("redriveStatus", "NOT_REDRIVABLE");
            response.put("redriveStatusReason", "Execution is " + status.name() + " and cannot be redriven");
        } else {
            response.put("redriveStatus", "REDRIVABLE");
        }
    }

    /**
     * Newest first, as recorded (test_list_executions_pagination); maxResults 0 means the default of 100. Express
     * machines are refused with StateMachineTypeNotSupported (recorded: test_start_async_describe_history_execution).
     */
    JsonNode list(Params params) {
        String arn = params.string("stateMachineArn");
        String mapRunArn = params.string("mapRunArn");
        String statusFilter = params.string("statusFilter");
        String nextToken = params.string("nextToken");
        String redriveFilter = params.string("redriveFilter");
        params.length("stateMachineArn", arn, 1, 256)
                .length("mapRunArn", mapRunArn, 1, 2000)
                .oneOf("statusFilter", statusFilter, STATUS_FILTER);
        int pageSize = params.pageSize("maxResults", 1000);
        params.length("nextToken", nextToken, 1, 3096).oneOf("redriveFilter", redriveFilter, REDRIVE_FILTER);
        params.check();

        if (arn == null && mapRunArn == null) {
            throw AwsErrors.validationMessage("Must provide a StateMachine ARN or MapRun ARN");
        }
        if (arn != null && mapRunArn != null) {
            throw AwsErrors.validationMessage("Only one of StateMachine ARN and MapRun ARN can be provided");
        }
        if (mapRunArn != null) {
            Arn.of(mapRunArn, "mapRun");
            throw AwsErrors.resourceNotFound(mapRunArn); // Distributed Map runs are not modelled yet
        }
        StateMachine machine = catalog.machine(arn);
        if (machine.type() == StateMachineType.EXPRESS) {
            throw AwsErrors.stateMachineTypeNotSupported();
        }
        List<Execution> oldestFirst = machine.executions();
        int from = nextToken == null
                ? oldestFirst.size()
                : (int) Math.min(PageToken.decodeNumber(nextToken, "executions"), oldestFirst.size());
        ArrayNode items = SfnJson.array();
        int index = from - 1;
        for (; index >= 0 && items.size() < pageSize; index--) {
            Execution execution = oldestFirst.get(index);
            if (!matches(execution, statusFilter, redriveFilter)) {
                continue;
            }
            ObjectNode item = items.addObject();
            item.put("executionArn", execution.arn());
            item.put("stateMachineArn", machine.arn());
            item.put("name", execution.name());
            item.put("status", execution.status().name());
            item.set("startDate", SfnJson.timestamp(execution.startTime()));
            if (execution.stopTime() != null) {
                item.set("stopDate", SfnJson.timestamp(execution.stopTime()));
            }
            item.put("redriveCount", 0);
        }
        ObjectNode response = SfnJson.object();
        response.set("executions", items);
        if (hasMore(oldestFirst, index, statusFilter, redriveFilter)) {
            response.put("nextToken", PageToken.encode("executions", Integer.toString(index + 1)));
        }
        return response;
    }

    private static boolean hasMore(List<Execution> oldestFirst, int index, String statusFilter, String redriveFilter) {
        for (int i = index; i >= 0; i--) {
            if (matches(oldestFirst.get(i), statusFilter, redriveFilter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Execution execution, String statusFilter, String redriveFilter) {
        if ("REDRIVEN".equals(redriveFilter)) {
            return false; // no execution is ever redriven here
        }
        return statusFilter == null || statusFilter.equals(execution.status().name());
    }

    /**
     * Stops a running execution: it ends ABORTED with the given error and cause. AWS does not document stopping an
     * execution that has already ended; we answer with the time it ended and change nothing.
     */
    JsonNode stop(Params params) {
        String arn = params.requiredString("executionArn");
        String error = params.string("error");
        String cause = params.string("cause");
        params.length("executionArn", arn, 1, 256)
                .length("error", error, 0, 256, true)
                .length("cause", cause, 0, 32_768, true);
        params.check();

        Execution execution = catalog.execution(arn);
        if (!execution.status().isTerminal()) {
            execution.stop(error, cause);
        }
        Instant stopped = execution.stopTime() != null
                ? execution.stopTime()
                : catalog.engine().clock().now();
        ObjectNode response = SfnJson.object();
        response.set("stopDate", SfnJson.timestamp(stopped));
        return response;
    }

    /**
     * Events oldest first, or newest first with reverseOrder (recorded: test_get_execution_history_reversed); pages of
     * maxResults (0 means the default of 100, API reference: GetExecutionHistory). includeExecutionData false leaves
     * inputs and outputs out of the events.
     */
    JsonNode history(Params params) {
        String arn = params.requiredString("executionArn");
        params.length("executionArn", arn, 1, 256);
        int pageSize = params.pageSize("maxResults", 1000);
        Boolean reverseOrder = params.bool("reverseOrder");
        String nextToken = params.string("nextToken");
        Boolean includeExecutionData = params.bool("includeExecutionData");
        params.length("nextToken", nextToken, 1, 1024);
        params.check();

        Execution execution = catalog.execution(arn);
        boolean reverse = Boolean.TRUE.equals(reverseOrder);
        boolean data = !Boolean.FALSE.equals(includeExecutionData);
        String kind = reverse ? "history-newest-first" : "history-oldest-first";
        List<HistoryEvent> events = execution.history();
        List<HistoryEvent> ordered = new ArrayList<>(events);
        if (reverse) {
            java.util.Collections.reverse(ordered);
        }
        long after = nextToken == null ? -1 : PageToken.decodeNumber(nextToken, kind);
        ArrayNode items = SfnJson.array();
        long lastId = -1;
        boolean more = false;
        for (HistoryEvent event : ordered) {
            if (after >= 0 && (reverse ? event.id() >= after : event.id() <= after)) {
                continue;
            }
            if (items.size() == pageSize) {
                more = true;
                break;
            }
            items.add(event.toJson(data));
            lastId = event.id();
        }
        ObjectNode response = SfnJson.object();
        response.set("events", items);
        if (more) {
            response.put("nextToken", PageToken.encode(kind, Long.toString(lastId)));
        }
        return response;
    }
}
