package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {

    @Test
    void a_year_long_wait_finishes_at_once_with_timestamps_a_year_apart() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (Engine engine = Engine.builder().startTime(start).build()) {
            StateMachine machine = engine.deploy("Sleepy", """
                    {"StartAt": "Hello", "States": {
                      "Hello": {"Type": "Pass", "Result": {"greeting": "hi"}, "Next": "Nap"},
                      "Nap": {"Type": "Wait", "Seconds": 31536000, "Next": "Done"},
                      "Done": {"Type": "Succeed"}}}""");

            Execution execution = machine.run("{}");

            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output().toString()).isEqualTo("{\"greeting\":\"hi\"}");
            assertThat(execution.path()).containsExactly("Hello", "Nap", "Done");
            assertThat(execution.stopTime()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        }
    }
}
