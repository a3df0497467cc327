package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.create;
import static dev.lockstep.server.ApiTestSupport.createExpress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/** Many clients at once: the engine is thread-safe and so is the server; no request is lost or confused. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 40;

    @Test
    void many_threads_start_describe_and_run_executions_at_once() throws Exception {
        try (LockstepServer server = LockstepServer.builder().build().start();
                SfnClient setup = server.sfnClient()) {
            String standard = create(setup, "Concurrent", Definitions.WAIT_AN_HOUR);
            String express = createExpress(setup, "ConcurrentExpress", Definitions.THREE_PASSES);
            Set<String> started = ConcurrentHashMap.newKeySet();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    try (SfnClient sfn = server.sfnClient()) {
                        go.await();
                        for (int i = 0; i < PER_THREAD; i++) {
                            String input = "{\"thread\":" + thread + ",\"i\":" + i + "}";
                            String arn = sfn.startExecution(r -> r.stateMachineArn(standard)
                                            .name("t" + thread + "-" + started.size() + "-" + System.nanoTime())
                                            .input(input))
                                    .executionArn();
                            started.add(arn);
                            var described = sfn.describeExecution(r -> r.executionArn(arn));
                            var sync = sfn.startSyncExecution(
                                    r -> r.stateMachineArn(express).input(input));
                            if (described.status() == ExecutionStatus.SUCCEEDED
                                    && described.output().equals(input)
                                    && sync.status() == SyncExecutionStatus.SUCCEEDED
                                    && sync.output().startsWith(input.substring(0, input.length() - 1))) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            go.countDown();
            int succeeded = 0;
            for (Future<Integer> result : results) {
                succeeded += result.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(succeeded).isEqualTo(THREADS * PER_THREAD);
            assertThat(started).hasSize(THREADS * PER_THREAD);
            assertThat(setup.listExecutions(r -> r.stateMachineArn(standard).maxResults(1000))
                            .executions())
                    .hasSize(THREADS * PER_THREAD);
        }
    }
}
