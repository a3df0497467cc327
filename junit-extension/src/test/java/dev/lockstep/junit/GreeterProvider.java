package dev.lockstep.junit;

import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.util.concurrent.atomic.AtomicInteger;

/** A resource provider the way another module (GraphQL, fixtures) plugs one in: found through ServiceLoader. */
public final class GreeterProvider implements LockstepResourceProvider {

    static final AtomicInteger CLOSED = new AtomicInteger();
    static final AtomicInteger PHRASEBOOKS_CLOSED = new AtomicInteger();

    /** What every greeter of a run shares: something that does not need an engine. */
    public static final class Phrasebook implements AutoCloseable {
        @Override
        public void close() {
            PHRASEBOOKS_CLOSED.incrementAndGet();
        }
    }

    /** What tests receive: something that needs the test's engine. */
    public record Greeter(String region, Phrasebook phrasebook) implements AutoCloseable {
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
        return new Greeter(context.engine().region(), context.shared(Phrasebook.class, Phrasebook::new));
    }
}
