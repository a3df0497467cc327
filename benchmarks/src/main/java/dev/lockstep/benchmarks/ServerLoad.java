package dev.lockstep.benchmarks;

import dev.lockstep.server.LockstepServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * The server's load benchmark (issue 6): client threads call StartSyncExecution of a three-state Express machine over
 * loopback, through the AWS SDK for Java v2 (URL-connection HTTP client, one client per thread), against the embedded
 * server; it reports executions per second and latency percentiles. Targets: at least 5,000 executions per second
 * and a median under 2 ms with 8 client threads.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.lockstep.benchmarks.ServerLoad [threads] [warm-up s] [measured s] [sdk|raw]
 * }</pre>
 *
 * <p>{@code raw} sends the same AWS JSON 1.0 request with the JDK's HTTP client instead of the SDK (no signing, no
 * marshalling): what the server alone sustains, when client and server share the machine's cores.
 *
 * <p>The load is bounded: it runs for the given seconds only, against 127.0.0.1.
 */
public final class ServerLoad {

    /** The load the issue asks for. */
    public static final int DEFAULT_THREADS = 8;

    private static final String INPUT = "{\"orderId\":\"o-42\",\"items\":[1,2,3]}";

    private ServerLoad() {}

    /** Who sends the requests. */
    public enum Client {
        /** The AWS SDK for Java v2, as applications call the API. */
        SDK,
        /** The JDK's HTTP client with a prepared body: the server's own cost, without the SDK's. */
        RAW
    }

    /** What one run measured. */
    public record Result(
            Client client, int threads, long executions, double seconds, long[] sortedLatencyNanos, long failures) {

        public double executionsPerSecond() {
            return executions / seconds;
        }

        /** The latency at {@code quantile} (0 to 1), in milliseconds. */
        public double percentileMillis(double quantile) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            int index =
                    (int) Math.min(sortedLatencyNanos.length - 1, Math.ceil(quantile * sortedLatencyNanos.length) - 1);
            return sortedLatencyNanos[Math.max(0, index)] / 1_000_000.0;
        }

        public String report() {
            return String.format(
                    Locale.ROOT,
                    "StartSyncExecution, 3-state Express machine, %d %s client threads over loopback:%n"
                            + "  executions      %,d in %.1f s (%d failed)%n"
                            + "  throughput      %,.0f executions/s   (target >= 5,000)%n"
                            + "  latency p50     %.3f ms   (target < 2 ms)%n"
                            + "  latency p90     %.3f ms%n"
                            + "  latency p99     %.3f ms%n"
                            + "  latency p99.9   %.3f ms%n"
                            + "  latency max     %.3f ms",
                    threads,
                    client == Client.SDK ? "AWS SDK" : "raw HTTP",
                    executions,
                    seconds,
                    failures,
                    executionsPerSecond(),
                    percentileMillis(0.50),
                    percentileMillis(0.90),
                    percentileMillis(0.99),
                    percentileMillis(0.999),
                    percentileMillis(1.0));
        }
    }

    public static void main(String[] args) throws Exception {
        // The JDK keeps 5 idle connections per host unless told otherwise; every client thread needs its own.
        System.setProperty("http.maxConnections", "64");
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_THREADS;
        double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double measured = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        Client client = args.length > 3 ? Client.valueOf(args[3].toUpperCase(Locale.ROOT)) : Client.SDK;
        Result result = run(client, threads, warmUp, measured);
        System.out.println(result.report());
    }

    /** Starts a server, warms it up, then measures for {@code measuredSeconds}; the server is closed afterwards. */
    public static Result run(int threads, double warmUpSeconds, double measuredSeconds) throws Exception {
        return run(Client.SDK, threads, warmUpSeconds, measuredSeconds);
    }

    /** As {@link #run(int, double, double)}, with the given kind of client. */
    public static Result run(Client client, int threads, double warmUpSeconds, double measuredSeconds)
            throws Exception {
        java.util.logging.Logger.getLogger("org.eclipse.jetty").setLevel(java.util.logging.Level.WARNING);
        try (LockstepServer server = LockstepServer.builder().build().start();
                SfnClient setup = server.sfnClient()) {
            String machine = setup.createStateMachine(r -> r.name("ThreePasses")
                            .definition(Workloads.text("three-passes.asl.json"))
                            .roleArn("arn:aws:iam::123456789012:role/Benchmark")
                            .type(StateMachineType.EXPRESS))
                    .stateMachineArn();
            if (warmUpSeconds > 0) {
                load(client, server, machine, threads, warmUpSeconds);
            }
            return load(client, server, machine, threads, measuredSeconds);
        }
    }

    /** One client thread's loop: calls until the time is up, returns each call's latency. */
    private interface Caller {
        /** One StartSyncExecution; true when the execution SUCCEEDED. */
        boolean call() throws Exception;
    }

    private static Caller caller(Client client, LockstepServer server, String machine, List<AutoCloseable> open) {
        if (client == Client.SDK) {
            SfnClient sfn = server.sfnClient();
            open.add(sfn);
            return () -> sfn.startSyncExecution(r -> r.stateMachineArn(machine).input(INPUT))
                            .status()
                    == SyncExecutionStatus.SUCCEEDED;
        }
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"stateMachineArn\":\"" + machine + "\",\"input\":" + quoted(INPUT) + "}";
        HttpRequest request = HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions.StartSyncExecution")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"SUCCEEDED\"");
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Result load(Client client, LockstepServer server, String machine, int threads, double seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        long durationNanos = (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        long[] failures = new long[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<AutoCloseable> open = new ArrayList<>();
                try {
                    Caller caller = caller(client, server, machine, open);
                    long[] latencies = new long[1 << 16];
                    int count = 0;
                    start.await();
                    long end = System.nanoTime() + durationNanos;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        boolean succeeded = caller.call();
                        long latency = System.nanoTime() - now;
                        if (!succeeded) {
                            failures[thread]++;
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = latency;
                    }
                    return Arrays.copyOf(latencies, count);
                } finally {
                    for (AutoCloseable resource : open) {
                        resource.close();
                    }
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<long[]> perThread = new ArrayList<>();
        for (Future<long[]> future : futures) {
            perThread.add(future.get((long) seconds + 120, TimeUnit.SECONDS));
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(
                client,
                threads,
                all.length,
                elapsed,
                all,
                Arrays.stream(failures).sum());
    }
}
