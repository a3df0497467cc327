package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeAndApprovalTest {

    @Nested
    @LockstepTest
    @StateMachine("workflows/reminder.asl.json")
    @InitialTime("2026-01-01T00:00:00Z")
    class AutomaticTime {
        @Test
        void a_day_long_wait_passes_at_once(Lockstep lockstep) {
            Execution execution = lockstep.run("{}");

            assertThat(execution)
                    .succeeded()
                    .hasPath("WaitADay", "Remind")
                    .outputAt("$.reminded")
                    .isEqualTo(true);
            assertThat(execution.stopTime()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        }
    }

    @Nested
    @LockstepTest(timeMode = EngineClock.TimeMode.MANUAL)
    @StateMachine("workflows/reminder.asl.json")
    @InitialTime("2026-01-01T00:00:00Z")
    class ManualTime {
        @Test
        void the_clock_moves_only_when_told(Lockstep lockstep) {
            Execution execution = lockstep.start("{}");
            assertThat(execution).isRunning().hasPath("WaitADay");

            lockstep.advance(Duration.ofHours(23));
            assertThat(execution).isRunning();

            lockstep.clock().advance(Duration.ofHours(1));
            assertThat(execution).succeeded().hasPath("WaitADay", "Remind");
        }

        @Test
        @InitialTime("2030-05-05T05:05:05Z")
        void a_method_may_choose_its_own_start(Lockstep lockstep) {
            assertThat(lockstep.clock().now()).isEqualTo(Instant.parse("2030-05-05T05:05:05Z"));
        }
    }

    @Nested
    @LockstepTest(awaitSeconds = 5)
    @StateMachine("workflows/approval.asl.yaml")
    class HumanApproval {
        private static final String EXPENSE = "{\"expense\": {\"amount\": 120}}";

        @Test
        void approving_the_waiting_task_in_one_call(Lockstep lockstep) {
            Execution execution = lockstep.start(EXPENSE);
            assertThat(execution).isWaitingForTaskToken("ManagerApproval");
            assertThat(lockstep.pendingTask(execution, "ManagerApproval")
                            .input()
                            .at("/MessageBody/expense/amount")
                            .asInt())
                    .isEqualTo(120);

            lockstep.approve(execution, "ManagerApproval", "{\"approved\": true}");

            assertThat(execution)
                    .succeeded()
                    .hasPath("ManagerApproval", "Approved")
                    .hasOutput("{\"approved\": true}");
        }

        @Test
        void rejecting_it_takes_the_catch(Lockstep lockstep) {
            Execution execution = lockstep.start(EXPENSE);

            lockstep.reject(execution, "ManagerApproval", "Rejected", "over budget");

            assertThat(execution)
                    .failed()
                    .withError("ExpenseRefused")
                    .caughtAt("ManagerApproval", "Rejected")
                    .hasPath("ManagerApproval", "Refused");
        }

        @Test
        void assertions_wait_for_an_answer_from_another_thread(Lockstep lockstep) throws Exception {
            Execution execution = lockstep.start(EXPENSE);
            CompletableFuture<Void> approver = CompletableFuture.runAsync(() -> {
                sleep(100);
                lockstep.approve(execution, "ManagerApproval", "{\"approved\": true}");
            });

            assertThat(execution).within(Duration.ofSeconds(5)).succeeded();
            approver.get(5, TimeUnit.SECONDS);
        }

        @Test
        void an_assertion_fails_fast_when_the_execution_ends_otherwise(Lockstep lockstep) {
            Execution execution = lockstep.start(EXPENSE);
            CompletableFuture.runAsync(() -> {
                sleep(50);
                lockstep.reject(execution, "ManagerApproval", "Rejected", "no");
            });
            long started = System.nanoTime();

            assertThatThrownBy(() ->
                            assertThat(execution).within(Duration.ofSeconds(30)).succeeded())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expecting execution '" + execution.name()
                            + "' of approval to be SUCCEEDED but it was FAILED.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }

        @Test
        void approving_a_state_that_does_not_wait_says_what_does(Lockstep lockstep) {
            Execution execution = lockstep.start(EXPENSE);
            lockstep.approve(execution, "ManagerApproval", "{}");

            assertThatThrownBy(() -> lockstep.approve(execution, "ManagerApproval", "{}"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("No task waits for its token at the state 'ManagerApproval' of execution '"
                            + execution.name() + "' (status SUCCEEDED); no task waits for a token. Now it waits for:"
                            + " []. Path: [ManagerApproval, Approved]");
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
