package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;

import dev.lockstep.engine.ExecutionRequest;
import org.junit.jupiter.api.Test;

/** Step Functions Local's mock config file, chosen per class and per method (developer guide: "Configuration file for mocked service integrations"). */
@LockstepTest
@StateMachine("workflows/orders.asl.json")
@MockConfig(value = "workflows/MockConfigFile.json", testCase = "HappyPath")
class MockConfigTest {

    @Test
    void the_class_test_case_answers_the_tasks(Lockstep lockstep) {
        assertThat(lockstep.run("{\"orderId\": 1, \"amount\": 5}"))
                .succeeded()
                .hasPath("Validate", "ChargeCard", "InStock?", "Ship", "Done")
                .outputAt("$.shipment.trackingId")
                .isEqualTo("TRK-1");
    }

    @Test
    @MockConfig(value = "workflows/MockConfigFile.json", testCase = "Throttled")
    void a_method_chooses_another_test_case(Lockstep lockstep) {
        assertThat(lockstep.run("{\"orderId\": 1, \"amount\": 5}"))
                .succeeded()
                .retried("ChargeCard", 2)
                .entered("Backorder");
    }

    @Test
    void a_request_may_still_name_its_own(Lockstep lockstep) {
        assertThat(lockstep.stateMachine("orders")
                        .run(ExecutionRequest.withInput("{\"orderId\": 1, \"amount\": 5}")
                                .testCase("Throttled")))
                .succeeded()
                .retried("ChargeCard", 2);
    }
}
