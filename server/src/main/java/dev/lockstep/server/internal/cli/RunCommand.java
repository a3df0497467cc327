package dev.lockstep.server.internal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.fixtures.RealServices;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep run}: runs one execution of a state machine to its end, in virtual time. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Run a state machine to completion in virtual time.",
        description = {
            "Runs a state machine to completion in virtual time and prints one JSON object:",
            "status, output or error and cause, and path (the states entered, in order)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The execution SUCCEEDED.",
            "1:The execution FAILED, TIMED_OUT or was ABORTED.",
            "2:Bad usage, or the definition, the input or the mock config is invalid (the diagnostics are printed)."
        })
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The state machine definition, JSON or YAML.")
    Path definition;

    @Option(
            names = "--input",
            paramLabel = "JSON|@FILE",
            description = "The execution input: JSON text, or @ and a file name. Default: {}.")
    String input;

    @Option(names = "--history", description = "Also print the execution history, as GetExecutionHistory returns it.")
    boolean history;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description =
                    "Seed for every value the engine generates (names, UUIDs, random numbers, jitter). Default: 0.")
    long seed;

    @Option(
            names = "--start-time",
            paramLabel = "ISO-8601",
            description = "The virtual time at which the execution starts, e.g. 2026-01-01T00:00:00Z. Default: now.")
    Instant startTime;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The state machine's name. Default: the definition file's name up to its first dot.")
    String name;

    @Option(
            names = "--mock-config",
            paramLabel = "FILE",
            description = "A Step Functions Local MockConfigFile with the mocked responses of Task states.")
    Path mockConfig;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of --mock-config to run.")
    String testCase;

    @Mixin
    RealServiceOptions realServices;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (testCase != null && mockConfig == null) {
            err.println("lockstep run: --test-case needs --mock-config FILE");
            return 2;
        }
        MockConfig mocks = null;
        RealServiceOptions.Endpoints endpoints;
        try {
            endpoints = realServices.endpoints();
            if (mockConfig != null) {
                mocks = MockConfig.fromFile(mockConfig);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("lockstep run: " + e.getMessage());
            return 2;
        }
        DefinitionFile file = DefinitionFile.read(definition, err, "run");
        if (file == null) {
            return 2;
        }
        String inputText = readInput(err);
        if (inputText == null) {
            return 2;
        }
        StateMachineDefinition parsed;
        try {
            parsed = StateMachineDefinition.parse(file.text());
        } catch (InvalidDefinitionException e) {
            err.println("lockstep run: invalid definition " + definition + ":");
            file.print(e.diagnostics(), err);
            return 2;
        }
        Engine.Builder builder = Engine.builder().seed(seed).mockConfig(mocks);
        if (startTime != null) {
            builder.startTime(startTime);
        }
        try (Engine engine = builder.build();
                RealServices services = RealServiceOptions.register(
                        engine, endpoints, engine.region(), RealServiceOptions.credentials(null))) {
            StateMachine machine = engine.deploy(name != null ? name : file.defaultName(), parsed);
            Execution execution;
            try {
                ExecutionRequest request = ExecutionRequest.withInput(inputText);
                execution = machine.start(testCase == null ? request : request.testCase(testCase));
            } catch (InvalidExecutionInputException e) {
                err.println("lockstep run: " + e.getMessage());
                return 2;
            }
            if (!execution.status().isTerminal()) {
                execution.awaitCompletion(Duration.ZERO);
            }
            // Calls to real services are real I/O: wait for them, while no task token holds the execution (nothing
            // in `run` could send one). Virtual time stands still meanwhile.
            while (services != null
                    && !execution.status().isTerminal()
                    && execution.pendingTasks().isEmpty()) {
                execution.awaitCompletion(Duration.ofSeconds(1));
            }
            out.println(CliJson.pretty(result(execution)));
            return execution.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("lockstep run: " + e.getMessage());
            return 2;
        }
    }

    private String readInput(PrintWriter err) {
        if (input == null) {
            return "{}";
        }
        if (!input.startsWith("@")) {
            return input;
        }
        Path file = Path.of(input.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("lockstep run: cannot read the input file " + file + ": " + e.getMessage());
            return null;
        }
    }

    private ObjectNode result(Execution execution) {
        ObjectNode result = CliJson.object();
        result.put("executionArn", execution.arn());
        result.put("status", execution.status().name());
        if (execution.output() != null) {
            result.set("output", execution.output());
        }
        if (execution.error() != null) {
            result.put("error", execution.error());
        }
        if (execution.cause() != null) {
            result.put("cause", execution.cause());
        }
        if (!execution.status().isTerminal()) {
            ArrayNode waits = result.putArray("waitingFor");
            execution.waitingFor().forEach(waits::add);
        }
        ArrayNode path = result.putArray("path");
        execution.path().forEach(path::add);
        Map<String, Integer> retries = execution.retries();
        if (!retries.isEmpty()) {
            ObjectNode byState = result.putObject("retries");
            retries.forEach(byState::put);
        }
        result.put("startDate", execution.startTime().toString());
        if (execution.stopTime() != null) {
            result.put("stopDate", execution.stopTime().toString());
        }
        if (history) {
            ArrayNode events = result.putArray("events");
            for (HistoryEvent event : execution.history()) {
                events.add(event.toJson());
            }
        }
        return result;
    }
}
