package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Where the virtual clock starts, as an ISO-8601 instant; on the class or a test method (the method wins). Without
 * it the clock starts at the wall-clock time the engine is built, and failure messages print that time so the run
 * can be replayed with this annotation.
 *
 * <pre>{@code
 * @InitialTime("2026-01-01T00:00:00Z")
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface InitialTime {
    String value();
}
