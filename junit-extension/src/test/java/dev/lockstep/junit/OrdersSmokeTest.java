package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;

import dev.lockstep.engine.Execution;
import org.junit.jupiter.api.Test;

@LockstepTest
@StateMachine("workflows/orders.asl.json")
class OrdersSmokeTest {

    @Test
    void ships_an_order_in_stock(Lockstep lockstep) {
        lockstep.task("ChargeCard").returns("{\"charged\": true, \"inStock\": true}");
        lockstep.task("Ship").returns("{\"trackingId\": \"TRK-1\"}");

        Execution execution = lockstep.run("{\"orderId\": 42, \"amount\": 10}");

        assertThat(execution)
                .succeeded()
                .hasPath("Validate", "ChargeCard", "InStock?", "Ship", "Done")
                .outputAt("$.shipment.trackingId")
                .isEqualTo("TRK-1");
    }
}
