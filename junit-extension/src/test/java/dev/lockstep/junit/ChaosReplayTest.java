package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.junit.fixtures.ChaosFixtures;
import dev.lockstep.junit.internal.FailureNotes;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ChaosReplayTest {

    @Test
    void a_failed_chaos_test_prints_the_seed_the_replay_line_and_the_faults() {
        EngineExecutionResults results = Kit.execute(ChaosFixtures.ChaoticCharge.class);
        results.testEvents().assertStatistics(stats -> stats.failed(1));

        Throwable failure = results.testEvents()
                .failed()
                .list()
                .get(0)
                .getPayload(TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertThat(failure).hasMessageStartingWith("Expecting execution ");
        assertThat(failure.getSuppressed()).hasSize(1).hasOnlyElementsOfType(FailureNotes.class);
        String notes = failure.getSuppressed()[0].getMessage();
        assertThat(notes)
                .startsWith("Lockstep: seed 0, initial time 2026-01-01T00:00:00Z, time mode AUTO;")
                .contains("\nChaos seed 42\n"
                        + "Replay this run: -Dlockstep.chaos.seed=42 (in code: Chaos.builder().seed(42L))\n")
                .contains("Injected 4 faults")
                .contains("state 'ChargeCard', invocation 3 (retry 3)");
    }
}
