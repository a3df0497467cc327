package dev.lockstep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphQlNoneBenchmarkTest {

    @Test
    void the_workload_answers_what_expected_json_says_so_the_benchmark_measures_real_work() {
        GraphQlNoneBenchmark benchmark = new GraphQlNoneBenchmark();
        benchmark.build();

        assertThat(benchmark.query().body())
                .isEqualTo(GraphQlNoneBenchmark.json(GraphQlNoneBenchmark.text("expected.json")));
    }

    @Test
    void the_request_object_runs_the_same_query_in_process() {
        assertThat(GraphQlNoneBenchmark.api()
                        .execute(GraphQlNoneBenchmark.request().withHeader("x-api-key", "da2-bench"))
                        .bodyText())
                .contains("\"tags\":[\"graphql\",\"appsync\",\"vtl\"]");
    }
}
