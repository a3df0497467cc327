package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** GetActivityTask long-polls as AWS does; here with a short poll so that the test need not wait 60 seconds. */
class ActivityLongPollTest {

    @Test
    void with_no_task_waiting_get_activity_task_waits_out_the_poll_and_answers_without_a_task() {
        try (Engine engine = Engine.create()) {
            SfnApi api = new SfnApi(engine, Duration.ofMillis(300));
            String arn = engine.createActivity("Idle").arn();

            long began = System.nanoTime();
            JsonNode answer = api.handle(
                    "AWSStepFunctions.GetActivityTask",
                    ("{\"activityArn\":\"" + arn + "\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(answer.isEmpty()).as(answer.toString()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }
}
