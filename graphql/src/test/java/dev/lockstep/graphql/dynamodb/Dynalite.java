package dev.lockstep.graphql.dynamodb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts dynalite (npm, a DynamoDB implementation in Node), installed by the build's {@code npm ci} into
 * {@code src/test/dynalite}, once for the whole test run, and stops it at the end. Tests receive its endpoint as a
 * {@link URI} parameter. Set {@code -Dlockstep.dynamodb.endpoint=http://...} to use another DynamoDB-compatible server
 * (LocalStack, DynamoDB Local) instead; without Node or dynalite the tests are skipped, not failed.
 */
public final class Dynalite implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Dynalite.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context).endpoint;
    }

    private static Server server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** The running server; closed by JUnit when the run ends. */
    static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final URI endpoint;
        final Process process;

        Server(URI endpoint, Process process) {
            this.endpoint = endpoint;
            this.process = process;
        }

        static Server start() {
            String configured = System.getProperty("lockstep.dynamodb.endpoint");
            if (configured != null && !configured.isBlank()) {
                return new Server(URI.create(configured), null);
            }
            Path dir = Path.of(System.getProperty("lockstep.dynalite.dir", "src/test/dynalite"));
            Path cli = dir.resolve("node_modules/dynalite/cli.js");
            Assumptions.assumeTrue(
                    Files.isRegularFile(cli), "dynalite is not installed at " + cli + " (run the build's npm ci)");
            int port = freePort();
            Process process;
            try {
                process = new ProcessBuilder(List.of(
                                "node",
                                cli.toString(),
                                "--host",
                                "127.0.0.1",
                                "--port",
                                Integer.toString(port),
                                // Tables are ready at once, so tests can recreate them without waiting.
                                "--createTableMs",
                                "0",
                                "--deleteTableMs",
                                "0",
                                "--updateTableMs",
                                "0"))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                Assumptions.abort("Node.js is not available to run dynalite: " + e.getMessage());
                throw new IllegalStateException(e);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("dynalite exited with status " + process.exitValue());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return new Server(URI.create("http://127.0.0.1:" + port), process);
                } catch (IOException notYet) {
                    sleep();
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("dynalite did not answer on port " + port + " within 30 seconds");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port for dynalite", e);
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws Exception {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
