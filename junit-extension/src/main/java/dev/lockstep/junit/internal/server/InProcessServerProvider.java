package dev.lockstep.junit.internal.server;

import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.junit.spi.LockstepResourceProvider;
import dev.lockstep.server.LockstepServer;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Step Functions API over HTTP for the code under test: a {@link LockstepServer} serving the test's engine on a
 * free loopback port, started on first use and stopped with the engine, and {@link SfnClient}s pointed at it (one
 * per engine, closed with it). With {@code @GraphQl}, the server also serves that API at {@code /graphql}.
 */
public final class InProcessServerProvider implements LockstepResourceProvider {

    @Override
    public boolean supports(Class<?> type) {
        return type == LockstepServer.class || type == SfnClient.class;
    }

    @Override
    public Object create(Class<?> type, Context context) {
        if (type == LockstepServer.class) {
            LockstepServer.Builder server =
                    LockstepServer.builder().engine(context.engine()).port(0);
            if (context.options().graphql() != null) {
                server.graphql(context.resource(GraphQlApi.class));
            }
            return server.build().start();
        }
        return context.resource(LockstepServer.class).sfnClient();
    }
}
