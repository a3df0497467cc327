package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;

import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.junit.internal.definition.DefinitionLoader;
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
    void a_mock_config_file_is_parsed_once_per_run_whatever_test_case_each_test_picks() {
        DefinitionLoader loader = new DefinitionLoader();

        dev.lockstep.engine.MockConfig happy = loader.mockConfig(
                new LockstepOptions.MockConfigSource("workflows/MockConfigFile.json", true, "HappyPath"));
        dev.lockstep.engine.MockConfig throttled = loader.mockConfig(
                new LockstepOptions.MockConfigSource("workflows/MockConfigFile.json", true, "Throttled"));

        org.assertj.core.api.Assertions.assertThat(throttled).isSameAs(happy);
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
