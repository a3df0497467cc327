package dev.lockstep.junit;

import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.util.concurrent.atomic.AtomicInteger;

/** A resource provider the way another module (GraphQL, fixtures) plugs one in: found through ServiceLoader. */
public final class GreeterProvider implements LockstepResourceProvider {

    static final AtomicInteger CLOSED = new AtomicInteger();

    /** What tests receive: something that needs the test's engine. */
    public record Greeter(String region) implements AutoCloseable {
        @Override
        public void close() {
            CLOSED.incrementAndGet();
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return type == Greeter.class;
    }

    @Override
    public Object create(Class<?> type, Context context) {
        return new Greeter(context.engine().region());
    }
}
