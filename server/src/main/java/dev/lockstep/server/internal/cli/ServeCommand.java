package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.LockstepVersion;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.server.LockstepServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
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
            "and optionally an AppSync-compatible GraphQL endpoint. Prints one line with the endpoint, then",
            "serves until stopped with SIGTERM or Ctrl-C; requests in flight finish before it exits."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Stopped by SIGTERM or Ctrl-C after a graceful shutdown.",
            "2:Bad usage, an unreadable mock config, the port is taken, or an option not available yet."
        })
final class ServeCommand implements Callable<Integer> {

    /** The environment variable Step Functions Local reads its MockConfigFile from. */
    static final String MOCK_CONFIG_ENV = "SFN_MOCK_CONFIG";

    /** Jetty's INFO lines would crowd the one line this command prints; warnings and errors still show. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

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
            description =
                    "The port to listen on, as Step Functions Local; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 for every interface (e.g. in a container)."
                    + " Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            defaultValue = "${env:AWS_DEFAULT_REGION:-us-east-1}",
            description =
                    "The region in ARNs, as Step Functions Local's AWS_DEFAULT_REGION. Default: ${DEFAULT-VALUE}.")
    String region;

    @Option(
            names = "--account-id",
            paramLabel = "ACCOUNT",
            defaultValue = "${env:AWS_ACCOUNT_ID:-123456789012}",
            description = "The account in ARNs, as Step Functions Local's AWS_ACCOUNT_ID. Default: ${DEFAULT-VALUE}.")
    String accountId;

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
            names = "--strict-auth",
            description = "Verify every request's AWS Signature Version 4 against --credentials, or against"
                    + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Default: any signature is accepted.")
    boolean strictAuth;

    @Option(
            names = "--credentials",
            paramLabel = "ACCESS_KEY_ID:SECRET_ACCESS_KEY",
            description = "Credentials --strict-auth accepts; repeat the option for several.")
    List<String> credentials;

    @Option(
            names = "--graphql",
            paramLabel = "FILE",
            description = "Serve an AppSync-compatible GraphQL API at /graphql, from a config file or a template.")
    Path graphql;

    /** Reads the environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MockConfig mocks;
        try {
            mocks = readMockConfig();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("lockstep serve: " + e.getMessage());
            return 2;
        }

        Map<String, String> accepted = strictAuth ? acceptedCredentials(err) : Map.of();
        if (accepted == null) {
            return 2;
        }
        JETTY_LOG.setLevel(Level.WARNING);
        Engine engine = Engine.builder()
                .region(region)
                .accountId(accountId)
                .timeMode(clock == ClockMode.REAL ? EngineClock.TimeMode.REAL : EngineClock.TimeMode.AUTO)
                .mockConfig(mocks)
                .build();
        LockstepServer.Builder builder =
                LockstepServer.builder().engine(engine).host(host).port(port);
        if (graphql != null) {
            try {
                // A config file or an infrastructure template, told apart by content; Step Functions data
                // sources run on this server's engine.
                builder.graphql(GraphQlApi.load(graphql, LoadOptions.defaults().withEngine(engine)));
            } catch (RuntimeException e) {
                err.println("lockstep serve: cannot serve the GraphQL API of " + graphql + ": " + e.getMessage());
                engine.close();
                return 2;
            }
        }
        accepted.forEach(builder::strictAuth);
        LockstepServer server = builder.build();
        try {
            server.start();
        } catch (IllegalStateException e) {
            err.println("lockstep serve: " + e.getMessage());
            engine.close();
            return 2;
        }
        out.printf("Lockstep %s serving the Step Functions API at %s%n", LockstepVersion.current(), server.endpoint());
        if (graphql != null) {
            out.printf("Serving the GraphQL API at %s%n", server.graphqlEndpoint());
        }
        out.flush();
        Shutdown.onSignal(() -> {
            server.stop();
            engine.close();
        });
        server.awaitStop();
        return 0;
    }

    /** The MockConfigFile of --mock-config, else of SFN_MOCK_CONFIG (as Step Functions Local reads it), else none. */
    private MockConfig readMockConfig() {
        Path file = mockConfig;
        if (file == null) {
            String fromEnvironment = environment.apply(MOCK_CONFIG_ENV);
            if (fromEnvironment == null || fromEnvironment.isBlank()) {
                return null;
            }
            file = Path.of(fromEnvironment);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such mock config file: " + file
                    + (mockConfig == null ? " (from " + MOCK_CONFIG_ENV + ")" : ""));
        }
        return MockConfig.fromFile(file);
    }

    /** The credentials strict mode accepts, or null after printing why there are none. */
    private Map<String, String> acceptedCredentials(PrintWriter err) {
        Map<String, String> accepted = new LinkedHashMap<>();
        if (credentials != null) {
            for (String pair : credentials) {
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    err.println("lockstep serve: --credentials expects ACCESS_KEY_ID:SECRET_ACCESS_KEY; got '" + pair
                            + "'");
                    return null;
                }
                accepted.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        String accessKey = environment.apply("AWS_ACCESS_KEY_ID");
        String secretKey = environment.apply("AWS_SECRET_ACCESS_KEY");
        if (accepted.isEmpty() && accessKey != null && secretKey != null) {
            accepted.put(accessKey, secretKey);
        }
        if (accepted.isEmpty()) {
            err.println("lockstep serve: --strict-auth needs credentials to accept: give --credentials"
                    + " ACCESS_KEY_ID:SECRET_ACCESS_KEY, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
            return null;
        }
        return accepted;
    }
}
