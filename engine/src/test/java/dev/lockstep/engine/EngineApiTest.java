package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngineApiTest {

    private static final String HELLO = """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "hello", "End": true}}}""";
    private static final String BYE = """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "bye", "End": true}}}""";
    private static final String NAP = """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "Next": "P"},
              "P": {"Type": "Pass", "Result": "hello", "End": true}}}""";

    @Test
    void arns_use_the_engines_region_and_account() {
        try (Engine engine =
                Engine.builder().region("eu-west-1").accountId("111122223333").build()) {
            StateMachine machine = engine.deploy("Hello", HELLO);
            Execution execution = machine.start(ExecutionRequest.withInput("{}").named("first"));

            assertThat(machine.arn()).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:Hello");
            assertThat(execution.arn()).isEqualTo("arn:aws:states:eu-west-1:111122223333:execution:Hello:first");
            assertThat(machine.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/LockstepExecutionRole");
        }
    }

    @Test
    void generated_execution_names_are_uuids_drawn_from_the_seed() {
        String first;
        try (Engine engine = Engine.builder().seed(3).build()) {
            first = engine.deploy("Hello", HELLO).run("{}").name();
        }
        try (Engine engine = Engine.builder().seed(3).build()) {
            assertThat(engine.deploy("Hello", HELLO).run("{}").name()).isEqualTo(first);
        }
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void an_express_execution_arn_carries_the_express_segment_and_an_id() {
        try (Engine engine = Engine.create()) {
            StateMachine machine =
                    engine.deploy("Quick", StateMachineDefinition.parse(HELLO), StateMachineType.EXPRESS);

            assertThat(machine.start(ExecutionRequest.withInput("{}").named("n"))
                            .arn())
                    .matches("arn:aws:states:us-east-1:123456789012:express:Quick:n:[0-9a-f-]{36}");
        }
    }

    @Test
    void deploying_a_name_twice_is_refused_with_the_existing_arn() {
        try (Engine engine = Engine.create()) {
            engine.deploy("Hello", HELLO);

            assertThatThrownBy(() -> engine.deploy("Hello", HELLO))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessage(
                            "State Machine Already Exists: 'arn:aws:states:us-east-1:123456789012:stateMachine:Hello'");
        }
    }

    @Test
    void starting_two_executions_with_one_name_is_refused() {
        try (Engine engine = Engine.create()) {
            StateMachine machine = engine.deploy("Hello", HELLO);
            machine.start(ExecutionRequest.withInput("{}").named("once"));

            assertThatThrownBy(
                            () -> machine.start(ExecutionRequest.withInput("{}").named("once")))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining("Execution Already Exists")
                    .hasMessageContaining(":execution:Hello:once");
        }
    }

    @Test
    void names_aws_would_refuse_are_refused_with_the_reason() {
        try (Engine engine = Engine.create()) {
            assertThatThrownBy(() -> engine.deploy("has space", HELLO))
                    .isInstanceOf(InvalidNameException.class)
                    .hasMessageContaining("Invalid Name: 'has space'")
                    .hasMessageContaining("at position 3");
            assertThatThrownBy(() -> engine.deploy("x".repeat(81), HELLO))
                    .isInstanceOf(InvalidNameException.class)
                    .hasMessageContaining("1 to 80 characters");
            StateMachine machine = engine.deploy("Hello", HELLO);
            assertThatThrownBy(
                            () -> machine.start(ExecutionRequest.withInput("{}").named("a/b")))
                    .isInstanceOf(InvalidNameException.class);
        }
    }

    @Test
    void input_that_is_not_json_is_refused_with_its_position() {
        try (Engine engine = Engine.create()) {
            StateMachine machine = engine.deploy("Hello", HELLO);

            assertThatThrownBy(() -> machine.start("{\"a\": tru}"))
                    .isInstanceOf(InvalidExecutionInputException.class)
                    .hasMessageStartingWith("Invalid execution input: not JSON at line 1, column");
        }
    }

    @Test
    void input_over_256_kib_is_refused() {
        try (Engine engine = Engine.create()) {
            StateMachine machine = engine.deploy("Hello", HELLO);
            String big = "\"" + "x".repeat(262_143) + "\"";

            assertThatThrownBy(() -> machine.start(big))
                    .isInstanceOf(InvalidExecutionInputException.class)
                    .hasMessageContaining("262145 bytes; the maximum is 262144 bytes");
        }
    }

    @Test
    void an_update_applies_to_new_executions_while_running_ones_keep_their_definition() {
        try (Engine engine =
                Engine.builder().timeMode(EngineClock.TimeMode.MANUAL).build()) {
            StateMachine machine = engine.deploy("Hello", NAP);
            Execution before = machine.start("{}");

            machine.update(StateMachineDefinition.parse(BYE), null);
            Execution after = machine.start("{}");
            engine.clock().advance(java.time.Duration.ofMinutes(1));

            assertThat(before.output().textValue()).isEqualTo("hello");
            assertThat(after.output().textValue()).isEqualTo("bye");
            assertThat(machine.executions()).containsExactly(before, after);
        }
    }

    @Test
    void an_undeployed_machine_is_gone_but_its_executions_remain() {
        try (Engine engine = Engine.builder()
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .build()) {
            StateMachine machine = engine.deploy("Hello", HELLO);
            Execution execution = machine.run("{}");

            assertThat(engine.undeploy("Hello")).isTrue();
            assertThat(engine.undeploy("Hello")).isFalse();
            assertThat(engine.stateMachine("Hello")).isEmpty();
            assertThat(engine.execution(execution.arn())).contains(execution);
            assertThat(machine.creationTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @Test
    void a_yaml_definition_runs_like_its_json_twin() {
        try (Engine engine = Engine.create()) {
            Execution execution = engine.deploy("Yaml", """
                    StartAt: P
                    States:
                      P:
                        Type: Pass
                        Result: {ok: true}
                        End: true
                    """).run("{}");

            assertThat(execution.output().toString()).isEqualTo("{\"ok\":true}");
        }
    }

    @Test
    void an_engine_keeps_only_the_latest_thousand_finished_express_executions_listed() {
        try (Engine engine = Engine.create()) {
            StateMachine quick = engine.deploy("Quick", StateMachineDefinition.parse(HELLO), StateMachineType.EXPRESS);
            Execution first = quick.run("{}");
            for (int i = 0; i < 1_000; i++) {
                quick.run("{}");
            }

            assertThat(quick.executions()).hasSize(1_000).doesNotContain(first);
            assertThat(engine.execution(first.arn())).isEmpty();
            assertThat(first.output().textValue())
                    .as("the caller's handle still works")
                    .isEqualTo("hello");
        }
    }
}
