package dev.lockstep.engine.tasks;

import static dev.lockstep.engine.tasks.TaskTestSupport.T0;
import static dev.lockstep.engine.tasks.TaskTestSupport.details;
import static dev.lockstep.engine.tasks.TaskTestSupport.events;
import static dev.lockstep.engine.tasks.TaskTestSupport.json;
import static dev.lockstep.engine.tasks.TaskTestSupport.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Activity;
import dev.lockstep.engine.ActivityDoesNotExistException;
import dev.lockstep.engine.ActivityTask;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.PendingTask;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.TaskTokenException;
import dev.lockstep.engine.spi.TaskOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallbacksAndActivitiesTest {

    private static final String APPROVAL = """
            {"StartAt": "AskManager", "States": {
              "AskManager": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                               "MessageBody": {"order.$": "$.order", "token.$": "$$.Task.Token"}},
                "HeartbeatSeconds": 3600, "TimeoutSeconds": 86400,
                "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.rejection", "Next": "Cancel"}],
                "Next": "Ship"},
              "Ship": {"Type": "Pass", "End": true},
              "Cancel": {"Type": "Pass", "End": true}}}""";

    @Test
    void a_human_approval_waits_for_the_token_and_goes_on_when_the_test_approves() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 42}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            PendingTask approval = execution.pendingTask("AskManager");
            assertThat(approval.input().get("MessageBody").get("order").asInt()).isEqualTo(42);
            assertThat(approval.input().get("MessageBody").get("token").asText())
                    .isEqualTo(approval.taskToken());
            assertThat(approval.taskToken()).startsWith("AQ");
            assertThat(execution.waitingFor()).containsExactly("Task state 'AskManager' for its task token");

            approval.succeed("{\"approved\": true}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output()).isEqualTo(json("{\"approved\":true}"));
            assertThat(types(execution))
                    .containsExactly(
                            "ExecutionStarted",
                            "TaskStateEntered",
                            "TaskScheduled",
                            "TaskStarted",
                            "TaskSubmitted",
                            "TaskSucceeded",
                            "TaskStateExited",
                            "PassStateEntered",
                            "PassStateExited",
                            "ExecutionSucceeded");
            assertThat(details(events(execution, "TaskSubmitted").get(0))
                            .get("output")
                            .asText())
                    .contains("\"MD5OfMessageBody\"")
                    .contains("\"MessageId\"");
            assertThat(details(events(execution, "TaskScheduled").get(0))
                            .get("heartbeatInSeconds")
                            .asInt())
                    .isEqualTo(3600);
        }
    }

    @Test
    void a_rejection_fails_the_task_with_the_given_error_and_cause_which_a_catch_handles() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 42}");

            execution.pendingTask("AskManager").fail("Rejected", "over budget");

            assertThat(execution.path()).containsExactly("AskManager", "Cancel");
            assertThat(execution.output())
                    .isEqualTo(json("{\"order\":42,\"rejection\":{\"Error\":\"Rejected\",\"Cause\":\"over budget\"}}"));
        }
    }

    @Test
    void the_clock_stands_still_while_a_token_is_out_and_the_heartbeat_fires_when_the_test_lets_time_pass() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 1}");
            PendingTask approval = execution.pendingTask("AskManager");

            engine.clock().advance(Duration.ofMinutes(59));
            approval.heartbeat();
            engine.clock().advance(Duration.ofMinutes(59));
            assertThat(execution.status()).as("a heartbeat restarts the hour").isEqualTo(ExecutionStatus.RUNNING);

            engine.clock().advance(Duration.ofMinutes(2));

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(execution.stopTime()).isEqualTo(T0.plus(Duration.ofMinutes(59 + 60)));
            assertThatThrownBy(() -> approval.succeed("{}"))
                    .isInstanceOf(TaskTokenException.class)
                    .hasMessage("Task Timed Out: 'Provided task does not exist anymore'")
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.TASK_TIMED_OUT);
        }
    }

    @Test
    void tokens_are_checked_as_send_task_success_checks_them() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 1}");
            String token = execution.pendingTask("AskManager").taskToken();
            String unknown =
                    "AQ" + token.substring(2, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);

            assertThatThrownBy(() -> engine.sendTaskSuccess("not a token", "{}"))
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.INVALID_TOKEN);
            assertThatThrownBy(() -> engine.sendTaskSuccess(unknown, "{}"))
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.TASK_DOES_NOT_EXIST);
            assertThatThrownBy(() -> engine.sendTaskSuccess(token, "{not json"))
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.INVALID_OUTPUT);

            engine.sendTaskSuccess(token, "{}");
            assertThatThrownBy(() -> engine.sendTaskSuccess(token, "{}"))
                    .as("a token used twice")
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.TASK_TIMED_OUT);
        }
    }

    @Test
    void asking_for_a_task_that_does_not_wait_names_the_ones_that_do() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 1}");

            assertThatThrownBy(() -> execution.pendingTask("Ship"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No task waits for its token at the state 'Ship'")
                    .hasMessageContaining("tasks wait at [AskManager]");
        }
    }

    @Test
    void awaiting_an_execution_that_waits_for_a_token_says_so() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 1}");

            assertThatThrownBy(execution::awaitCompletion)
                    .hasMessageContaining("waiting for Task state 'AskManager' for its task token");
        }
    }

    @Test
    void an_activity_worker_polls_the_task_and_answers_it() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Activity activity = engine.createActivity("Packing");
            assertThat(activity.arn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:Packing");
            Execution execution = engine.deploy("Warehouse", """
                    {"StartAt": "Pack", "States": {"Pack": {"Type": "Task",
                      "Resource": "arn:aws:states:us-east-1:123456789012:activity:Packing",
                      "TimeoutSeconds": 600, "End": true}}}""").start("{\"items\": 3}");

            engine.clock().advance(Duration.ofSeconds(30));
            ActivityTask task =
                    engine.getActivityTask(activity.arn(), "packer-1").orElseThrow();
            assertThat(task.input()).isEqualTo("{\"items\":3}");
            assertThat(engine.getActivityTask(activity.arn(), "packer-2"))
                    .as("handed out once")
                    .isEmpty();
            engine.sendTaskSuccess(task.taskToken(), "{\"packed\": 3}");

            assertThat(execution.output()).isEqualTo(json("{\"packed\":3}"));
            assertThat(types(execution))
                    .containsExactly(
                            "ExecutionStarted",
                            "TaskStateEntered",
                            "ActivityScheduled",
                            "ActivityStarted",
                            "ActivitySucceeded",
                            "TaskStateExited",
                            "ExecutionSucceeded");
            assertThat(details(events(execution, "ActivityStarted").get(0))
                            .get("workerName")
                            .asText())
                    .isEqualTo("packer-1");
            assertThat(events(execution, "ActivityStarted").get(0).timestamp()).isEqualTo(T0.plusSeconds(30));
        }
    }

    @Test
    void an_activity_that_does_not_exist_fails_the_execution_as_aws_does() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Execution execution = engine.deploy("Warehouse", """
                    {"StartAt": "Pack", "States": {"Pack": {"Type": "Task",
                      "Resource": "arn:aws:states:us-east-1:123456789012:activity:Gone", "End": true}}}""").run("{}");

            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .isEqualTo("An error occurred while executing the state 'Pack' (entered at the event id #2). The"
                            + " activity arn:aws:states:us-east-1:123456789012:activity:Gone does not exist.");
            assertThatThrownBy(() -> engine.getActivityTask("arn:aws:states:us-east-1:123456789012:activity:Gone", "w"))
                    .isInstanceOf(ActivityDoesNotExistException.class)
                    .hasMessage("Activity Does Not Exist: 'arn:aws:states:us-east-1:123456789012:activity:Gone'");
        }
    }

    @Test
    void creating_an_activity_twice_returns_the_same_one() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Activity first = engine.createActivity("Packing");
            engine.clock().advance(Duration.ofSeconds(1));

            assertThat(engine.createActivity("Packing")).isEqualTo(first);
            assertThat(engine.activities()).containsExactly(first);
            assertThat(engine.deleteActivity(first.arn())).isTrue();
            assertThat(engine.activity(first.arn())).isEqualTo(Optional.empty());
        }
    }

    @Test
    void stopping_an_execution_aborts_its_waiting_task_and_closes_the_token() {
        try (Engine engine = Engine.builder()
                .startTime(T0)
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 1}");
            String token = execution.pendingTask("AskManager").taskToken();

            execution.stop("Cancelled", "by the customer");

            assertThat(types(execution)).endsWith("TaskStateAborted", "ExecutionAborted");
            assertThat(execution.pendingTasks()).isEmpty();
            assertThat(engine.clock().nextTimer()).as("timeouts cancelled").isNull();
            assertThatThrownBy(() -> engine.sendTaskSuccess(token, "{}"))
                    .extracting(e -> ((TaskTokenException) e).reason())
                    .isEqualTo(TaskTokenException.Reason.TASK_TIMED_OUT);
        }
    }

    @Test
    void a_worker_waiting_for_an_activity_task_gets_the_one_scheduled_while_it_waits() throws Exception {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Activity activity = engine.createActivity("Packing");
            CompletableFuture<Optional<ActivityTask>> polled = CompletableFuture.supplyAsync(
                    () -> engine.getActivityTask(activity.arn(), "packer-1", Duration.ofSeconds(30)));
            Execution execution = engine.deploy("Warehouse", """
                    {"StartAt": "Pack", "States": {"Pack": {"Type": "Task",
                      "Resource": "arn:aws:states:us-east-1:123456789012:activity:Packing", "End": true}}}""").start("{\"items\": 3}");

            ActivityTask task = polled.get(30, TimeUnit.SECONDS).orElseThrow();
            assertThat(task.input()).isEqualTo("{\"items\":3}");
            engine.sendTaskSuccess(task.taskToken(), "{\"packed\": 3}");
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Test
    void a_worker_that_waits_in_vain_gets_nothing_and_an_unknown_activity_is_refused_at_once() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            Activity activity = engine.createActivity("Idle");

            assertThat(engine.getActivityTask(activity.arn(), "w", Duration.ZERO))
                    .isEmpty();
            assertThatThrownBy(() -> engine.getActivityTask(
                            "arn:aws:states:us-east-1:123456789012:activity:Nope", "w", Duration.ofMinutes(1)))
                    .isInstanceOf(ActivityDoesNotExistException.class);
        }
    }

    @Test
    void a_handler_that_sends_the_token_out_through_real_io_leaves_the_clock_waiting_for_the_token() {
        try (Engine engine = Engine.builder().startTime(T0).build()) {
            CompletableFuture<TaskOutcome> sent = new CompletableFuture<>();
            engine.tasks().register(TaskMatcher.state("AskManager"), request -> TaskOutcome.async(sent));
            Execution execution = engine.deploy("Approval", APPROVAL).start("{\"order\": 7}");
            sent.complete(TaskOutcome.noAnswer()); // the message with the token is out; now the token is awaited

            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(engine.clock().now()).as("the heartbeat has not fired").isEqualTo(T0);
            execution.pendingTask("AskManager").succeed("{\"approved\": true}");
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }
}
