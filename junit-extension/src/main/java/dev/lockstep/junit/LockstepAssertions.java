package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Execution;
import org.apiguardian.api.API;

/**
 * The entry point of Lockstep's assertions, in AssertJ's style.
 *
 * <pre>{@code
 * import static dev.lockstep.junit.LockstepAssertions.assertThat;
 *
 * assertThat(execution).succeeded().hasPath("Validate", "ChargeCard", "Ship");
 * assertThat(execution).failed().withError("PaymentDeclined");
 * }</pre>
 *
 * <p>AssertJ's own {@code Assertions.assertThat} has no overload for {@link Execution}, so both static imports live
 * side by side.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LockstepAssertions {

    private LockstepAssertions() {}

    /** Assertions on an execution; those about its end wait (bounded, in real time) while it still runs. */
    public static ExecutionAssert assertThat(Execution actual) {
        return new ExecutionAssert(actual);
    }
}
