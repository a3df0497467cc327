package dev.lockstep.junit;

import static dev.lockstep.junit.LockstepAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.ActivityTask;
import dev.lockstep.engine.Execution;
import org.junit.jupiter.api.Test;

@LockstepTest(awaitSeconds = 2)
@StateMachine("workflows/review.asl.json")
class ActivityTest {

    private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:review";

    @Test
    void an_activity_task_waits_for_a_worker_and_the_worker_answers(Lockstep lockstep) {
        lockstep.engine().createActivity("review");
        Execution execution = lockstep.start("{\"document\": \"d-1\"}");

        assertThat(execution).isRunning().isWaitingAtActivity("Review");
        assertThatThrownBy(() -> assertThat(execution).isWaitingForTaskToken("Review"))
                .hasMessageStartingWith("Expecting execution '" + execution.name()
                        + "' of review to wait for a task token at the state 'Review' but tasks wait at [Review].");

        // Assertions on the test's thread wait as long as @LockstepTest(awaitSeconds = 2) says.
        assertThatThrownBy(() -> assertThat(execution).succeeded())
                .hasMessageContaining("but it was still RUNNING after waiting 2000 ms of real time.");

        ActivityTask task =
                lockstep.engine().getActivityTask(ACTIVITY, "worker-1").orElseThrow();
        assertThat(task.input()).isEqualTo("{\"document\":\"d-1\"}");
        lockstep.engine().sendTaskSuccess(task.taskToken(), "{\"approved\": true}");

        assertThat(execution).succeeded().hasOutput("{\"approved\": true}");
    }

    @Test
    void approve_answers_an_activity_in_one_call_too(Lockstep lockstep) {
        lockstep.engine().createActivity("review");
        Execution execution = lockstep.start("{}");

        lockstep.approve(execution, "Review", "{\"approved\": false}");

        assertThat(execution).succeeded().outputAt("$.approved").isEqualTo(false);
    }
}
