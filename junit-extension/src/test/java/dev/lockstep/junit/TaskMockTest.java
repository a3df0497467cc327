package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.TaskMatcher;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@LockstepTest
@StateMachine("workflows/orders.asl.json")
@InitialTime("2026-01-01T00:00:00Z")
class TaskMockTest {

    private static final String ORDER = "{\"orderId\": 42, \"amount\": 10}";

    @Test
    void returns_answers_every_call_and_records_the_inputs(Lockstep lockstep) {
        TaskMock charge = lockstep.task("ChargeCard").returns("{\"inStock\": false}");

        lockstep.run(ORDER);
        lockstep.run("{\"orderId\": 43, \"amount\": 20}");

        assertThat(charge.callCount()).isEqualTo(2);
        assertThat(charge.inputs())
                .extracting(input -> input.get("orderId").asInt())
                .containsExactly(42, 43);
        assertThat(charge.lastInput().get("amount").asInt()).isEqualTo(20);
        assertThat(charge.calls().get(0).stateName()).isEqualTo("ChargeCard");
    }

    @Test
    void fails_times_then_returns_drives_the_retrier(Lockstep lockstep) {
        TaskMock charge = lockstep.task("ChargeCard")
                .fails("Lambda.TooManyRequestsException", "Rate exceeded")
                .times(2)
                .thenReturns("{\"inStock\": false}");

        Execution execution = lockstep.run(ORDER);

        assertThat(execution)
                .succeeded()
                .retried("ChargeCard", 2)
                .hasPath("Validate", "ChargeCard", "InStock?", "Backorder", "Done");
        assertThat(charge.calls()).extracting(TaskCall::retryCount).containsExactly(0, 1, 2);
        // IntervalSeconds 2, BackoffRate 2.0: the retries wait 2 s and 4 s of virtual time (developer guide: "Handling
        // errors", Retry).
        assertThat(execution.stopTime()).isEqualTo(Instant.parse("2026-01-01T00:00:06Z"));
    }

    @Test
    void steps_without_a_count_answer_once_when_another_follows(Lockstep lockstep) {
        TaskMock charge =
                lockstep.task("ChargeCard").returns("{\"inStock\": true}").thenReturns("{\"inStock\": false}");
        lockstep.task("Ship").returns("{}");

        assertThat(lockstep.run(ORDER)).succeeded().entered("Ship");
        assertThat(lockstep.run(ORDER)).succeeded().entered("Backorder");
        assertThat(lockstep.run(ORDER)).succeeded().entered("Backorder");
        assertThat(charge.callCount()).isEqualTo(3);
    }

    @Test
    void a_counted_script_that_runs_out_fails_the_task_and_says_so(Lockstep lockstep) {
        lockstep.task("ChargeCard").returns("{\"inStock\": false}").times(1);

        assertThat(lockstep.run(ORDER)).succeeded();
        Execution second = lockstep.run(ORDER);

        assertThat(second).failed().withError("PaymentFailed").caughtAt("ChargeCard", "Lockstep.MockExhausted");
        HistoryEvent failure = second.history().stream()
                .filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(failure.cause())
                .isEqualTo("The mock for Task state 'ChargeCard' answered its 1 scripted call(s) (returns"
                        + " {\"inStock\":false} 1 time(s)) and has no answer for call 2: add a step with"
                        + " then...(...), or drop the last times(n)");
    }

    @Test
    void answers_computes_the_result_from_the_input(Lockstep lockstep) {
        lockstep.task("ChargeCard")
                .answers(input -> JsonNodeFactory.instance
                        .objectNode()
                        .put("inStock", input.get("amount").asInt() < 100));
        lockstep.task("Ship").returns("{\"trackingId\": \"T-1\"}");

        assertThat(lockstep.run(ORDER)).succeeded().entered("Ship");
        assertThat(lockstep.run("{\"orderId\": 1, \"amount\": 500}"))
                .succeeded()
                .entered("Backorder");
    }

    @Test
    void after_delays_the_answer_in_virtual_time(Lockstep lockstep) {
        lockstep.task("ChargeCard").returns("{\"inStock\": false}").after(Duration.ofHours(2));

        Execution execution = lockstep.run(ORDER);

        assertThat(execution).succeeded();
        assertThat(execution.stopTime()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
    }

    @Test
    void a_mock_by_matcher_and_its_removal(Lockstep lockstep) {
        TaskMock byResource = lockstep.task(TaskMatcher.resource("arn:aws:lambda:*:function:charge-card"))
                .returns("{\"inStock\": false}");
        assertThat(lockstep.run(ORDER)).succeeded();
        byResource.remove();

        // With no handler left, the strict engine fails the execution with States.Runtime, which States.ALL does not
        // catch (developer guide: "Handling errors").
        assertThat(lockstep.run(ORDER)).failed().withError("States.Runtime").hasPath("Validate", "ChargeCard");
        assertThat(byResource.callCount()).isEqualTo(1);
    }

    @Test
    void times_before_an_answer_is_refused_with_the_fix(Lockstep lockstep) {
        assertThatThrownBy(() -> lockstep.task("ChargeCard").times(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("times(n) and after(d) change the answer before them: write returns(...), fails(...) or"
                        + " answers(...) first");
        assertThatThrownBy(() -> lockstep.task("ChargeCard").returns("{oops"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A mocked task result must be JSON; at line 1, column 2:");
    }
}
