package dev.lockstep.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.GraphQlRequest;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.graphql.ResolverConfig;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GraphQL queries per second through a VTL resolver on the NONE data source, in-process, with 8 concurrent clients
 * (threads) sharing one API, as the comparison with the Amplify AppSync simulator asks. The workload
 * (schema, templates, query, expected answer) is {@code benchmarks/graphql/}, the same files compare-graphql.sh gives
 * the simulator. One operation is one {@link GraphQlApi#handle} of the HTTP body: parse, validate, execute, render the
 * templates, write the JSON response.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GraphQlNoneBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// graphql-java, Velocity and Jackson take many seconds of JIT to reach speed: a long warm-up.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphQlNoneBenchmark {

    static final Map<String, String> HEADERS = Map.of("content-type", "application/json", "x-api-key", "da2-bench");

    private GraphQlApi api;
    private String body;

    @Setup
    public void build() {
        api = api();
        body = text("query.json");
        GraphQlResponse response = api.handle(HEADERS, body);
        JsonNode expected = json(text("expected.json"));
        if (response.status() != 200 || !response.body().equals(expected)) {
            throw new IllegalStateException("The GraphQL workload does not answer as benchmarks/graphql/expected.json"
                    + " says: status " + response.status() + ", body " + response.bodyText());
        }
    }

    @Benchmark
    public GraphQlResponse query() {
        return api.handle(HEADERS, body);
    }

    /** The API of benchmarks/graphql: its schema and the getPost resolver on a NONE data source. */
    static GraphQlApi api() {
        return GraphQlApi.builder()
                .schema(text("schema.graphql"))
                .apiKey("da2-bench")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query", "getPost", "Local", text("getPost.req.vtl"), text("getPost.res.vtl")))
                .build();
    }

    static GraphQlRequest request() {
        JsonNode query = json(text("query.json"));
        return GraphQlRequest.of(query.get("query").asText())
                .withVariablesJson(query.get("variables").toString());
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("benchmarks/graphql holds a file that is not JSON: " + e.getMessage(), e);
        }
    }

    /** The text of {@code graphql/fileName} on the classpath, UTF-8. */
    static String text(String fileName) {
        return Workloads.resource("graphql/" + fileName);
    }
}
