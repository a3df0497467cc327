package dev.lockstep.server.internal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lockstep serve}: the Step Functions API over HTTP, a drop-in for Step Functions Local. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the Step Functions API over HTTP (Step Functions Local drop-in).",
        description = {
            "Serves the Step Functions API (AWS JSON 1.0) over HTTP, as a drop-in for Step Functions Local,",
            "and optionally an AppSync-compatible GraphQL endpoint."
        })
final class ServeCommand implements Callable<Integer> {

    /** How the server's executions experience time. */
    enum ClockMode {
        /** Waits, retries and timeouts complete at once; timestamps advance as if they had elapsed. */
        VIRTUAL,
        /** Waits and backoffs take real time, for tasks that call real services. */
        REAL
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8083",
            description = "The port to listen on, as Step Functions Local. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--mock-config",
            paramLabel = "FILE",
            description = "A Step Functions Local MockConfigFile. Default: the SFN_MOCK_CONFIG environment variable.")
    Path mockConfig;

    @Option(
            names = "--clock",
            paramLabel = "virtual|real",
            defaultValue = "virtual",
            description = "Virtual time (default) finishes long waits at once; real time waits for real.")
    ClockMode clock;

    @Option(
            names = "--graphql",
            paramLabel = "FILE",
            description = "Serve an AppSync-compatible GraphQL API at /graphql, from a config file or a template.")
    Path graphql;

    @Override
    public Integer call() {
        return NotAvailable.report(spec);
    }
}
