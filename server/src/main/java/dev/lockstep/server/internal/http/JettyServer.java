package dev.lockstep.server.internal.http;

import dev.lockstep.server.internal.sfn.SfnApi;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server: one HTTP/1.1 connector, the API handler behind a {@link GracefulHandler} so that stopping
 * lets requests in flight finish, and a thread pool of daemon threads that never keeps a JVM alive on its own.
 */
public final class JettyServer {

    /** How long a graceful stop waits for requests in flight before closing their connections. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    static final Duration SHUTDOWN_IDLE = Duration.ofMillis(50);

    private final Server server;
    private final ServerConnector connector;

    /**
     * @param graphql the GraphQL API to serve at {@code /graphql}, or null for none
     * @param credentials secret keys by access key id; null accepts any signature, a map (even empty) enables the
     *     strict SigV4 check
     */
    public JettyServer(
            SfnApi api,
            dev.lockstep.graphql.GraphQlApi graphql,
            String host,
            int port,
            Map<String, String> credentials) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("lockstep-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        // On stop, keep-alive connections with no request in flight close after this long instead of Jetty's default
        // second, so that a test suite starting and stopping servers does not wait on idle SDK connections.
        connector.setShutdownIdleTimeout(SHUTDOWN_IDLE.toMillis());
        server.addConnector(connector);
        SigV4Verifier verifier = credentials == null ? null : new SigV4Verifier(credentials, Clock.systemUTC());
        server.setHandler(new GracefulHandler(new ApiHandler(api, graphql, verifier, ApiHandler.DEFAULT_MAX_BODY)));
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.setStopAtShutdown(false); // LockstepServer and the command line decide when to stop
    }

    public void start() throws Exception {
        server.start();
    }

    /** Stops accepting connections, lets requests in flight finish (up to {@link #STOP_TIMEOUT}), then stops. */
    public void stop() throws Exception {
        server.stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** The port listened on: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), port());
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
