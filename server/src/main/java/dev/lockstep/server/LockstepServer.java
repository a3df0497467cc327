package dev.lockstep.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.server.internal.http.JettyServer;
import dev.lockstep.server.internal.sfn.SfnApi;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * The Step Functions API over HTTP (AWS JSON 1.0), served from an {@link Engine}: what application code reaches
 * through the AWS SDK, in any language, pointed at {@link #endpoint()}.
 *
 * <pre>{@code
 * try (LockstepServer server = LockstepServer.builder().port(0).build().start();
 *         SfnClient sfn = server.sfnClient()) {
 *     String arn = sfn.createStateMachine(r -> r.name("Hello").definition(json).roleArn(role)).stateMachineArn();
 *     sfn.startExecution(r -> r.stateMachineArn(arn).input("{}"));
 * }
 * }</pre>
 *
 * <p>Any signature is accepted by default, as Step Functions Local accepts it; {@link Builder#strictAuth(String,
 * String)} verifies AWS Signature Version 4 against configured credentials instead.
 *
 * <p><b>Clients you configure yourself</b> must disable the SDK's host-prefix injection: StartSyncExecution carries the
 * host prefix {@code sync-} in the SDK's model, which would send it to {@code sync-127.0.0.1}. In the Java SDK set
 * {@code SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION} to true, as {@link #sfnClientBuilder()} does; other
 * SDKs have the same switch (Step Functions Local users know it).
 *
 * <p>Thread-safe. Closing the server stops it and closes the engine if the server created it.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LockstepServer implements AutoCloseable {

    /**
     * How long {@link #sfnClient()} waits for an answer: longer than the five minutes a StartSyncExecution may run and
     * than GetActivityTask's 60-second long poll (AWS asks workers for a socket timeout of at least 65 seconds).
     */
    static final Duration CLIENT_READ_TIMEOUT = Duration.ofMinutes(6);

    /** Step Functions Local's port, the default of {@code lockstep serve}. */
    public static final int DEFAULT_PORT = 8083;

    private final Engine engine;
    private final boolean ownsEngine;
    private final String host;
    private final int requestedPort;
    private final Map<String, String> credentials;
    private final SfnApi api;
    private final GraphQlApi graphql;
    private final JettyServer http;

    private LockstepServer(Builder builder) {
        this.ownsEngine = builder.engine == null;
        this.engine = ownsEngine ? Engine.create() : builder.engine;
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.credentials = builder.strict ? Map.copyOf(builder.credentials) : null;
        this.api = new SfnApi(engine);
        this.graphql = builder.graphql;
        this.http = new JettyServer(api, graphql, host, builder.port, credentials);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; does nothing if the server runs already. Returns this server. */
    public synchronized LockstepServer start() {
        if (!http.isRunning()) {
            try {
                http.start();
            } catch (Exception e) {
                // The port asked for: a connector that failed to open reports none of its own.
                throw new IllegalStateException(
                        "Lockstep cannot serve at " + host + ":" + requestedPort + ": " + describe(e), e);
            }
        }
        return this;
    }

    /**
     * Stops serving: stops accepting connections and lets requests in flight finish (up to ten seconds). The engine
     * stays open; {@link #close()} closes it too when the server created it.
     */
    public synchronized void stop() {
        if (http.isRunning()) {
            try {
                http.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Lockstep could not stop its server cleanly: " + describe(e), e);
            }
        }
    }

    /** Stops the server and closes the engine if the server created it. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            if (ownsEngine) {
                engine.close();
            }
        }
    }

    public boolean isRunning() {
        return http.isRunning();
    }

    /** Blocks until the server stops. */
    public void awaitStop() throws InterruptedException {
        http.join();
    }

    /** The engine whose state machines and executions this server serves. */
    public Engine engine() {
        return engine;
    }

    /** The port served: the one asked for, or the one the system chose for port 0. Valid once started. */
    public int port() {
        return http.port();
    }

    /**
     * The endpoint to give an SDK, e.g. {@code http://127.0.0.1:8083}. A server bound to every interface ({@code
     * 0.0.0.0} or {@code ::}) is reached at {@code localhost}.
     */
    public URI endpoint() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "localhost" : host;
        if (reachable.contains(":") && !reachable.startsWith("[")) {
            reachable = "[" + reachable + "]";
        }
        return URI.create("http://" + reachable + ":" + port());
    }

    /**
     * A new SDK client for this server; the caller closes it. Region: the engine's; credentials: the first configured
     * for strict mode, otherwise dummy ones; HTTP: the URL-connection client, with a read timeout of six minutes so that
     * long StartSyncExecution calls and GetActivityTask's long poll finish; host-prefix injection disabled.
     */
    public SfnClient sfnClient() {
        return sfnClientBuilder().build();
    }

    /** An SDK client builder configured as {@link #sfnClient()} does, for further settings. */
    public SfnClientBuilder sfnClientBuilder() {
        AwsBasicCredentials identity = credentials == null || credentials.isEmpty()
                ? AwsBasicCredentials.create("lockstep", "lockstep")
                : credentials.entrySet().stream()
                        .findFirst()
                        .map(entry -> AwsBasicCredentials.create(entry.getKey(), entry.getValue()))
                        .orElseThrow();
        return SfnClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(engine.region()))
                .credentialsProvider(StaticCredentialsProvider.create(identity))
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(CLIENT_READ_TIMEOUT))
                .overrideConfiguration(override ->
                        override.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true));
    }

    /** The GraphQL API served at {@code /graphql}, if any. */
    public java.util.Optional<GraphQlApi> graphql() {
        return java.util.Optional.ofNullable(graphql);
    }

    /** The GraphQL endpoint, {@code http://HOST:PORT/graphql}; meaningful when a GraphQL API is served. */
    public URI graphqlEndpoint() {
        return endpoint().resolve("/graphql");
    }

    /** Internal: the Step Functions API behind the HTTP layer, where operations register. */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public SfnApi api() {
        return api;
    }

    @Override
    public String toString() {
        return "LockstepServer[" + (isRunning() ? endpoint() : "stopped") + "]";
    }

    /** The first message along the causes, and the operating system's reason when a bind failed. */
    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
        for (Throwable reason = e; reason != null; reason = reason.getCause()) {
            if (reason instanceof BindException && reason.getMessage() != null && !text.contains(reason.getMessage())) {
                return text + " (" + reason.getMessage() + ")";
            }
        }
        return text;
    }

    /** Builds a {@link LockstepServer}. */
    public static final class Builder {
        private Engine engine;
        private String host = "127.0.0.1";
        private int port;
        private boolean strict;
        private GraphQlApi graphql;
        private final Map<String, String> credentials = new LinkedHashMap<>();

        private Builder() {}

        /** The engine to serve; default: a new {@link Engine#create()} that the server closes with itself. */
        public Builder engine(Engine value) {
            this.engine = Objects.requireNonNull(value, "engine");
            return this;
        }

        /** The address to listen on; default {@code 127.0.0.1}. {@code 0.0.0.0} listens on every interface. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port to listen on; default 0, a free port the system chooses. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("A port is 0 to 65535; got " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * Verifies every request's AWS Signature Version 4 and accepts only these credentials (call again to accept more
         * pairs). Requests signed with another key get UnrecognizedClientException, wrong signatures
         * InvalidSignatureException, both HTTP 403.
         */
        public Builder strictAuth(String accessKeyId, String secretAccessKey) {
            credentials.put(
                    Objects.requireNonNull(accessKeyId, "accessKeyId"),
                    Objects.requireNonNull(secretAccessKey, "secretAccessKey"));
            this.strict = true;
            return this;
        }

        /**
         * Also serves an AppSync-compatible GraphQL API at {@code /graphql} (POST, and GET with query parameters), with
         * AppSync's status codes and error shapes.
         */
        public Builder graphql(GraphQlApi api) {
            this.graphql = Objects.requireNonNull(api, "api");
            return this;
        }

        public LockstepServer build() {
            return new LockstepServer(this);
        }
    }
}
