package dev.lockstep.engine.tasks;

import static dev.lockstep.engine.tasks.TaskTestSupport.T0;
import static dev.lockstep.engine.tasks.TaskTestSupport.events;
import static dev.lockstep.engine.tasks.TaskTestSupport.json;
import static dev.lockstep.engine.tasks.TaskTestSupport.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.MockConfig;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import dev.lockstep.engine.spi.TaskResource;
import org.junit.jupiter.api.Test;

class StrictModeAndChildExecutionsTest {

    private static final String CHARGE = """
            {"StartAt": "ChargeCard", "States": {"ChargeCard": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"Payload.$": "$"}, "End": true}}}""";

    @Test
    void a_strict_engine_fails_an_unanswered_task_naming_the_state_the_resource_and_the_closest_mock() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.tasks().register(TaskMatcher.state("ChargeCrad"), request -> TaskOutcome.succeed("{}"));
            Execution execution = engine.deploy("Shop", CHARGE).run("{}");

            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .contains("No task handler answers the Task state 'ChargeCard' (resource"
                            + " arn:aws:states:::lambda:invoke) and the engine is strict.")
                    .contains("Registered: state 'ChargeCrad'.")
                    .contains("Did you mean the state 'ChargeCrad'?")
                    .contains("engine.tasks().register(TaskMatcher.state(\"ChargeCard\"), handler)");
        }
    }

    @Test
    void a_lenient_engine_answers_an_unmocked_task_with_its_input() {
        try (Engine engine = Engine.builder().startTime(T0).strictTasks(false).build()) {
            Execution execution = engine.deploy("Shop", CHARGE).run("{\"amount\": 10}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().get("Payload")).isEqualTo(json("{\"amount\":10}"));
        }
    }

    @Test
    void the_most_specific_handler_answers_and_a_closed_registration_stops_answering() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.tasks().register(TaskMatcher.resource("arn:aws:states:::lambda:*"), r -> TaskOutcome.succeed("1"));
            var specific = engine.tasks().register(TaskMatcher.state("ChargeCard"), r -> TaskOutcome.succeed("2"));

            assertThat(engine.deploy("Shop", CHARGE)
                            .run("{}")
                            .output()
                            .get("Payload")
                            .asInt())
                    .isEqualTo(2);
            specific.close();
            assertThat(engine.stateMachine("Shop")
                            .orElseThrow()
                            .run("{}")
                            .output()
                            .get("Payload")
                            .asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void every_registration_reports_its_calls_and_the_inputs_it_received() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            var mock = engine.tasks()
                    .register(
                            TaskMatcher.state("ChargeCard"),
                            request -> request.retryCount() == 0
                                    ? TaskOutcome.fail("Busy", null)
                                    : TaskOutcome.succeed("{}"));
            engine.deploy("Shop", """
                    {"StartAt": "ChargeCard", "States": {"ChargeCard": {"Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"Payload.$": "$"},
                      "Retry": [{"ErrorEquals": ["Busy"]}], "End": true}}}""").run("{\"amount\": 10}");

            assertThat(mock.calls()).isEqualTo(2);
            assertThat(mock.inputs()).containsOnly(json("{\"Payload\":{\"amount\":10}}"));
            assertThat(mock.requests()).extracting(r -> r.retryCount()).containsExactly(0, 1);
        }
    }

    @Test
    void start_execution_sync_runs_the_child_in_the_same_engine_and_returns_its_description_with_text_output() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.deploy("Child", """
                    {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 60, "Next": "Done"},
                      "Done": {"Type": "Pass", "Result": {"Arg1": "argument1"}, "End": true}}}""");
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "RunChild", "States": {"RunChild": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution.sync",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child",
                                     "Input": {"from": "parent"}, "Name": "child-1"},
                      "End": true}}}""").run("{}");

            assertThat(parent.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            JsonNode description = parent.output();
            assertThat(description.get("Status").asText()).isEqualTo("SUCCEEDED");
            assertThat(description.get("Output").asText()).isEqualTo("{\"Arg1\":\"argument1\"}");
            assertThat(description.get("Input").asText()).isEqualTo("{\"from\":\"parent\"}");
            assertThat(description.get("ExecutionArn").asText())
                    .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Child:child-1");
            assertThat(description.get("StopDate").asLong()
                            - description.get("StartDate").asLong())
                    .isEqualTo(60_000);
            assertThat(types(parent)).contains("TaskSubmitted");
            assertThat(engine.execution(description.get("ExecutionArn").asText()))
                    .isPresent();
        }
    }

    @Test
    void start_execution_sync_2_gives_the_childs_input_and_output_as_json() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.deploy("Child", """
                    {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "Result": {"x": 1}, "End": true}}}""");
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "RunChild", "States": {"RunChild": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution.sync:2",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child"},
                      "OutputPath": "$.Output", "End": true}}}""").run("{}");

            assertThat(parent.output()).isEqualTo(json("{\"x\":1}"));
        }
    }

    @Test
    void a_failed_child_fails_the_parent_task_with_states_task_failed_and_its_description_as_cause() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.deploy("Child", """
                    {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "custom cause"}}}""");
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "RunChild", "States": {"RunChild": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution.sync",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child"},
                      "End": true}}}""").run("{}");

            assertThat(parent.error()).isEqualTo("States.TaskFailed");
            JsonNode cause = json(parent.cause());
            assertThat(cause.get("Error").asText()).isEqualTo("Boom");
            assertThat(cause.get("Cause").asText()).isEqualTo("custom cause");
            assertThat(cause.get("Status").asText()).isEqualTo("FAILED");
            assertThat(cause.has("Output")).isFalse();
        }
    }

    @Test
    void start_execution_without_sync_starts_the_child_and_moves_on() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.deploy("Child", """
                    {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 600, "End": true}}}""");
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "Kick", "States": {"Kick": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child"},
                      "End": true}}}""").run("{}");

            assertThat(parent.stopTime()).isEqualTo(T0);
            assertThat(parent.output().get("ExecutionArn").asText()).contains(":execution:Child:");
            assertThat(parent.output().has("SdkHttpMetadata")).isTrue();
            assertThat(events(parent, "TaskSubmitted")).isEmpty();
        }
    }

    @Test
    void starting_a_child_of_a_machine_that_does_not_exist_fails_the_task() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "Kick", "States": {"Kick": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution.sync",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"},
                      "End": true}}}""").run("{}");

            assertThat(parent.error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
            assertThat(parent.cause()).startsWith("State Machine Does Not Exist:");
        }
    }

    @Test
    void a_resource_pattern_reads_a_star_as_any_run_and_a_backslash_star_as_a_star() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.tasks().register(TaskMatcher.resource("arn:aws:states:::lambda:*"), r -> TaskOutcome.succeed("1"));
            engine.tasks().register(TaskMatcher.resource("arn:aws:states:::lambda:\\*"), r -> TaskOutcome.succeed("2"));

            assertThat(engine.deploy("Shop", CHARGE)
                            .run("{}")
                            .output()
                            .get("Payload")
                            .asInt())
                    .as("the later matcher wants a literal star, so the earlier one answers")
                    .isEqualTo(1);
            assertThat(TaskMatcher.resource("arn:aws:states:::lambda:\\*")
                            .matches(request("arn:aws:states:::lambda:*")))
                    .isTrue();
        }
    }

    private static TaskRequest request(String resource) {
        return new TaskRequest(
                "S", TaskResource.parse(resource), json("{}"), null, 0, 0, "arn", "M", "us-east-1", T0, null);
    }

    @Test
    void a_strict_engine_running_a_test_case_names_what_the_test_case_mocks_and_how_to_mock_the_state() {
        try (Engine engine =
                Engine.builder().startTime(T0).mockConfig(MockConfig.parse("""
                        {"StateMachines": {"Shop": {"TestCases": {"Happy": {"ChargeCrad": "Charged"}}}},
                         "MockedResponses": {"Charged": {"0": {"Return": {"ok": true}}}}}""")).build()) {
            Execution execution = engine.deploy("Shop", CHARGE)
                    .run(ExecutionRequest.withInput("{}").testCase("Happy"));

            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .endsWith("No task handler answers the Task state 'ChargeCard' (resource"
                            + " arn:aws:states:::lambda:invoke) and the engine is strict. The test case 'Happy' of the"
                            + " mock config mocks the states 'ChargeCrad'. No task handlers are registered. Did you mean"
                            + " the state 'ChargeCrad'? Mock it in the mock config file: under"
                            + " StateMachines.Shop.TestCases.Happy, add \"ChargeCard\": \"<MockedResponseName>\"; or,"
                            + " in Java, register a handler with engine.tasks().register(TaskMatcher.state(\"ChargeCard\"),"
                            + " handler).");
        }
    }

    @Test
    void a_test_case_without_the_state_also_lists_the_registered_handlers() {
        try (Engine engine =
                Engine.builder().startTime(T0).mockConfig(MockConfig.parse("""
                        {"StateMachines": {"Shop": {"TestCases": {"Empty": {}}}}, "MockedResponses": {}}""")).build()) {
            engine.tasks().register(TaskMatcher.state("ChargeCart"), request -> TaskOutcome.succeed("{}"));
            Execution execution = engine.deploy("Shop", CHARGE)
                    .run(ExecutionRequest.withInput("{}").testCase("Empty"));

            assertThat(execution.cause())
                    .contains("The test case 'Empty' of the mock config mocks no states. Registered: state"
                            + " 'ChargeCart'. Did you mean the state 'ChargeCart'?")
                    .doesNotContain("strictTasks(false)");
        }
    }

    @Test
    void a_child_execution_name_aws_refuses_fails_the_task_with_invalid_name() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            engine.deploy("Child", """
                    {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
            Execution parent = engine.deploy("Parent", """
                    {"StartAt": "Kick", "States": {"Kick": {"Type": "Task",
                      "Resource": "arn:aws:states:::states:startExecution",
                      "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Child",
                                     "Name": "non\u00a0breaking"},
                      "End": true}}}""").run("{}");

            assertThat(parent.error()).isEqualTo("StepFunctions.InvalidNameException");
        }
    }
}
