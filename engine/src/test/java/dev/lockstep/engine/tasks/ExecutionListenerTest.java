package dev.lockstep.engine.tasks;

import static dev.lockstep.engine.tasks.TaskTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.spi.ExecutionListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionListenerTest {

    /** Runs a one-Pass machine on an engine with these listeners; what the execution recorded outlives the engine. */
    private static Execution runHelloWith(ExecutionListener... listeners) {
        Engine.Builder builder = Engine.builder().startTime(T0);
        for (ExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        try (Engine engine = builder.build()) {
            return engine.deploy("Hello", """
                    {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "hello", "End": true}}}""").run("{}");
        }
    }

    /** Throws when it sees an event of one type. */
    static final class Picky implements ExecutionListener {
        private final HistoryEventType refused;

        Picky(HistoryEventType refused) {
            this.refused = refused;
        }

        @Override
        public void onEvent(Execution execution, HistoryEvent event) {
            if (event.type() == refused) {
                throw new IllegalStateException("no " + event.type().awsName() + " please");
            }
        }
    }

    @Test
    void a_listener_that_throws_fails_the_execution_naming_the_listener_and_not_a_lockstep_bug() {
        Execution execution = runHelloWith(new Picky(HistoryEventType.PASS_STATE_EXITED));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause())
                .contains("The execution listener dev.lockstep.engine.tasks.ExecutionListenerTest$Picky threw"
                        + " java.lang.IllegalStateException: no PassStateExited please in onEvent for the"
                        + " PassStateExited event.")
                .doesNotContain("bug in Lockstep");
    }

    @Test
    void a_listener_that_throws_at_the_start_fails_the_execution_too() {
        Execution execution = runHelloWith(new Picky(HistoryEventType.EXECUTION_STARTED));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.cause()).contains("for the ExecutionStarted event");
    }

    @Test
    void a_listener_that_throws_when_an_execution_ends_leaves_the_execution_as_it_ended() {
        List<Execution> told = new ArrayList<>();
        Execution execution = runHelloWith(
                new ExecutionListener() {
                    @Override
                    public void onExecutionFinished(Execution finished) {
                        throw new IllegalStateException("boom");
                    }
                },
                new ExecutionListener() {
                    @Override
                    public void onExecutionFinished(Execution finished) {
                        told.add(finished);
                    }
                });

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(told).as("the next listener is still told").containsExactly(execution);
    }
}
