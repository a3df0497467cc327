package dev.lockstep.server.internal.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            "2:The definition or the input is invalid (the diagnostics are printed)."
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
            description = "Seed for every value the engine generates (names, UUIDs, random numbers, jitter).")
    Long seed;

    @Option(
            names = "--start-time",
            paramLabel = "ISO-8601",
            description = "The virtual time at which the execution starts, e.g. 2026-01-01T00:00:00Z.")
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

    @Override
    public Integer call() {
        return NotAvailable.report(spec);
    }
}
