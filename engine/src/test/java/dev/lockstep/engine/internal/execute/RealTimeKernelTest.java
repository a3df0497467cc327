package dev.lockstep.engine.internal.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A REAL clock wakes the kernel with one wall-clock wake-up at a time, however often the kernel is asked to run. */
class RealTimeKernelTest {

    /** Starts an execution of a new machine that waits {@code seconds}. */
    private static Execution waitFor(EngineCore core, String name, int seconds) {
        String definition = """
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": %d, "End": true}}}""".formatted(seconds);
        return core.deploy(name, StateMachineDefinition.parse(definition), StateMachineType.STANDARD, null)
                .start("{}");
    }

    private static EngineCore realEngine() {
        return new EngineCore(new EngineCore.Config(
                "us-east-1",
                "123456789012",
                0,
                System.currentTimeMillis(),
                EngineClock.TimeMode.REAL,
                List.of(),
                true,
                null));
    }

    @Test
    void reading_and_draining_often_while_a_wait_is_pending_keeps_one_wake_up_queued() {
        EngineCore core = realEngine();
        try {
            Execution execution = waitFor(core, "Hour", 3600);
            for (int i = 0; i < 1_000; i++) {
                execution.history();
                core.kernel().drain();
            }

            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(core.kernel().queuedWakeUps()).isEqualTo(1);
        } finally {
            core.close();
        }
    }

    @Test
    void a_sooner_timer_replaces_the_queued_wake_up_instead_of_adding_one() {
        EngineCore core = realEngine();
        try {
            waitFor(core, "Hour", 3600);
            waitFor(core, "Minute", 60);

            assertThat(core.kernel().queuedWakeUps()).isEqualTo(1);
        } finally {
            core.close();
        }
    }
}
