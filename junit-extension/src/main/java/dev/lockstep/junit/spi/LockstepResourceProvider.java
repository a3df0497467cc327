package dev.lockstep.junit.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Engine;
import dev.lockstep.junit.LockstepOptions;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Supplies values tests can ask for by type, as parameters, fields or {@code Lockstep.resource(type)}: an {@code
 * SfnClient} for the code under test, a GraphQL endpoint, a client for a module that builds on the engine. Found with
 * {@link java.util.ServiceLoader}: list implementations in {@code
 * META-INF/services/dev.lockstep.junit.spi.LockstepResourceProvider}.
 *
 * <p>A value is created once per engine, on first use; if it is {@link AutoCloseable} it is closed before the engine.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface LockstepResourceProvider {

    /** Whether this provider creates values of {@code type}. */
    boolean supports(Class<?> type);

    /** Creates a value of {@code type} for the engine in {@code context}. */
    Object create(Class<?> type, Context context);

    /**
     * What a provider may use.
     *
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    interface Context {
        Engine engine();

        LockstepOptions options();

        /** Another resource of the same engine, e.g. the server an SDK client talks to. */
        <T> T resource(Class<T> type);

        /**
         * The run's one value of {@code type}, made by {@code factory} on first use and then shared by every engine
         * of every test class: the place for work that does not depend on the engine, such as a file read and
         * compiled once and then bound to each engine. Tests may run in parallel, so the value must be thread-safe;
         * if it is {@link AutoCloseable} it is closed when the run ends.
         *
         * <pre>{@code
         * CompiledThings compiled = context.shared(CompiledThings.class, CompiledThings::new);
         * }</pre>
         *
         * @param type the value's class, which is also its key: use a class of your own
         * @param factory makes the value; called at most once per run
         * @since 0.1.0
         */
        <T> T shared(Class<T> type, Supplier<? extends T> factory);
    }
}
