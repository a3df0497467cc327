package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Chooses which deployed state machine a parameter or field of type {@code dev.lockstep.engine.StateMachine}
 * receives. Without it, the only deployed state machine is injected.
 *
 * <pre>{@code
 * @Test
 * void refunds(@Deployed("Refunds") dev.lockstep.engine.StateMachine refunds) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Deployed {
    /** The state machine's name; empty for the only one. */
    String value() default "";
}
