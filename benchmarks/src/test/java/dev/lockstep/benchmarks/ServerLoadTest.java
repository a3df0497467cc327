package dev.lockstep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run of the load benchmark: it measures real, successful executions and reports them. */
class ServerLoadTest {

    @Test
    void a_short_run_completes_executions_without_failures_and_reports_percentiles() throws Exception {
        ServerLoad.Result result = ServerLoad.run(2, 0, 1);

        assertThat(result.executions()).isPositive();
        assertThat(result.failures()).isZero();
        assertThat(result.percentileMillis(0.5)).isPositive().isLessThanOrEqualTo(result.percentileMillis(0.99));
        assertThat(result.report()).contains("executions/s").contains("p50").contains("p99");
    }

    @Test
    void the_raw_client_reaches_the_same_server_without_the_sdk() throws Exception {
        ServerLoad.Result result = ServerLoad.run(ServerLoad.Client.RAW, 2, 0, 1);

        assertThat(result.executions()).isPositive();
        assertThat(result.failures()).isZero();
        assertThat(result.report()).contains("raw HTTP client threads");
    }
}
