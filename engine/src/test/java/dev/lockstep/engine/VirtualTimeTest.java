package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clock as docs/time.md describes it. */
class VirtualTimeTest {

    private static final Instant JUNE_FIRST = Instant.parse("2026-06-01T09:00:00Z");

    private static final String ONE_DAY_NAP = """
            {"StartAt": "Sleep", "States": {
              "Sleep": {"Type": "Wait", "Seconds": 86400, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    @Test
    void a_one_year_wait_finishes_at_once_and_stamps_the_history_a_year_later() {
        try (Engine engine = Engine.builder()
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .build()) {
            StateMachine nap = engine.deploy("Nap", """
                    {"StartAt": "Sleep", "States": {
                      "Sleep": {"Type": "Wait", "Seconds": 31536000, "End": true}}}""");

            long wallBefore = System.nanoTime();
            Execution execution = nap.run("{}");
            Duration wall = Duration.ofNanos(System.nanoTime() - wallBefore);

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.stopTime()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
            assertThat(execution.history().get(3).timestamp()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
            assertThat(wall).as("no real sleeping").isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void a_manual_clock_holds_a_wait_until_the_test_advances_past_its_end() {
        try (Engine engine = Engine.builder()
                .startTime(JUNE_FIRST)
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            Execution execution = engine.deploy("Reminder", ONE_DAY_NAP).start("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(execution.waitingFor()).containsExactly("Wait state 'Sleep' until 2026-06-02T09:00:00Z");
            assertThat(engine.clock().nextTimer()).isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));

            engine.clock().advance(Duration.ofHours(23));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(engine.clock().now()).isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));

            engine.clock().advance(Duration.ofHours(1));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.stopTime()).isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));
        }
    }

    @Test
    void awaiting_an_execution_held_by_a_manual_clock_says_what_it_waits_for_and_how_to_move_on() {
        try (Engine engine = Engine.builder()
                .startTime(JUNE_FIRST)
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            Execution execution = engine.deploy("Reminder", ONE_DAY_NAP).start("{}");

            assertThatThrownBy(execution::awaitCompletion)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is still RUNNING and cannot finish on its own")
                    .hasMessageContaining("Wait state 'Sleep' until 2026-06-02T09:00:00Z")
                    .hasMessageContaining("advance it with engine.clock().advance(...)");
        }
    }

    @Test
    void advancing_runs_the_timers_of_several_executions_in_time_order() {
        try (Engine engine = Engine.builder()
                .startTime(JUNE_FIRST)
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            StateMachine long1 = engine.deploy("Long", wait(300));
            StateMachine short1 = engine.deploy("Short", wait(100));
            Execution slow = long1.start("{}");
            Execution quick = short1.start("{}");

            engine.clock().advanceTo(JUNE_FIRST.plusSeconds(1000));

            assertThat(quick.stopTime()).isEqualTo(JUNE_FIRST.plusSeconds(100));
            assertThat(slow.stopTime()).isEqualTo(JUNE_FIRST.plusSeconds(300));
        }
    }

    @Test
    void a_timestamp_in_the_past_ends_the_wait_at_once() {
        try (Engine engine = Engine.builder().startTime(JUNE_FIRST).build()) {
            Execution execution = engine.deploy("Past", """
                    {"StartAt": "W", "States": {
                      "W": {"Type": "Wait", "Timestamp": "2020-01-01T00:00:00Z", "End": true}}}""").run("{}");

            assertThat(execution.stopTime()).isEqualTo(JUNE_FIRST);
        }
    }

    @Test
    void a_timestamp_wait_counts_to_the_second_as_aws_truncates_milliseconds() {
        try (Engine engine = Engine.builder().startTime(JUNE_FIRST).build()) {
            Execution execution = engine.deploy("Exact", """
                    {"StartAt": "W", "States": {
                      "W": {"Type": "Wait", "Timestamp": "2026-06-01T10:00:00.999Z", "End": true}}}""").run("{}");

            assertThat(execution.stopTime()).isEqualTo(Instant.parse("2026-06-01T10:00:00Z"));
        }
    }

    @Test
    void the_definition_timeout_ends_the_execution_timed_out_at_exactly_that_time() {
        try (Engine engine = Engine.builder().startTime(JUNE_FIRST).build()) {
            Execution execution = engine.deploy("Slow", """
                    {"TimeoutSeconds": 60, "StartAt": "W", "States": {
                      "W": {"Type": "Wait", "Seconds": 3600, "End": true}}}""").run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(execution.error())
                    .as("AWS's DescribeExecution has no error")
                    .isNull();
            assertThat(execution.stopTime()).isEqualTo(JUNE_FIRST.plusSeconds(60));
            List<String> types =
                    execution.history().stream().map(e -> e.type().awsName()).collect(Collectors.toList());
            assertThat(types).containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
            HistoryEvent timedOut = execution.history().get(2);
            assertThat(timedOut.error()).isEqualTo("States.Timeout");
            assertThat(timedOut.previousEventId()).isZero();
        }
    }

    @Test
    void an_express_execution_times_out_after_five_minutes() {
        try (Engine engine = Engine.builder().startTime(JUNE_FIRST).build()) {
            Execution execution = engine.deploy(
                            "Quick", StateMachineDefinition.parse(wait(301)), StateMachineType.EXPRESS)
                    .run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(execution.stopTime()).isEqualTo(JUNE_FIRST.plusSeconds(300));
        }
    }

    @Test
    void stopping_a_waiting_execution_aborts_its_wait_state() {
        try (Engine engine = Engine.builder()
                .startTime(JUNE_FIRST)
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            Execution execution = engine.deploy("Reminder", ONE_DAY_NAP).start("{}");

            execution.stop("Operator.Cancelled", "No longer needed");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
            assertThat(execution.error()).isEqualTo("Operator.Cancelled");
            List<String> types =
                    execution.history().stream().map(e -> e.type().awsName()).collect(Collectors.toList());
            assertThat(types)
                    .containsExactly("ExecutionStarted", "WaitStateEntered", "WaitStateAborted", "ExecutionAborted");
            assertThat(engine.clock().nextTimer())
                    .as("the wait's timer is gone")
                    .isNull();
        }
    }

    @Test
    void the_same_seed_and_start_time_give_byte_identical_histories() {
        String first = historyOf(7);
        assertThat(historyOf(7)).isEqualTo(first);
        assertThat(historyOf(8)).as("another seed, another generated name").isNotEqualTo(first);
    }

    private static String historyOf(long seed) {
        try (Engine engine = Engine.builder().startTime(JUNE_FIRST).seed(seed).build()) {
            Execution execution = engine.deploy("Reminder", ONE_DAY_NAP).run("{\"a\": [1, 2.5, \"x\"]}");
            return execution.arn() + execution.history();
        }
    }

    private static String wait(int seconds) {
        return "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": " + seconds
                + ", \"End\": true}}}";
    }
}
