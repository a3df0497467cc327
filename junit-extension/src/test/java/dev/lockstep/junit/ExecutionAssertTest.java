package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assertions on their own, on an engine without the extension, with their exact messages. */
class ExecutionAssertTest {

    private static final String TIMELINE_OF_A_SHIPPED_ORDER = """
            Status: SUCCEEDED
            Path: Validate → ChargeCard → InStock? → Ship → Done
            Timeline:
              +0s       ExecutionStarted
              +0s       PassStateEntered             Validate
              +0s       PassStateExited              Validate
              +0s       TaskStateEntered             ChargeCard
              +0s       LambdaFunctionScheduled      ChargeCard
              +0s       LambdaFunctionStarted        ChargeCard
              +0s       LambdaFunctionSucceeded      ChargeCard
              +0s       TaskStateExited              ChargeCard
              +0s       ChoiceStateEntered           InStock?
              +0s       ChoiceStateExited            InStock?
              +0s       TaskStateEntered             Ship
              +0s       LambdaFunctionScheduled      Ship
              +0s       LambdaFunctionStarted        Ship
              +0s       LambdaFunctionSucceeded      Ship
              +0s       TaskStateExited              Ship
              +0s       SucceedStateEntered          Done
              +0s       SucceedStateExited           Done
              +0s       ExecutionSucceeded
            """;

    private final Engine engine =
            Engine.builder().startTime(Instant.parse("2026-01-01T00:00:00Z")).build();

    @AfterEach
    void close() {
        engine.close();
    }

    private Execution shippedOrder() {
        engine.tasks().register(TaskMatcher.state("ChargeCard"), r -> TaskOutcome.succeed("{\"inStock\": true}"));
        engine.tasks().register(TaskMatcher.state("Ship"), r -> TaskOutcome.succeed("{\"trackingId\": \"T-1\"}"));
        return engine.deploy("orders", StateMachineDefinition.fromResource("workflows/orders.asl.json"))
                .run(ExecutionRequest.withInput("{\"orderId\": 42, \"amount\": 10}")
                        .named("order-42"));
    }

    @Test
    void the_happy_path_passes_every_assertion() {
        Execution execution = shippedOrder();

        assertThat(execution)
                .succeeded()
                .hasPath("Validate", "ChargeCard", "InStock?", "Ship", "Done")
                .containsPath("ChargeCard", "Done")
                .pathStartsWith("Validate", "ChargeCard")
                .entered("Ship")
                .neverEntered("Backorder")
                .retried("ChargeCard", 0)
                .hasHistoryEvents(HistoryEventType.EXECUTION_STARTED, HistoryEventType.EXECUTION_SUCCEEDED)
                .hasOutput("{\"orderId\": 42, \"amount\": 10, \"charge\": {\"inStock\": true},"
                        + " \"shipment\": {\"trackingId\": \"T-1\"}}");
        assertThat(execution).stateInput("ChargeCard").isEqualToJson("{\"orderId\": 42, \"amount\": 10}");
        assertThat(execution).stateOutput("ChargeCard").at("$.charge.inStock").isEqualTo(true);
        assertThat(execution).outputAt("$.orderId").isEqualTo(42);
        assertThat(execution).outputAt("$['shipment'].trackingId").isEqualTo("T-1");
        assertThat(execution).outputAt("$.missing").doesNotExist();
        assertThat(execution).history().hasSize(18);
    }

    @Test
    void a_wrong_status_shows_the_status_path_and_timeline() {
        Execution execution = shippedOrder();

        assertThatThrownBy(() -> assertThat(execution).failed())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting execution 'order-42' of orders to be FAILED but it was SUCCEEDED.\n"
                        + TIMELINE_OF_A_SHIPPED_ORDER);
    }

    @Test
    void a_wrong_path_shows_both_paths() {
        Execution execution = shippedOrder();

        assertThatThrownBy(() -> assertThat(execution).hasPath("Validate", "ChargeCard", "Backorder", "Done"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the path of execution 'order-42' of orders to be exactly:\n"
                        + "  Validate → ChargeCard → Backorder → Done\n"
                        + "but it was:\n"
                        + "  Validate → ChargeCard → InStock? → Ship → Done\n"
                        + TIMELINE_OF_A_SHIPPED_ORDER);
        assertThatThrownBy(() -> assertThat(execution).containsPath("Backorder"))
                .hasMessageStartingWith("Expecting the path of execution 'order-42' of orders to contain, in order:\n"
                        + "  Backorder\n");
        assertThatThrownBy(() -> assertThat(execution).neverEntered("Ship"))
                .hasMessageStartingWith(
                        "Expecting execution 'order-42' of orders never to have entered the state 'Ship' but it did.");
    }

    @Test
    void retries_catches_and_values_name_what_they_found() {
        Execution execution = shippedOrder();

        assertThatThrownBy(() -> assertThat(execution).retried("ChargeCard", 2))
                .hasMessageStartingWith("Expecting execution 'order-42' of orders to have retried the state"
                        + " 'ChargeCard' 2 time(s) but it retried it 0 time(s).");
        assertThatThrownBy(() -> assertThat(execution).retried("Backorder", 1))
                .hasMessageStartingWith("Expecting execution 'order-42' of orders to have retried the state"
                        + " 'Backorder' 1 time(s) but it never entered it.");
        assertThatThrownBy(() -> assertThat(execution).caughtAt("ChargeCard"))
                .hasMessageStartingWith("Expecting execution 'order-42' of orders to have caught an error at the"
                        + " state 'ChargeCard' but no state caught an error.");
        assertThatThrownBy(() -> assertThat(execution).outputAt("$.orderId").isEqualTo(43))
                .hasMessage("Expecting $.orderId of the output to be 43 but was 42");
        assertThatThrownBy(() -> assertThat(execution).outputAt("$.shipment").isEqualToJson("{}"))
                .hasMessage("Expecting $.shipment of the output to be {} but was {\"trackingId\":\"T-1\"}");
        assertThatThrownBy(() -> assertThat(execution).stateInput("Backorder"))
                .hasMessageStartingWith("Expecting execution 'order-42' of orders to have entered the state"
                        + " 'Backorder' but it did not.");
    }

    @Test
    void a_failed_execution_checks_error_and_cause() {
        engine.tasks()
                .register(TaskMatcher.state("ChargeCard"), r -> TaskOutcome.fail("CardDeclined", "insufficient funds"));
        Execution execution = engine.deploy("orders", StateMachineDefinition.fromResource("workflows/orders.asl.json"))
                .run(ExecutionRequest.withInput("{\"orderId\": 1, \"amount\": 5}")
                        .named("declined"));

        assertThat(execution)
                .failed()
                .withError("PaymentFailed")
                .withCause("The card could not be charged")
                .withCauseContaining("could not")
                .caughtAt("ChargeCard", "CardDeclined")
                .stateOutput("ChargeCard")
                .at("$.error.Error")
                .isEqualTo("CardDeclined");
        assertThatThrownBy(() -> assertThat(execution).withError("States.Timeout"))
                .hasMessageStartingWith("Expecting execution 'declined' of orders to have failed with the error"
                        + " 'States.Timeout' but the error was 'PaymentFailed'.\n"
                        + "Status: FAILED (PaymentFailed: The card could not be charged)\n"
                        + "Path: Validate → ChargeCard → PaymentFailed\n");
        assertThatThrownBy(() -> assertThat(execution).caughtAt("ChargeCard", "Lambda.ServiceException"))
                .hasMessageStartingWith("Expecting execution 'declined' of orders to have caught"
                        + " 'Lambda.ServiceException' at the state 'ChargeCard' but errors were caught at:"
                        + " [ChargeCard (CardDeclined)].");
        assertThatThrownBy(() -> assertThat(execution).output())
                .hasMessageStartingWith("Expecting execution 'declined' of orders to be SUCCEEDED but it was FAILED.");
    }

    @Test
    void a_running_execution_is_waited_for_then_reported_with_what_it_waits_for() {
        try (Engine manual = Engine.builder()
                .startTime(Instant.parse("2026-01-01T00:00:00Z"))
                .timeMode(EngineClock.TimeMode.MANUAL)
                .build()) {
            Execution execution = manual.deploy(
                            "reminder", StateMachineDefinition.fromResource("workflows/reminder.asl.json"))
                    .start(ExecutionRequest.withInput("{}").named("waiting"));

            assertThatThrownBy(() ->
                            assertThat(execution).within(Duration.ofMillis(50)).succeeded())
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("Expecting execution 'waiting' of reminder to be SUCCEEDED but it was still RUNNING"
                            + " after waiting 50 ms of real time.\n"
                            + "Status: RUNNING; waiting for [Wait state 'WaitADay' until 2026-01-02T00:00:00Z]\n"
                            + "Path: WaitADay\n"
                            + "Timeline:\n"
                            + "  +0s       ExecutionStarted\n"
                            + "  +0s       WaitStateEntered             WaitADay\n");
            assertThatThrownBy(() ->
                            assertThat(execution).within(Duration.ofMillis(50)).isWaitingForTaskToken("WaitADay"))
                    .hasMessageStartingWith("Expecting execution 'waiting' of reminder to wait for a task token at the"
                            + " state 'WaitADay' but no task waits for a token.");

            manual.clock().advance(Duration.ofDays(1));
            assertThat(execution).succeeded().outputAt("$").isEqualToJson("{\"reminded\": true}");
        }
    }

    @Test
    void a_null_execution_fails_like_assertj() {
        assertThatThrownBy(() -> assertThat((Execution) null).succeeded())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
