package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.failure;
import static dev.lockstep.server.ApiTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListActivitiesResponse;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * Activities and task tokens through the AWS SDK: CreateActivity, DescribeActivity, ListActivities, DeleteActivity,
 * GetActivityTask, SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat. Messages as recorded from AWS in
 * test_sfn_api_activities.snapshot.json and, for a token used twice, in the research notes (tasks.md section 6).
 */
class ActivityApiTest {

    private static LockstepServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = LockstepServer.builder().build().start();
        sfn = server.sfnClient();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    private static String activityMachine(String activityArn) {
        String definition = "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\""
                + activityArn + "\",\"End\":true}}}";
        return ApiTestSupport.create(sfn, uniqueName("ActivityMachine"), definition);
    }

    @Test
    void an_activity_is_created_once_described_listed_and_deleted_twice_without_error() {
        String name = uniqueName("Activity");
        CreateActivityResponse created = sfn.createActivity(r -> r.name(name));
        CreateActivityResponse again = sfn.createActivity(r -> r.name(name));

        DescribeActivityResponse described = sfn.describeActivity(r -> r.activityArn(created.activityArn()));
        List<ActivityListItem> listed = sfn.listActivities().activities();
        sfn.deleteActivity(r -> r.activityArn(created.activityArn()));
        sfn.deleteActivity(r -> r.activityArn(created.activityArn()));
        ActivityDoesNotExistException gone = failure(
                ActivityDoesNotExistException.class,
                () -> sfn.describeActivity(r -> r.activityArn(created.activityArn())));

        assertThat(created.activityArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:" + name);
        assertThat(again.activityArn()).isEqualTo(created.activityArn());
        assertThat(described.name()).isEqualTo(name);
        assertThat(described.creationDate()).isEqualTo(created.creationDate());
        assertThat(listed).extracting(ActivityListItem::name).contains(name);
        assertThat(gone.awsErrorDetails().errorMessage())
                .isEqualTo("Activity Does Not Exist: '" + created.activityArn() + "'");
    }

    @Test
    void an_activity_name_with_forbidden_characters_is_invalid_name() {
        InvalidNameException e =
                failure(InvalidNameException.class, () -> sfn.createActivity(r -> r.name("TestActivity InvalidName$")));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Name: 'TestActivity InvalidName$'");
    }

    @Test
    void a_worker_takes_the_task_heartbeats_and_succeeds_and_a_second_answer_is_task_timed_out() {
        String activity = sfn.createActivity(r -> r.name(uniqueName("Worker"))).activityArn();
        String machine = activityMachine(activity);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine).input("{\"job\":7}"))
                .executionArn();
        assertThat(sfn.describeExecution(r -> r.executionArn(execution)).status())
                .isEqualTo(ExecutionStatus.RUNNING);

        GetActivityTaskResponse task =
                sfn.getActivityTask(r -> r.activityArn(activity).workerName("worker-1"));
        sfn.sendTaskHeartbeat(r -> r.taskToken(task.taskToken()));
        sfn.sendTaskSuccess(r -> r.taskToken(task.taskToken()).output("{\"done\":true}"));
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        List<HistoryEvent> events =
                sfn.getExecutionHistory(r -> r.executionArn(execution)).events();
        TaskTimedOutException twice = failure(
                TaskTimedOutException.class,
                () -> sfn.sendTaskSuccess(r -> r.taskToken(task.taskToken()).output("{}")));

        assertThat(task.input()).isEqualTo("{\"job\":7}");
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"done\":true}");
        assertThat(events)
                .filteredOn(event -> event.type() == HistoryEventType.ACTIVITY_STARTED)
                .singleElement()
                .satisfies(
                        event -> assertThat(event.activityStartedEventDetails().workerName())
                                .isEqualTo("worker-1"));
        assertThat(twice.awsErrorDetails().errorMessage())
                .isEqualTo("Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void send_task_failure_fails_the_execution_with_its_error_and_cause() {
        String activity = sfn.createActivity(r -> r.name(uniqueName("Failing"))).activityArn();
        String machine = activityMachine(activity);
        String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        String token = sfn.getActivityTask(r -> r.activityArn(activity)).taskToken();

        sfn.sendTaskFailure(r -> r.taskToken(token).error("Programmatic Error").cause("the disk is full"));

        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));
        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("Programmatic Error");
        assertThat(described.cause()).isEqualTo("the disk is full");
    }

    @Test
    void output_that_is_not_json_is_invalid_output_and_a_made_up_token_is_invalid_token() {
        String activity = sfn.createActivity(r -> r.name(uniqueName("Output"))).activityArn();
        String machine = activityMachine(activity);
        sfn.startExecution(r -> r.stateMachineArn(machine));
        String token = sfn.getActivityTask(r -> r.activityArn(activity)).taskToken();

        InvalidOutputException output = failure(
                InvalidOutputException.class,
                () -> sfn.sendTaskSuccess(r -> r.taskToken(token).output("{oops")));
        InvalidTokenException madeUp =
                failure(InvalidTokenException.class, () -> sfn.sendTaskHeartbeat(r -> r.taskToken("not-a-token")));

        assertThat(output.awsErrorDetails().errorMessage()).contains("The provided JSON output data is not valid.");
        assertThat(madeUp.statusCode()).isEqualTo(400);
        assertThat(madeUp.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid Token: 'The provided token is not valid.'");
        sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")); // the task is still open after both refusals
    }

    /**
     * API reference, SendTaskSuccess: InvalidToken for text that is not a task token, TaskTimedOut for a token whose
     * task has closed, TaskDoesNotExist for a token of the right form that no task of this server has: here a real
     * token handed out by another server.
     */
    @Test
    void a_well_formed_token_that_no_task_here_has_is_task_does_not_exist() {
        String token;
        // Another seed, so that its tokens are not the ones this server's engine draws.
        try (Engine engine = Engine.builder().seed(42).build();
                LockstepServer other =
                        LockstepServer.builder().engine(engine).build().start();
                SfnClient elsewhere = other.sfnClient()) {
            String activity = elsewhere.createActivity(r -> r.name("Elsewhere")).activityArn();
            String definition = "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\""
                    + activity + "\",\"End\":true}}}";
            String machine = ApiTestSupport.create(elsewhere, "Elsewhere", definition);
            elsewhere.startExecution(r -> r.stateMachineArn(machine));
            token = elsewhere.getActivityTask(r -> r.activityArn(activity)).taskToken();
        }

        TaskDoesNotExistException success = failure(
                TaskDoesNotExistException.class,
                () -> sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")));
        TaskDoesNotExistException failed =
                failure(TaskDoesNotExistException.class, () -> sfn.sendTaskFailure(r -> r.taskToken(token)));
        TaskDoesNotExistException heartbeat =
                failure(TaskDoesNotExistException.class, () -> sfn.sendTaskHeartbeat(r -> r.taskToken(token)));

        assertThat(success.statusCode()).isEqualTo(400);
        assertThat(List.of(success, failed, heartbeat))
                .extracting(e -> e.awsErrorDetails().errorMessage())
                .containsOnly("Task Does Not Exist: 'Provided task does not exist'");
    }

    @Test
    void list_activities_pages_by_name_with_a_next_token_until_the_last_page() {
        try (LockstepServer own = LockstepServer.builder().build().start();
                SfnClient client = own.sfnClient()) {
            for (String name : List.of("d", "a", "c", "b", "e")) {
                client.createActivity(r -> r.name(name));
            }

            ListActivitiesResponse first = client.listActivities(r -> r.maxResults(2));
            ListActivitiesResponse second =
                    client.listActivities(r -> r.maxResults(2).nextToken(first.nextToken()));
            ListActivitiesResponse last =
                    client.listActivities(r -> r.maxResults(2).nextToken(second.nextToken()));

            assertThat(first.activities()).extracting(ActivityListItem::name).containsExactly("a", "b");
            assertThat(second.activities()).extracting(ActivityListItem::name).containsExactly("c", "d");
            assertThat(last.activities()).extracting(ActivityListItem::name).containsExactly("e");
            assertThat(last.nextToken()).isNull();
            assertThat(client.listActivities(r -> r.maxResults(0)).activities())
                    .as("maxResults 0 is the default page of 100")
                    .hasSize(5);
        }
    }

    @Test
    void get_activity_task_of_a_deleted_activity_is_activity_does_not_exist() {
        String activity = sfn.createActivity(r -> r.name(uniqueName("Deleted"))).activityArn();
        sfn.deleteActivity(r -> r.activityArn(activity));

        ActivityDoesNotExistException e =
                failure(ActivityDoesNotExistException.class, () -> sfn.getActivityTask(r -> r.activityArn(activity)));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Activity Does Not Exist: '" + activity + "'");
    }

    @Test
    void activities_carry_tags() {
        String activity = sfn.createActivity(r -> r.name(uniqueName("Tagged"))
                        .tags(Tag.builder().key("team").value("ops").build()))
                .activityArn();

        sfn.tagResource(r -> r.resourceArn(activity)
                .tags(Tag.builder().key("tier").value("1").build()));

        assertThat(sfn.listTagsForResource(r -> r.resourceArn(activity)).tags())
                .extracting(Tag::key)
                .containsExactly("team", "tier");
    }
}
