package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Execution;
import dev.lockstep.server.LockstepServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/** Code under test talks to the in-process Step Functions API with the real AWS SDK; the test asserts on the engine. */
class SfnClientTest {

    /** What an application would do: start an execution through the SDK. */
    static String placeOrder(SfnClient sfn, String stateMachineArn, int orderId) {
        StartExecutionResponse response = sfn.startExecution(request -> request.stateMachineArn(stateMachineArn)
                .name("order-" + orderId)
                .input("{\"orderId\": " + orderId + ", \"amount\": 10}"));
        return response.executionArn();
    }

    @Nested
    @LockstepTest
    @StateMachine("workflows/orders.asl.json")
    class PerTestEngine {
        SfnClient fieldClient;

        @Test
        void the_sdk_starts_executions_on_the_test_engine(Lockstep lockstep, SfnClient sfn, LockstepServer server) {
            lockstep.task("ChargeCard").returns("{\"inStock\": false}");

            String arn = placeOrder(sfn, lockstep.stateMachine().arn(), 7);

            Execution execution = lockstep.engine().execution(arn).orElseThrow();
            assertThat(execution).succeeded().hasPath("Validate", "ChargeCard", "InStock?", "Backorder", "Done");
            assertThat(lockstep.executions()).containsExactly(execution);
            assertThat(server.engine()).isSameAs(lockstep.engine());
            assertThat(fieldClient).isSameAs(sfn);
            assertThat(sfn.describeExecution(r -> r.executionArn(arn)).statusAsString())
                    .isEqualTo("SUCCEEDED");
        }
    }

    @Nested
    @LockstepTest(engineScope = EngineScope.PER_CLASS)
    @StateMachine("workflows/orders.asl.json")
    class SharedServer {
        @Test
        void first(Lockstep lockstep, LockstepServer server) {
            lockstep.task("ChargeCard").returns("{\"inStock\": false}");
            assertThat(placeOrder(
                            lockstep.resource(SfnClient.class),
                            lockstep.stateMachine().arn(),
                            1))
                    .endsWith(":order-1");
            assertThat(server.isRunning()).isTrue();
        }

        @Test
        void second_uses_the_same_server(Lockstep lockstep, LockstepServer server) {
            assertThat(lockstep.resource(LockstepServer.class)).isSameAs(server);
            assertThat(server.isRunning()).isTrue();
        }
    }
}
