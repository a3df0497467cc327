package dev.lockstep.engine.tasks;

import static dev.lockstep.engine.tasks.TaskTestSupport.T0;
import static dev.lockstep.engine.tasks.TaskTestSupport.details;
import static dev.lockstep.engine.tasks.TaskTestSupport.events;
import static dev.lockstep.engine.tasks.TaskTestSupport.json;
import static dev.lockstep.engine.tasks.TaskTestSupport.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskStatesTest {

    private static Engine engine() {
        return Engine.builder().startTime(T0).build();
    }

    /** Starts a one-Task execution whose handler answers with {@code answer}, from real I/O on another thread. */
    private static Execution startRemote(Engine engine, CompletableFuture<TaskOutcome> answer) {
        engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.async(answer));
        return engine.deploy("Remote", """
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "End": true}}}""").start("{}");
    }

    @Test
    void a_lambda_invoke_mock_returns_the_functions_result_and_the_state_sees_awss_whole_response() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.state("Greet"), request -> TaskOutcome.succeed("{\"hello\": \"ana\"}"));
            Execution execution = engine.deploy("Hello", """
                    {"StartAt": "Greet", "States": {"Greet": {
                      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName": "greeter", "Payload.$": "$"}, "End": true}}}""").run("{\"name\": \"ana\"}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            JsonNode output = execution.output();
            assertThat(output.get("Payload")).isEqualTo(json("{\"hello\":\"ana\"}"));
            assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
            assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
            assertThat(output.get("SdkHttpMetadata").get("HttpStatusCode").asInt())
                    .isEqualTo(200);
            assertThat(output.get("SdkResponseMetadata").get("RequestId").asText())
                    .isEqualTo(output.get("SdkHttpMetadata")
                            .get("HttpHeaders")
                            .get("x-amzn-RequestId")
                            .asText());
            assertThat(types(execution))
                    .containsExactly(
                            "ExecutionStarted",
                            "TaskStateEntered",
                            "TaskScheduled",
                            "TaskStarted",
                            "TaskSucceeded",
                            "TaskStateExited",
                            "ExecutionSucceeded");
            JsonNode scheduled = details(events(execution, "TaskScheduled").get(0));
            assertThat(scheduled.get("parameters").asText())
                    .isEqualTo("{\"FunctionName\":\"greeter\",\"Payload\":{\"name\":\"ana\"}}");
            assertThat(scheduled.get("region").asText()).isEqualTo("us-east-1");
            assertThat(scheduled.get("resource").asText()).isEqualTo("invoke");
            assertThat(scheduled.get("resourceType").asText()).isEqualTo("lambda");
            assertThat(scheduled.has("timeoutInSeconds"))
                    .as("the default timeout is not written")
                    .isFalse();
        }
    }

    @Test
    void a_lambda_function_arn_records_the_lambda_function_events_and_passes_the_result_as_is() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.resource("arn:aws:lambda:*"), request -> TaskOutcome.succeed("42"));
            Execution execution = engine.deploy("Legacy", """
                    {"StartAt": "Call", "States": {"Call": {
                      "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:answer",
                      "TimeoutSeconds": 5, "End": true}}}""").run("{}");

            assertThat(execution.output().asInt()).isEqualTo(42);
            assertThat(types(execution))
                    .containsExactly(
                            "ExecutionStarted",
                            "TaskStateEntered",
                            "LambdaFunctionScheduled",
                            "LambdaFunctionStarted",
                            "LambdaFunctionSucceeded",
                            "TaskStateExited",
                            "ExecutionSucceeded");
            JsonNode scheduled =
                    details(events(execution, "LambdaFunctionScheduled").get(0));
            assertThat(scheduled.get("resource").asText())
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:answer");
            assertThat(scheduled.get("timeoutInSeconds").asInt()).isEqualTo(5);
            assertThat(scheduled.get("input").asText()).isEqualTo("{}");
        }
    }

    /** Developer guide, "Handling errors": IntervalSeconds 3, BackoffRate 2 → waits of 3, 6 and 12 seconds. */
    @Test
    void retries_wait_interval_times_backoff_to_the_power_of_the_retry_in_virtual_time() {
        try (Engine engine = engine()) {
            List<Integer> retryCounts = new ArrayList<>();
            engine.tasks().register(TaskMatcher.state("Flaky"), request -> {
                retryCounts.add(request.retryCount());
                return request.retryCount() < 3
                        ? TaskOutcome.fail("Lambda.ServiceException", "boom")
                        : TaskOutcome.succeed("{\"ok\": true}");
            });
            Execution execution = engine.deploy("Retrying", """
                    {"StartAt": "Flaky", "States": {"Flaky": {
                      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"Payload": {"attempt.$": "$$.State.RetryCount"}},
                      "ResultSelector": {"ok.$": "$.Payload.ok"},
                      "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 3,
                                 "MaxAttempts": 3, "BackoffRate": 2}],
                      "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output()).isEqualTo(json("{\"ok\":true}"));
            assertThat(retryCounts).containsExactly(0, 1, 2, 3);
            List<HistoryEvent> scheduled = events(execution, "TaskScheduled");
            assertThat(scheduled)
                    .extracting(HistoryEvent::timestamp)
                    .containsExactly(T0, T0.plusSeconds(3), T0.plusSeconds(9), T0.plusSeconds(21));
            assertThat(details(scheduled.get(2)).get("parameters").asText()).isEqualTo("{\"Payload\":{\"attempt\":2}}");
            HistoryEvent firstFailure = events(execution, "TaskFailed").get(0);
            assertThat(scheduled.get(1).previousEventId()).isEqualTo(firstFailure.id());
            assertThat(firstFailure.error()).isEqualTo("Lambda.ServiceException");
            assertThat(details(firstFailure).get("resourceType").asText()).isEqualTo("lambda");
        }
    }

    @Test
    void max_delay_seconds_caps_the_backoff() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.fail("Busy", "try later"));
            Execution execution = engine.deploy("Capped", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 3,
                                 "BackoffRate": 2, "MaxDelaySeconds": 5}],
                      "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(events(execution, "TaskScheduled"))
                    .extracting(HistoryEvent::timestamp)
                    .containsExactly(T0, T0.plusSeconds(3), T0.plusSeconds(8), T0.plusSeconds(13));
            assertThat(execution.error()).isEqualTo("Busy");
            assertThat(execution.cause()).isEqualTo("try later");
        }
    }

    @Test
    void full_jitter_waits_a_seeded_random_time_within_each_backoff_and_repeats_with_the_seed() {
        List<List<java.time.Instant>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (Engine engine = Engine.builder().startTime(T0).seed(11).build()) {
                engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.fail("Busy", null));
                Execution execution = engine.deploy("Jitter", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                          "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 10, "MaxAttempts": 3,
                                     "JitterStrategy": "FULL"}],
                          "End": true}}}""").run("{}");
                List<java.time.Instant> times = new ArrayList<>();
                events(execution, "TaskScheduled").forEach(e -> times.add(e.timestamp()));
                runs.add(times);
            }
        }
        List<java.time.Instant> times = runs.get(0);
        assertThat(runs.get(1)).as("same seed, same waits").isEqualTo(times);
        assertThat(Duration.between(times.get(0), times.get(1))).isBetween(Duration.ZERO, Duration.ofSeconds(10));
        assertThat(Duration.between(times.get(1), times.get(2))).isBetween(Duration.ZERO, Duration.ofSeconds(20));
        assertThat(Duration.between(times.get(2), times.get(3))).isBetween(Duration.ZERO, Duration.ofSeconds(40));
    }

    @Test
    void each_retrier_counts_its_own_attempts_and_the_first_matching_one_decides() {
        try (Engine engine = engine()) {
            String[] errors = {"ErrorA", "ErrorB", "ErrorC", "ErrorB"};
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.fail(errors[request.retryCount()], null));
            // Developer guide, "Handling errors", retrier example 4: after 1 s, 2 s and 5 s the fourth error (B) finds
            // its retrier spent and goes to the catcher.
            Execution execution = engine.deploy("Retriers", """
                    {"StartAt": "X", "States": {
                      "X": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Retry": [{"ErrorEquals": ["ErrorA", "ErrorB"], "IntervalSeconds": 1, "BackoffRate": 2,
                                   "MaxAttempts": 2},
                                  {"ErrorEquals": ["ErrorC"], "IntervalSeconds": 5}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Z"}], "End": true},
                      "Z": {"Type": "Pass", "End": true}}}""").run("{}");

            assertThat(events(execution, "TaskScheduled"))
                    .extracting(HistoryEvent::timestamp)
                    .containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(3), T0.plusSeconds(8));
            assertThat(execution.path()).containsExactly("X", "Z");
            assertThat(execution.output()).isEqualTo(json("{\"Error\":\"ErrorB\",\"Cause\":\"\"}"));
        }
    }

    @Test
    void a_catcher_puts_the_error_output_at_its_result_path_and_exits_the_task_state() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.fail("Payment.Declined", "card expired"));
            Execution execution = engine.deploy("Catching", """
                    {"StartAt": "Charge", "States": {
                      "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Catch": [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.error", "Next": "Refuse"}],
                        "End": true},
                      "Refuse": {"Type": "Pass", "End": true}}}""").run("{\"order\": 7}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output())
                    .isEqualTo(json(
                            "{\"order\":7,\"error\":{\"Error\":\"Payment.Declined\",\"Cause\":\"card expired\"}}"));
            assertThat(types(execution))
                    .containsExactly(
                            "ExecutionStarted",
                            "TaskStateEntered",
                            "TaskScheduled",
                            "TaskStarted",
                            "TaskFailed",
                            "TaskStateExited",
                            "PassStateEntered",
                            "PassStateExited",
                            "ExecutionSucceeded");
        }
    }

    @Test
    void an_uncaught_task_failure_fails_the_execution_right_after_the_failure_event() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.fail("Boom", "it broke"));
            Execution execution = engine.deploy("Failing", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("Boom");
            assertThat(execution.cause()).isEqualTo("it broke");
            List<HistoryEvent> history = execution.history();
            HistoryEvent failed = history.get(history.size() - 1);
            assertThat(failed.type().awsName()).isEqualTo("ExecutionFailed");
            assertThat(failed.previousEventId())
                    .isEqualTo(history.get(history.size() - 2).id());
            assertThat(history.get(history.size() - 2).type().awsName()).isEqualTo("TaskFailed");
        }
    }

    @Test
    void states_task_failed_matches_everything_but_a_timeout() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.noAnswer());
            Execution execution = engine.deploy("Timeouts", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "TimeoutSeconds": 30,
                      "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Failed"},
                                {"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}],
                      "End": true},
                      "Failed": {"Type": "Pass", "End": true},
                      "TimedOut": {"Type": "Pass", "End": true}}}""").run("{}");

            assertThat(execution.path()).containsExactly("T", "TimedOut");
            assertThat(execution.output()).isEqualTo(json("{\"Error\":\"States.Timeout\",\"Cause\":\"\"}"));
            HistoryEvent timedOut = events(execution, "TaskTimedOut").get(0);
            assertThat(timedOut.timestamp()).isEqualTo(T0.plusSeconds(30));
            assertThat(timedOut.error()).isEqualTo("States.Timeout");
            assertThat(timedOut.cause()).isNull();
        }
    }

    @Test
    void states_runtime_is_never_retried_or_caught() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.succeed("{\"a\": 1}"));
            Execution execution = engine.deploy("Runtime", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "ResultSelector": {"missing.$": "$.Payload.nope"},
                      "Retry": [{"ErrorEquals": ["States.ALL"]}],
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Never"}], "End": true},
                      "Never": {"Type": "Pass", "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Runtime");
            assertThat(execution.cause())
                    .startsWith("An error occurred while executing the state 'T' (entered at the event id #2). The"
                            + " JSONPath '$.Payload.nope' specified for the field 'missing.$' could not be found");
            assertThat(events(execution, "TaskScheduled")).hasSize(1);
        }
    }

    @Test
    void a_one_hour_backoff_and_a_one_day_heartbeat_cost_no_wall_time() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.state("Slow"), request -> TaskOutcome.noAnswer());
            long start = System.nanoTime();
            Execution execution = engine.deploy("Patient", """
                    {"StartAt": "Slow", "States": {"Slow": {
                      "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                      "HeartbeatSeconds": 86400,
                      "Retry": [{"ErrorEquals": ["States.HeartbeatTimeout"], "IntervalSeconds": 3600,
                                 "MaxAttempts": 2, "BackoffRate": 1}],
                      "End": true}}}""").run("{}");
            Duration wall = Duration.ofNanos(System.nanoTime() - start);

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(execution.stopTime())
                    .isEqualTo(T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
            assertThat(events(execution, "TaskTimedOut")).hasSize(3);
            assertThat(wall).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void latency_delays_the_answer_in_virtual_time() {
        try (Engine engine = engine()) {
            engine.tasks()
                    .register(
                            TaskMatcher.any(),
                            request -> TaskOutcome.succeed("{}").after(Duration.ofSeconds(90)));
            Execution execution = engine.deploy("Slowish", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true}}}""").run("{}");

            assertThat(events(execution, "TaskSucceeded").get(0).timestamp()).isEqualTo(T0.plusSeconds(90));
        }
    }

    @Test
    void latency_longer_than_the_timeout_ends_in_a_timeout() {
        try (Engine engine = engine()) {
            engine.tasks()
                    .register(
                            TaskMatcher.any(),
                            request -> TaskOutcome.succeed("{}").after(Duration.ofSeconds(90)));
            Execution execution = engine.deploy("TooSlow", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "TimeoutSeconds": 60, "End": true}}}""").run("{}");

            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(execution.stopTime()).isEqualTo(T0.plusSeconds(60));
            assertThat(events(execution, "TaskSucceeded")).isEmpty();
        }
    }

    @Test
    void an_answer_from_another_thread_completes_the_task() throws Exception {
        try (Engine engine = engine()) {
            CompletableFuture<TaskOutcome> answer = new CompletableFuture<>();
            Execution execution = startRemote(engine, answer);
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);

            Thread worker = new Thread(() -> answer.complete(TaskOutcome.succeed("{\"remote\": true}")));
            worker.start();
            worker.join();
            execution.awaitCompletion(Duration.ofSeconds(10));

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().get("Payload")).isEqualTo(json("{\"remote\":true}"));
        }
    }

    @Test
    void an_answer_that_fails_on_another_thread_is_the_services_client_failure() throws Exception {
        try (Engine engine = engine()) {
            CompletableFuture<TaskOutcome> answer = new CompletableFuture<>();
            Execution execution = startRemote(engine, answer);

            answer.completeExceptionally(new java.io.IOException("Connection refused"));
            execution.awaitCompletion(Duration.ofSeconds(10));

            assertThat(execution.error()).isEqualTo("Lambda.SdkClientException");
            assertThat(execution.cause()).isEqualTo("Unable to execute HTTP request: Connection refused");
        }
    }

    @Test
    void the_http_date_of_a_response_has_two_digit_days() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.succeed("{}"));
            Execution execution = engine.deploy("Dated", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true}}}""").run("{}");

            assertThat(execution
                            .output()
                            .get("SdkHttpMetadata")
                            .get("HttpHeaders")
                            .get("Date")
                            .asText())
                    .isEqualTo("Sun, 01 Mar 2026 12:00:00 GMT");
        }
    }

    @Test
    void a_result_over_256_kib_fails_the_task_with_data_limit_exceeded_which_a_catch_all_catches() {
        try (Engine engine = engine()) {
            String big = "\"" + "x".repeat(270_000) + "\"";
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.succeed(big));
            Execution execution = engine.deploy("Big", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
                      "Handled": {"Type": "Pass", "End": true}}}""").run("{}");

            assertThat(execution.path()).containsExactly("T", "Handled");
            assertThat(execution.output().get("Error").asText()).isEqualTo("States.DataLimitExceeded");
            assertThat(execution.output().get("Cause").asText())
                    .isEqualTo("The state/task 'lambda' returned a result with a size exceeding the maximum number of"
                            + " bytes service limit.");
        }
    }

    @Test
    void a_handler_sees_the_request_as_the_service_would() {
        try (Engine engine = engine()) {
            List<TaskRequest> seen = new ArrayList<>();
            engine.tasks().register(TaskMatcher.any(), request -> {
                seen.add(request);
                return TaskOutcome.succeed("{}");
            });
            engine.deploy("Seen", """
                    {"StartAt": "Put", "States": {"Put": {"Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:putItem",
                      "Parameters": {"TableName": "Orders", "Item": {"id": {"S.$": "$.id"}}}, "End": true}}}""").run("{\"id\": \"o-1\"}");

            TaskRequest request = seen.get(0);
            assertThat(request.stateName()).isEqualTo("Put");
            assertThat(request.resource().service()).isEqualTo("dynamodb");
            assertThat(request.resource().action()).isEqualTo("putItem");
            assertThat(request.input()).isEqualTo(json("{\"TableName\":\"Orders\",\"Item\":{\"id\":{\"S\":\"o-1\"}}}"));
            assertThat(request.invocation()).isZero();
            assertThat(request.time()).isEqualTo(T0);
            assertThat(request.executionArn()).contains(":execution:Seen:");
        }
    }

    @Test
    void run_waits_for_an_answer_that_real_io_sends_from_another_thread() {
        try (Engine engine = engine()) {
            engine.tasks()
                    .register(
                            TaskMatcher.any(),
                            request -> TaskOutcome.async(CompletableFuture.supplyAsync(
                                    () -> TaskOutcome.succeed("{\"remote\": true}"),
                                    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS))));
            Execution execution = engine.deploy("Remote", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Next": "Again"},
                      "Again": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().get("Payload")).isEqualTo(json("{\"remote\":true}"));
        }
    }

    @Test
    void an_execution_waiting_for_real_io_says_so() {
        try (Engine engine = engine()) {
            CompletableFuture<TaskOutcome> answer = new CompletableFuture<>();
            Execution execution = startRemote(engine, answer);

            assertThat(execution.waitingFor())
                    .containsExactly("Task state 'T' for its handler's answer from real I/O (TaskOutcome.async)");
            answer.complete(TaskOutcome.succeed("{}"));
            assertThat(execution.waitingFor()).isEmpty();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Test
    void a_task_scheduled_event_keeps_its_parameters_as_json_and_writes_them_as_text() {
        try (Engine engine = engine()) {
            engine.tasks().register(TaskMatcher.any(), request -> TaskOutcome.succeed("{}"));
            Execution execution = engine.deploy("Send", """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                      "Parameters": {"QueueUrl": "q", "MessageBody.$": "$"}, "End": true}}}""").run("{\"a\": 1}");
            HistoryEvent scheduled = events(execution, "TaskScheduled").get(0);

            assertThat(scheduled.parameters()).isEqualTo(json("{\"QueueUrl\":\"q\",\"MessageBody\":{\"a\":1}}"));
            assertThat(details(scheduled).get("parameters").asText())
                    .isEqualTo("{\"QueueUrl\":\"q\",\"MessageBody\":{\"a\":1}}");
            assertThat(details(scheduled).fieldNames())
                    .toIterable()
                    .containsExactly("parameters", "region", "resource", "resourceType");
        }
    }
}
