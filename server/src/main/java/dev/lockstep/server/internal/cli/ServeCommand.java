package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.LockstepVersion;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.fixtures.RealServices;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.server.LockstepServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** {@code lockstep serve}: the Step Functions API over HTTP, a drop-in for Step Functions Local. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the Step Functions API over HTTP (Step Functions Local drop-in).",
        description = {
            "Serves the Step Functions API (AWS JSON 1.0) over HTTP, as a drop-in for Step Functions Local, and"
                    + " optionally an AppSync-compatible GraphQL endpoint. Prints one line with the endpoint, then"
                    + " serves until stopped with SIGTERM or Ctrl-C; requests in flight finish before it exits."
        },
        footer = {
            "%nStep Functions Local's LAMBDA_ENDPOINT, SQS_ENDPOINT, SNS_ENDPOINT and DYNAMODB_ENDPOINT, and"
                    + " EVENTBRIDGE_ENDPOINT, work as --endpoint SERVICE=URL; an --endpoint option wins."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Stopped by SIGTERM or Ctrl-C after a graceful shutdown.",
            "2:Bad usage, an unreadable mock config or GraphQL file, or the port is taken."
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
            description = "Credentials --strict-auth accepts; repeat the option for several. The first pair also"
                    + " signs the calls to --endpoint.")
    List<String> credentials;

    @Option(
            names = "--graphql",
            paramLabel = "FILE",
            description = "Serve an AppSync-compatible GraphQL API at /graphql, from a config file or a template.")
    Path graphql;

    @Mixin
    RealServiceOptions realServices;

    /** Reads the environment. */
    Function<String, String> environment = System::getenv;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("lockstep serve: --port expects 0 to 65535 (0 picks a free port); got " + port);
            return 2;
        }
        MockConfig mocks;
        RealServiceOptions.Endpoints endpoints;
        Map<String, String> given;
        try {
            mocks = readMockConfig();
            endpoints = realServices.endpoints(environment, err);
            given = credentialPairs();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("lockstep serve: " + e.getMessage());
            return 2;
        }
        Map<String, String> accepted = strictAuth ? acceptedCredentials(given, err) : Map.of();
        if (accepted == null) {
            return 2;
        }
        AwsCredentialsProvider outbound = RealServiceOptions.credentials(given.entrySet().stream()
                .findFirst()
                .map(pair ->
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(pair.getKey(), pair.getValue())))
                .orElse(null));

        JETTY_LOG.setLevel(Level.WARNING);
        Engine engine = Engine.builder()
                .region(region)
                .accountId(accountId)
                .timeMode(clock == ClockMode.REAL ? EngineClock.TimeMode.REAL : EngineClock.TimeMode.AUTO)
                .mockConfig(mocks)
                .build();
        List<AutoCloseable> resources = new ArrayList<>();
        resources.add(engine);
        RealServices services = RealServiceOptions.register(engine, endpoints, region, outbound);
        if (services != null) {
            resources.add(0, services);
        }
        LockstepServer.Builder builder =
                LockstepServer.builder().engine(engine).host(host).port(port);
        if (graphql != null) {
            try {
                // A config file or an infrastructure template, told apart by content; Step Functions data
                // sources run on this server's engine, Lambda and DynamoDB ones at the --endpoint given for them.
                LoadOptions options = RealServiceOptions.graphql(
                        LoadOptions.defaults().withEngine(engine), endpoints, region, outbound, resources);
                builder.graphql(GraphQlApi.load(graphql, options));
            } catch (RuntimeException e) {
                err.println("lockstep serve: cannot serve the GraphQL API of " + graphql + ": "
                        + RealServiceOptions.graphqlProblem(e));
                close(resources);
                return 2;
            }
        }
        accepted.forEach(builder::strictAuth);
        LockstepServer server = builder.build();
        try {
            server.start();
        } catch (IllegalStateException e) {
            err.println("lockstep serve: " + e.getMessage());
            close(resources);
            return 2;
        }
        out.printf("Lockstep %s serving the Step Functions API at %s%n", LockstepVersion.current(), server.endpoint());
        if (graphql != null) {
            out.printf("Serving the GraphQL API at %s%n", server.graphqlEndpoint());
        }
        out.flush();
        Shutdown.onSignal(() -> {
            server.stop();
            close(resources);
        });
        server.awaitStop();
        return 0;
    }

    private static void close(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing on the way out: nothing left to tell the user
            }
        }
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

    /** The pairs of {@code --credentials}, in order. */
    private Map<String, String> credentialPairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (credentials != null) {
            for (String pair : credentials) {
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    throw new IllegalArgumentException(
                            "--credentials expects ACCESS_KEY_ID:SECRET_ACCESS_KEY; got '" + pair + "'");
                }
                pairs.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return pairs;
    }

    /** The credentials strict mode accepts, or null after printing why there are none. */
    private Map<String, String> acceptedCredentials(Map<String, String> given, PrintWriter err) {
        Map<String, String> accepted = new LinkedHashMap<>(given);
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
