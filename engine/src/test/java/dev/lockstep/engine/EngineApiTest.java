package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

    @Test
    void each_state_machine_lists_its_own_executions_oldest_first() {
        try (Engine engine = Engine.create()) {
            StateMachine hello = engine.deploy("Hello", HELLO);
            StateMachine bye = engine.deploy("Bye", BYE);
            Execution first = hello.run("{}");
            Execution other = bye.run("{}");
            Execution second = hello.run("{}");

            assertThat(hello.executions()).containsExactly(first, second);
            assertThat(bye.executions()).containsExactly(other);
        }
    }

    // API reference, CreateStateMachine "name": no white space, ..., no surrogates (U+D800-DFFF), no U+10FFFF.
    @Test
    void names_with_a_non_breaking_space_or_half_a_surrogate_pair_are_refused_as_aws_refuses_them() {
        try (Engine engine = Engine.create()) {
            assertThatThrownBy(() -> engine.deploy("non\u00a0breaking", HELLO))
                    .isInstanceOf(InvalidNameException.class)
                    .hasMessageContaining("found '\\u00a0' at position 3");
            assertThatThrownBy(() -> engine.deploy("half\ud83d", HELLO))
                    .isInstanceOf(InvalidNameException.class)
                    .hasMessageContaining("found '\\ud83d' at position 4");
            assertThatThrownBy(() -> engine.createActivity("tab\tbed")).isInstanceOf(InvalidNameException.class);
            StateMachine machine = engine.deploy("Hello", HELLO);
            assertThatThrownBy(
                            () -> machine.start(ExecutionRequest.withInput("{}").named("a\u2007b")))
                    .isInstanceOf(InvalidNameException.class);

            assertThat(engine.deploy("rocket-\ud83d\ude80", HELLO).name())
                    .as("a whole character outside the BMP is fine")
                    .isEqualTo("rocket-\ud83d\ude80");
        }
    }

    @Test
    void the_name_check_is_public_so_that_a_server_can_answer_before_parsing_a_definition() {
        InvalidNameException.check("Orders-2026_v1", "state machine");

        assertThatThrownBy(() -> InvalidNameException.check("a\u00a0b", "state machine"))
                .isInstanceOf(InvalidNameException.class)
                .hasMessageStartingWith("Invalid Name: 'a\u00a0b' (a state machine name must not contain");
    }

    @Test
    void a_definition_parsed_for_express_is_deployed_as_express_without_parsing_it_again() {
        try (Engine engine = Engine.create()) {
            StateMachineDefinition express = StateMachineDefinition.parse(HELLO, StateMachineType.EXPRESS);
            StateMachine machine = engine.deploy("Quick", express, StateMachineType.EXPRESS);
            machine.update(express, null);

            assertThat(express.type()).isEqualTo(StateMachineType.EXPRESS);
            assertThat(machine.definition()).isSameAs(express);
            assertThat(express.forType(StateMachineType.STANDARD).type()).isEqualTo(StateMachineType.STANDARD);
        }
    }

    @Test
    void an_execution_keeps_its_input_text_as_written() {
        try (Engine engine = Engine.create()) {
            StateMachine machine = engine.deploy("Hello", HELLO);

            assertThat(machine.run("{ \"b\": 1,  \"a\": 2 }").inputText()).isEqualTo("{ \"b\": 1,  \"a\": 2 }");
            assertThat(machine.run(ExecutionRequest.withInput(
                                    JsonNodeFactory.instance.objectNode().put("a", 1)))
                            .inputText())
                    .isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void input_that_is_not_json_carries_the_parsers_words_for_an_api_server() {
        try (Engine engine = Engine.create()) {
            StateMachine machine = engine.deploy("Hello", HELLO);

            assertThatThrownBy(() -> machine.start("not json"))
                    .isInstanceOf(InvalidExecutionInputException.class)
                    .extracting(e -> ((InvalidExecutionInputException) e).parseDetail())
                    .isEqualTo("Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token"
                            + " 'null', 'true' or 'false')");
            assertThatThrownBy(() -> machine.start("  "))
                    .isInstanceOf(InvalidExecutionInputException.class)
                    .hasMessageContaining("there is no JSON value in it")
                    .extracting(e -> ((InvalidExecutionInputException) e).parseDetail())
                    .isEqualTo("Invalid execution input.");
            assertThatThrownBy(() -> machine.start("\"" + "x".repeat(262_143) + "\""))
                    .extracting(e -> ((InvalidExecutionInputException) e).parseDetail())
                    .as("JSON, only too large")
                    .isNull();
        }
    }

    @Test
    void a_closed_engine_says_it_is_closed_and_keeps_what_its_executions_recorded() {
        Engine engine = Engine.builder().timeMode(EngineClock.TimeMode.REAL).build();
        StateMachine machine = engine.deploy("Hello", HELLO);
        Execution done = machine.run("{}");
        Execution napping = engine.deploy("Nap", NAP).start("{}");
        engine.close();

        assertThatThrownBy(() -> machine.start("{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The Lockstep engine is closed");
        assertThatThrownBy(() -> engine.deploy("Later", HELLO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine is closed");
        assertThatThrownBy(napping::awaitCompletion)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine is closed");
        assertThatThrownBy(() -> napping.stop(null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine is closed");
        assertThat(done.history()).hasSize(4);
        assertThat(done.awaitCompletion()).isSameAs(done);
        assertThat(napping.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(napping.waitingFor()).hasSize(1);
        assertThat(machine.executions()).containsExactly(done);
    }
}
