package dev.lockstep.benchmarks;

import dev.lockstep.server.LockstepServer;

/**
 * Serves the GraphQL workload of benchmarks/graphql at /graphql on a free loopback port, prints the endpoint on its
 * first line and serves until killed: compare-graphql.sh measures it over HTTP with the same clients it gives the
 * AppSync simulator.
 */
public final class GraphQlServe {

    private GraphQlServe() {}

    public static void main(String... args) throws InterruptedException {
        LockstepServer server = LockstepServer.builder()
                .graphql(GraphQlNoneBenchmark.api())
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(server.graphqlEndpoint());
        System.out.flush();
        server.awaitStop();
    }
}
