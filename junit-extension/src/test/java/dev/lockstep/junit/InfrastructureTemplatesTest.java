package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.junit.internal.definition.DefinitionLoader;
import dev.lockstep.junit.internal.definition.LoadedDefinition;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * State machines straight from infrastructure code. Property names from the CloudFormation template reference
 * (AWS::StepFunctions::StateMachine: Definition, DefinitionString, DefinitionS3Location, DefinitionSubstitutions,
 * StateMachineName, StateMachineType) and the SAM specification (AWS::Serverless::StateMachine: Definition,
 * DefinitionUri, DefinitionSubstitutions, Name, Type).
 */
class InfrastructureTemplatesTest {

    @Nested
    @LockstepTest
    @StateMachine(file = "src/test/resources/cdk.out/OrdersStack.template.json")
    class CdkSynthesizedTemplate {

        @Test
        void deploys_under_the_construct_id_with_the_function_arns_joined_in(Lockstep lockstep) {
            dev.lockstep.engine.StateMachine workflow = lockstep.stateMachine("OrderWorkflow");
            String definition = workflow.definition().text();

            assertThat(definition)
                    .contains("\"Resource\":\"arn:aws:states:::lambda:invoke\"")
                    .contains(
                            "\"FunctionName\":\"arn:aws:lambda:us-east-1:123456789012:function:ChargeCardFunction6A1B2C3D\"")
                    .contains("\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:OrderAlertsTopicA1B2C3D4\"");
        }

        @Test
        void runs_with_mocks_by_state_name(Lockstep lockstep) {
            lockstep.task("ChargeCard").returns("{\"charged\": true}");
            lockstep.task("Ship").returns("{\"trackingId\": \"TRK-9\"}");

            Execution execution = lockstep.run("{\"orderId\": 7, \"amount\": 30}");

            assertThat(execution)
                    .succeeded()
                    .hasPath("Validate", "ChargeCard", "Ship", "Done")
                    .outputAt("$.shipment.trackingId")
                    .isEqualTo("TRK-9");
        }

        @Test
        void a_failing_charge_is_caught_and_notified(Lockstep lockstep) {
            lockstep.task("ChargeCard").fails("CardDeclined", "insufficient funds");
            TaskMock notify = lockstep.task("NotifyFailure").returns("{}");

            assertThat(lockstep.run("{\"orderId\": 7, \"amount\": 30}"))
                    .failed()
                    .withError("OrderFailed")
                    .caughtAt("ChargeCard", "CardDeclined")
                    .hasPath("Validate", "ChargeCard", "NotifyFailure", "Failed");
            assertThat(notify.lastInput().get("Message").asText()).isEqualTo("insufficient funds");
        }
    }

    @Nested
    @LockstepTest
    @StateMachine("cdk.out/NestedStack.template.json")
    class CdkParentStartingAnUnnamedChild {
        @Test
        void ref_and_get_att_name_the_child_as_it_is_deployed_under_its_construct_id(Lockstep lockstep) {
            assertThat(lockstep.stateMachines())
                    .extracting(dev.lockstep.engine.StateMachine::name)
                    .containsExactly("Child", "Parent");

            Execution parent = lockstep.stateMachine("Parent").run("{\"name\": \"Ann\"}");

            assertThat(parent).succeeded().hasOutput("{\"child\": \"Child\", \"greeting\": \"Hello, Ann\"}");
            assertThat(lockstep.stateMachine("Child").executions()).hasSize(1);
        }
    }

    @Nested
    @LockstepTest
    @StateMachine(file = "src/test/resources/cdk.out/OrdersStack.template.json", select = "OrderWorkflow")
    @Substitution(
            name = "ChargeCardFunction6A1B2C3D.Arn",
            value = "arn:aws:lambda:us-east-1:123456789012:function:charge-card-prod")
    class CdkTemplateWithSuppliedValues {
        @Test
        void a_substitution_replaces_the_default_attribute(Lockstep lockstep) {
            assertThat(lockstep.stateMachine().definition().text())
                    .contains("function:charge-card-prod\"")
                    .contains("function:ShipFunction9F8E7D6C\"");
        }
    }

    @Nested
    @LockstepTest
    @StateMachine("sam/template.yaml")
    class SamTemplate {
        @Test
        void reads_the_definition_uri_and_applies_the_definition_substitutions(Lockstep lockstep) {
            dev.lockstep.engine.StateMachine machine = lockstep.stateMachine();

            assertThat(machine.name()).isEqualTo("OrderProcessing-test");
            assertThat(machine.definition()
                            .json()
                            .at("/States/Charge Card/Resource")
                            .asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:ChargeCardFunction");
            assertThat(machine.definition()
                            .json()
                            .at("/States/Record Order/Resource")
                            .asText())
                    .isEqualTo("arn:aws:states:::dynamodb:putItem");
            assertThat(machine.definition()
                            .json()
                            .at("/States/Record Order/Parameters/TableName")
                            .asText())
                    .isEqualTo("orders-test");
        }

        @Test
        @Substitution(name = "Stage", value = "prod")
        void a_method_may_supply_a_parameter(Lockstep lockstep) {
            assertThat(lockstep.stateMachine().name()).isEqualTo("OrderProcessing-prod");
            lockstep.task("Charge Card").fails("States.TaskFailed").times(1).thenReturns("{\"charged\": true}");
            TaskMock record = lockstep.task("Record Order").returns("{}");

            assertThat(lockstep.run("{\"orderId\": \"o-1\"}")).succeeded().retried("Charge Card", 1);
            assertThat(record.lastInput().get("TableName").asText()).isEqualTo("orders-prod");
        }
    }

    @Nested
    @LockstepTest
    @StateMachine(value = "cloudformation/shipping.yaml", select = "ShipOrder")
    @StateMachine(value = "cloudformation/shipping.yaml", select = "CancelOrder")
    @Substitution(name = "ShippingQueueName", value = "shipping")
    class HandWrittenYamlTemplate {
        @Test
        void short_form_tags_inline_definitions_and_fn_sub_resolve(Lockstep lockstep) {
            dev.lockstep.engine.StateMachine ship = lockstep.stateMachine("ShipOrder");
            assertThat(ship.definition()
                            .json()
                            .at("/States/Enqueue/Parameters/QueueUrl")
                            .asText())
                    .isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/shipping");
            assertThat(ship.definition().json().at("/States/Notify/Resource").asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:notify");

            dev.lockstep.engine.StateMachine cancel = lockstep.stateMachine("CancelOrder");
            assertThat(cancel.type()).isEqualTo(StateMachineType.EXPRESS);
            assertThat(lockstep.stateMachine("CancelOrder").run("{}"))
                    .succeeded()
                    .hasOutput("{\"queue\": \"shipping\", \"region\": \"us-east-1\", \"literal\": \"${NotReplaced}\"}");
        }
    }

    @Nested
    @LockstepTest
    @StateMachine("serverless/serverless.yml")
    class ServerlessFramework {
        @Test
        void deploys_every_state_machine_with_serverless_variables_resolved(Lockstep lockstep) {
            assertThat(lockstep.stateMachines())
                    .extracting(dev.lockstep.engine.StateMachine::name)
                    .containsExactly("OrderWorkflow-dev", "refunds");
            assertThat(lockstep.stateMachine("OrderWorkflow-dev")
                            .definition()
                            .json()
                            .at("/States/ChargeCard/Resource")
                            .asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders-dev-chargeCard");
            assertThat(lockstep.stateMachine("refunds").type()).isEqualTo(StateMachineType.EXPRESS);
            assertThat(lockstep.stateMachine("refunds").run("{}")).hasOutput("{\"service\": \"orders\"}");
        }

        @Test
        @Substitution(name = "opt:stage", value = "qa")
        void the_stage_can_be_supplied(Lockstep lockstep) {
            lockstep.task("ChargeCard").returns("{\"ok\": true}");
            TaskMock ship = lockstep.task("Ship").returns("{\"shipped\": true}");

            assertThat(lockstep.stateMachine("OrderWorkflow-qa").run("{\"orderId\": 1}"))
                    .succeeded()
                    .hasOutput("{\"shipped\": true}");
            assertThat(ship.lastInput().get("FunctionName").asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders-qa-ship");
        }
    }

    @Test
    void a_parameter_without_a_default_asks_for_a_substitution() {
        assertThatThrownBy(() -> load(DefinitionSource.classpath("cloudformation/shipping.yaml")
                        .selecting("ShipOrder")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("classpath:cloudformation/shipping.yaml at /Resources/ShippingQueue/Properties/QueueName"
                        + " references the parameter ShippingQueueName, which has no Default: supply it with"
                        + " @Substitution(name = \"ShippingQueueName\", value = \"...\")");
    }

    @Test
    void a_definition_in_s3_cannot_be_read_and_the_message_says_what_to_do() {
        assertThatThrownBy(() -> load(DefinitionSource.classpath("cloudformation/shipping.yaml")
                        .selecting("ArchivedOrders")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("classpath:cloudformation/shipping.yaml at /Resources/ArchivedOrders/Properties"
                        + "/DefinitionS3Location points to S3, which a test cannot read: use @StateMachine on the local"
                        + " definition file, with @Substitution for its DefinitionSubstitutions");
    }

    @Test
    void selecting_a_machine_the_template_lacks_lists_those_it_has() {
        assertThatThrownBy(() -> load(DefinitionSource.classpath("cdk.out/OrdersStack.template.json")
                        .selecting("Nope")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("classpath:cdk.out/OrdersStack.template.json has no state machine 'Nope'; it has"
                        + " OrderWorkflow2A3B4C5D / OrderWorkflow");
    }

    @Test
    void a_missing_definition_substitution_is_named() {
        LockstepOptions options = LockstepOptions.builder()
                .definition(DefinitionSource.classpath("sam/statemachine/order_processing.asl.json"))
                .build();
        // A plain definition keeps its placeholders: only templates substitute, and the engine then refuses the
        // Resource it cannot parse.
        assertThatThrownBy(() -> new DefinitionLoader().load(options))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("The state machine 'order_processing' from"
                        + " classpath:sam/statemachine/order_processing.asl.json is not valid: Invalid State Machine"
                        + " Definition:");
    }

    private static List<LoadedDefinition> load(DefinitionSource source) {
        return new DefinitionLoader()
                .load(LockstepOptions.builder().definition(source).build());
    }
}
