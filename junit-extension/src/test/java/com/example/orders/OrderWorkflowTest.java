package com.example.orders;

import static dev.lockstep.junit.LockstepAssertions.assertThat;

import dev.lockstep.engine.Execution;
import dev.lockstep.junit.Lockstep;
import dev.lockstep.junit.LockstepTest;
import dev.lockstep.junit.StateMachine;
import org.junit.jupiter.api.Test;

@LockstepTest
@StateMachine("order-workflow.asl.json")
class OrderWorkflowTest {

    @Test
    void charges_the_card_and_ships(Lockstep lockstep) {
        lockstep.task("ChargeCard").returns("{\"charged\": true}");

        Execution execution = lockstep.run("{\"orderId\": 42}");

        assertThat(execution).succeeded().hasPath("ChargeCard", "Ship");
        assertThat(execution).outputAt("$.status").isEqualTo("shipped");
    }

    @Test
    void retries_when_lambda_is_throttled(Lockstep lockstep) {
        lockstep.task("ChargeCard")
                .fails("Lambda.TooManyRequestsException")
                .times(2)
                .thenReturns("{\"charged\": true}");

        Execution execution = lockstep.run("{\"orderId\": 42}");

        assertThat(execution).succeeded().retried("ChargeCard", 2);
    }
}
