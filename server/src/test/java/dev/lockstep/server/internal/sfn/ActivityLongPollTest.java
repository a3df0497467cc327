package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    @Test
    void a_task_scheduled_while_get_activity_task_waits_is_handed_to_the_waiting_worker() throws Exception {
        try (Engine engine = Engine.create()) {
            SfnApi api = new SfnApi(engine, Duration.ofSeconds(60));
            String arn = engine.createActivity("Packing").arn();
            CompletableFuture<JsonNode> polled = CompletableFuture.supplyAsync(() -> api.handle(
                    "AWSStepFunctions.GetActivityTask",
                    ("{\"activityArn\":\"" + arn + "\",\"workerName\":\"packer\"}").getBytes(StandardCharsets.UTF_8)));
            engine.deploy("Warehouse", """
                    {"StartAt": "Pack", "States": {"Pack": {"Type": "Task",
                      "Resource": "arn:aws:states:us-east-1:123456789012:activity:Packing", "End": true}}}""").start("{\"items\": 3}");

            JsonNode answer = polled.get(30, TimeUnit.SECONDS);
            assertThat(answer.get("input").asText()).isEqualTo("{\"items\":3}");
            assertThat(answer.get("taskToken").asText()).startsWith("AQ");
        }
    }
}
