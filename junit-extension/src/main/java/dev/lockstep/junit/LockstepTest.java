package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.EngineClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with Lockstep: each test gets its own in-process Step Functions engine (virtual time, seeded),
 * with the {@link StateMachine @StateMachine} definitions deployed, and can ask for a {@link Lockstep} parameter to
 * mock tasks, run executions and move the clock.
 *
 * <pre>{@code
 * @LockstepTest
 * @StateMachine("orders.asl.json")
 * class OrdersTest {
 *     @Test
 *     void ships_a_paid_order(Lockstep lockstep) {
 *         lockstep.task("ChargeCard").returns("{\"charged\": true}");
 *         assertThat(lockstep.run("{\"orderId\": 42}")).succeeded().hasPath("Validate", "ChargeCard", "Ship");
 *     }
 * }
 * }</pre>
 *
 * <p>The attributes here and {@link LockstepExtension#builder()} produce the same {@link LockstepOptions}; use the
 * builder with {@code @RegisterExtension} for what annotations cannot say (substitutions computed at run time, a
 * mock config object).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LockstepExtension.class)
public @interface LockstepTest {

    /** How the clock moves: {@code AUTO} (the default) skips waits at once; {@code MANUAL} moves only when told. */
    EngineClock.TimeMode timeMode() default EngineClock.TimeMode.AUTO;

    /** The seed of execution names, UUIDs, random numbers and jitter; printed with every failure to replay it. */
    long seed() default 0;

    /** The region in ARNs. */
    String region() default "us-east-1";

    /** The account id in ARNs. */
    String accountId() default "123456789012";

    /**
     * Whether a Task no mock answers fails the execution with a message naming the state (true) or answers with its
     * own input (false).
     */
    boolean strictTasks() default true;

    /** One engine per test (the default: isolated, parallel-safe) or one per test class (shared, faster to start). */
    EngineScope engineScope() default EngineScope.PER_TEST;

    /** Whether to write the HTML report of this class into {@code target/lockstep-reports}. */
    boolean reports() default true;

    /** How long, in real seconds, assertions wait for an execution that is still running. */
    long awaitSeconds() default 10;
}
