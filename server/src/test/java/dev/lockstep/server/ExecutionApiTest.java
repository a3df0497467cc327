package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.create;
import static dev.lockstep.server.ApiTestSupport.createExpress;
import static dev.lockstep.server.ApiTestSupport.failure;
import static dev.lockstep.server.ApiTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.IncludedData;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.StopExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * StartExecution, StartSyncExecution, DescribeExecution, ListExecutions, StopExecution and GetExecutionHistory through
 * the AWS SDK. Expected messages are the ones LocalStack recorded from AWS (test_sfn_api.snapshot.json and
 * test_sfn_api_express.snapshot.json) unless a comment says otherwise.
 */
class ExecutionApiTest {

    private static LockstepServer server;
    private static SfnClient sfn;

    /** A server whose clock moves only when a test advances it: executions with a Wait stay RUNNING. */
    private static LockstepServer manualServer;

    private static SfnClient manual;

    @BeforeAll
    static void start() {
        server = LockstepServer.builder()
                .engine(Engine.builder()
                        .startTime(Instant.parse("2026-03-01T00:00:00Z"))
                        .build())
                .build()
                .start();
        sfn = server.sfnClient();
        manualServer = LockstepServer.builder()
                .engine(Engine.builder().timeMode(EngineClock.TimeMode.MANUAL).build())
                .build()
                .start();
        manual = manualServer.sfnClient();
    }

    @AfterAll
    static void stop() {
        sfn.close();
        manual.close();
        server.close();
        manualServer.close();
        manualServer.engine().close();
        server.engine().close();
    }

    @Test
    void an_execution_waits_an_hour_in_virtual_time_and_describe_shows_its_result() {
        String machine = create(sfn, uniqueName("Describe"), Definitions.WAIT_AN_HOUR);
        String input = "{ \"order\" : 42 }";

        StartExecutionResponse started =
                sfn.startExecution(r -> r.stateMachineArn(machine).input(input));
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(started.executionArn()));

        assertThat(started.executionArn()).startsWith(machine.replace(":stateMachine:", ":execution:") + ":");
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.stateMachineArn()).isEqualTo(machine);
        assertThat(described.startDate()).isEqualTo(started.startDate());
        assertThat(Duration.between(described.startDate(), described.stopDate()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(described.input()).as("kept verbatim, as AWS keeps it").isEqualTo(input);
        assertThat(described.inputDetails().included()).isTrue();
        assertThat(described.output()).isEqualTo("{\"order\":42}");
        assertThat(described.outputDetails().included()).isTrue();
        // Recorded (test_describe_execution): the redrive fields of a SUCCEEDED execution.
        assertThat(described.redriveCount()).isZero();
        assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(described.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        assertThat(described.error()).isNull();
    }

    @Test
    void a_failed_execution_shows_its_error_and_cause_and_is_redrivable() {
        String machine = create(sfn, uniqueName("Fail"), Definitions.FAIL);

        String execution = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        DescribeExecutionResponse described = sfn.describeExecution(r -> r.executionArn(execution));

        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("Order.Rejected");
        assertThat(described.cause()).isEqualTo("Out of stock");
        assertThat(described.output()).isNull();
        assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
    }

    @Test
    void a_named_execution_cannot_start_twice_once_it_has_ended() {
        String machine = create(sfn, uniqueName("Named"), Definitions.PASS);

        String arn = sfn.startExecution(r -> r.stateMachineArn(machine).name("run-1"))
                .executionArn();
        ExecutionAlreadyExistsException e = failure(
                ExecutionAlreadyExistsException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).name("run-1")));

        assertThat(arn).endsWith(":run-1");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Execution Already Exists: '" + arn + "'");
    }

    @Test
    void starting_a_running_execution_again_with_the_same_input_answers_the_same_execution() {
        // API reference, StartExecution: idempotent for the same name and input while the execution runs.
        String machine = create(manual, uniqueName("Idempotent"), Definitions.WAIT_AN_HOUR);

        StartExecutionResponse first = manual.startExecution(
                r -> r.stateMachineArn(machine).name("once").input("{\"a\":1}"));
        StartExecutionResponse again = manual.startExecution(
                r -> r.stateMachineArn(machine).name("once").input("{\"a\": 1}"));
        ExecutionAlreadyExistsException different = failure(
                ExecutionAlreadyExistsException.class,
                () -> manual.startExecution(
                        r -> r.stateMachineArn(machine).name("once").input("{\"a\":2}")));

        assertThat(again.executionArn()).isEqualTo(first.executionArn());
        assertThat(again.startDate()).isEqualTo(first.startDate());
        assertThat(different.awsErrorDetails().errorMessage())
                .isEqualTo("Execution Already Exists: '" + first.executionArn() + "'");
    }

    @Test
    void input_that_is_not_json_is_invalid_execution_input_with_jacksons_words_as_aws_says_them() {
        String machine = create(sfn, uniqueName("Input"), Definitions.PASS);

        InvalidExecutionInputException notJson = failure(
                InvalidExecutionInputException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).input("not json")));
        InvalidExecutionInputException singleQuotes = failure(
                InvalidExecutionInputException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).input("{'a': 1}")));
        InvalidExecutionInputException empty = failure(
                InvalidExecutionInputException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).input("")));

        assertThat(notJson.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON"
                        + " String, Number, Array, Object or token 'null', 'true' or 'false')'");
        assertThat(singleQuotes.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid State Machine Execution Input: 'Unexpected character (''' (code 39)): was"
                        + " expecting double-quote to start field name'");
        assertThat(empty.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid State Machine Execution Input: 'Invalid execution input.'");
    }

    @Test
    void any_json_value_is_an_input_numbers_strings_and_null_included() {
        String machine = create(sfn, uniqueName("Scalars"), Definitions.WAIT_AN_HOUR);

        for (String input : List.of("1", "\"str\"", "null")) {
            String arn = sfn.startExecution(r -> r.stateMachineArn(machine).input(input))
                    .executionArn();
            assertThat(sfn.describeExecution(r -> r.executionArn(arn)).output()).isEqualTo(input);
        }
    }

    @Test
    void an_input_over_256_kib_is_a_validation_exception_that_leaves_the_sensitive_value_out() {
        String machine = create(sfn, uniqueName("Large"), Definitions.PASS);
        String large = "\"" + "x".repeat(262_144) + "\"";

        ValidationException e = failure(
                ValidationException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).input(large)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
                        + " have length less than or equal to 262144");
    }

    @Test
    void a_bad_execution_name_is_invalid_name_and_an_unknown_machine_does_not_exist() {
        String machine = create(sfn, uniqueName("BadName"), Definitions.PASS);
        String ghost = machine + "-ghost";

        InvalidNameException badName = failure(
                InvalidNameException.class,
                () -> sfn.startExecution(r -> r.stateMachineArn(machine).name("a/b")));
        StateMachineDoesNotExistException missing = failure(
                StateMachineDoesNotExistException.class, () -> sfn.startExecution(r -> r.stateMachineArn(ghost)));

        assertThat(badName.awsErrorDetails().errorMessage()).isEqualTo("Invalid Name: 'a/b'");
        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("State Machine Does Not Exist: '" + ghost + "'");
    }

    @Test
    void start_sync_execution_of_a_standard_machine_is_state_machine_type_not_supported() {
        String machine = create(sfn, uniqueName("SyncStandard"), Definitions.PASS);

        StateMachineTypeNotSupportedException e = failure(
                StateMachineTypeNotSupportedException.class,
                () -> sfn.startSyncExecution(r -> r.stateMachineArn(machine)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("This operation is not supported by this type of state machine");
    }

    @Test
    void start_sync_execution_runs_an_express_machine_and_answers_its_result() {
        String machine = createExpress(sfn, uniqueName("Sync"), Definitions.THREE_PASSES);

        StartSyncExecutionResponse result = sfn.startSyncExecution(
                r -> r.stateMachineArn(machine).name("sync-1").input("{\"x\": 0}"));

        assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(result.executionArn()).startsWith(machine.replace(":stateMachine:", ":express:") + ":sync-1:");
        assertThat(result.name()).isEqualTo("sync-1");
        assertThat(result.stateMachineArn()).isEqualTo(machine);
        assertThat(result.input()).isEqualTo("{\"x\": 0}");
        assertThat(result.output()).isEqualTo("{\"x\":0,\"a\":{\"step\":1},\"b\":{\"step\":2},\"c\":{\"step\":3}}");
        assertThat(result.inputDetails().included()).isTrue();
        assertThat(result.outputDetails().included()).isTrue();
        assertThat(result.stopDate()).isNotNull();
        // Recorded (test_start_sync_execution): a short execution bills 100 ms and 64 MB.
        assertThat(result.billingDetails().billedDurationInMilliseconds()).isEqualTo(100L);
        assertThat(result.billingDetails().billedMemoryUsedInMB()).isEqualTo(64L);
    }

    @Test
    void start_sync_execution_reports_a_failure_and_can_leave_the_data_out() {
        String machine = createExpress(sfn, uniqueName("SyncFail"), Definitions.FAIL);

        StartSyncExecutionResponse result = sfn.startSyncExecution(
                r -> r.stateMachineArn(machine).input("{\"secret\":1}").includedData(IncludedData.METADATA_ONLY));

        assertThat(result.status()).isEqualTo(SyncExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Order.Rejected");
        assertThat(result.cause()).isEqualTo("Out of stock");
        assertThat(result.input()).isNull();
        assertThat(result.inputDetails().included()).isFalse();
    }

    @Test
    void express_executions_are_not_addressable_and_cannot_be_listed() {
        // Recorded (test_start_async_describe_history_execution): InvalidArn for an express ARN, and
        // StateMachineTypeNotSupported for ListExecutions of an Express machine.
        String machine = createExpress(sfn, uniqueName("Async"), Definitions.PASS);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        String expected = "Invalid Arn: 'Resource type not valid in this context: express'";

        InvalidArnException describe =
                failure(InvalidArnException.class, () -> sfn.describeExecution(r -> r.executionArn(arn)));
        InvalidArnException stop =
                failure(InvalidArnException.class, () -> sfn.stopExecution(r -> r.executionArn(arn)));
        InvalidArnException history =
                failure(InvalidArnException.class, () -> sfn.getExecutionHistory(r -> r.executionArn(arn)));
        StateMachineTypeNotSupportedException list = failure(
                StateMachineTypeNotSupportedException.class, () -> sfn.listExecutions(r -> r.stateMachineArn(machine)));

        assertThat(arn).contains(":express:");
        assertThat(describe.awsErrorDetails().errorMessage()).isEqualTo(expected);
        assertThat(stop.awsErrorDetails().errorMessage()).isEqualTo(expected);
        assertThat(history.awsErrorDetails().errorMessage()).isEqualTo(expected);
        assertThat(list.awsErrorDetails().errorMessage())
                .isEqualTo("This operation is not supported by this type of state machine");
    }

    @Test
    void describing_an_unknown_or_malformed_execution_fails_as_aws_does() {
        String ghost = "arn:aws:states:us-east-1:123456789012:execution:Nope:run";

        ExecutionDoesNotExistException missing =
                failure(ExecutionDoesNotExistException.class, () -> sfn.describeExecution(r -> r.executionArn(ghost)));
        InvalidArnException malformed = failure(
                InvalidArnException.class,
                () -> sfn.describeExecution(r -> r.executionArn("invalid_state_machine_arn")));

        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("Execution Does Not Exist: '" + ghost + "'");
        assertThat(malformed.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid Arn: 'Invalid ARN prefix: invalid_state_machine_arn'");
    }

    @Test
    void list_executions_answers_newest_first_in_pages_and_filters_by_status() {
        String machine = create(sfn, uniqueName("List"), Definitions.PASS);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            started.add(sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn());
        }

        ListExecutionsResponse page1 =
                sfn.listExecutions(r -> r.stateMachineArn(machine).maxResults(10));
        ListExecutionsResponse page2 =
                sfn.listExecutions(r -> r.stateMachineArn(machine).maxResults(3).nextToken(page1.nextToken()));
        ListExecutionsResponse running =
                sfn.listExecutions(r -> r.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING));
        ListExecutionsResponse all =
                sfn.listExecutions(r -> r.stateMachineArn(machine).maxResults(0));

        List<String> newestFirst = new ArrayList<>(started);
        java.util.Collections.reverse(newestFirst);
        List<String> listed = new ArrayList<>(arns(page1));
        listed.addAll(arns(page2));
        assertThat(listed).isEqualTo(newestFirst);
        assertThat(page1.executions()).hasSize(10);
        assertThat(page2.nextToken()).isNull();
        assertThat(running.executions()).isEmpty();
        assertThat(all.executions()).hasSize(13);
        ExecutionListItem item = page1.executions().get(0);
        assertThat(item.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(item.stateMachineArn()).isEqualTo(machine);
        assertThat(item.stopDate()).isNotNull();
        assertThat(item.redriveCount()).isZero();
    }

    @Test
    void list_executions_refuses_an_unknown_status_filter_in_aws_words() {
        String machine = create(sfn, uniqueName("Filter"), Definitions.PASS);

        ValidationException e = failure(
                ValidationException.class,
                () -> sfn.listExecutions(r -> r.stateMachineArn(machine).statusFilter("succeeded")));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE,"
                        + " ABORTED, FAILED, RUNNING]");
    }

    @Test
    void list_executions_of_an_unknown_machine_does_not_exist() {
        String ghost = "arn:aws:states:us-east-1:123456789012:stateMachine:" + uniqueName("Ghost");

        StateMachineDoesNotExistException e = failure(
                StateMachineDoesNotExistException.class, () -> sfn.listExecutions(r -> r.stateMachineArn(ghost)));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("State Machine Does Not Exist: '" + ghost + "'");
    }

    @Test
    void stop_execution_aborts_a_running_execution_with_its_error_and_cause() {
        String machine = create(manual, uniqueName("Stop"), Definitions.WAIT_AN_HOUR);
        String arn = manual.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        assertThat(manual.describeExecution(r -> r.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(manual.listExecutions(r -> r.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING))
                        .executions())
                .hasSize(1);

        StopExecutionResponse stopped =
                manual.stopExecution(r -> r.executionArn(arn).error("Manual").cause("probe"));
        DescribeExecutionResponse described = manual.describeExecution(r -> r.executionArn(arn));
        StopExecutionResponse again = manual.stopExecution(r -> r.executionArn(arn));
        List<HistoryEvent> events =
                manual.getExecutionHistory(r -> r.executionArn(arn)).events();

        assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(described.error()).isEqualTo("Manual");
        assertThat(described.cause()).isEqualTo("probe");
        assertThat(described.stopDate()).isEqualTo(stopped.stopDate());
        assertThat(again.stopDate())
                .as("an ended execution keeps its stop date")
                .isEqualTo(stopped.stopDate());
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
        assertThat(events.get(events.size() - 1).executionAbortedEventDetails().error())
                .isEqualTo("Manual");
    }

    @Test
    void a_running_execution_is_described_without_stop_date_or_output() {
        String machine = create(manual, uniqueName("Running"), Definitions.WAIT_AN_HOUR);
        String arn = manual.startExecution(r -> r.stateMachineArn(machine)).executionArn();

        DescribeExecutionResponse described = manual.describeExecution(r -> r.executionArn(arn));

        assertThat(described.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(described.stopDate()).isNull();
        assertThat(described.output()).isNull();
        assertThat(described.redriveStatusReason()).isEqualTo("Execution is RUNNING and cannot be redriven");
    }

    @Test
    void get_execution_history_answers_every_event_in_either_order() {
        String machine = create(sfn, uniqueName("History"), Definitions.PASS);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();

        GetExecutionHistoryResponse forward = sfn.getExecutionHistory(r -> r.executionArn(arn));
        GetExecutionHistoryResponse backward =
                sfn.getExecutionHistory(r -> r.executionArn(arn).reverseOrder(true));

        // Recorded (test_start_execution, test_get_execution_history_reversed).
        assertThat(forward.events())
                .extracting(HistoryEvent::type)
                .containsExactly(
                        HistoryEventType.EXECUTION_STARTED,
                        HistoryEventType.PASS_STATE_ENTERED,
                        HistoryEventType.PASS_STATE_EXITED,
                        HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(forward.events()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(forward.events()).extracting(HistoryEvent::previousEventId).containsExactly(0L, 0L, 2L, 3L);
        assertThat(backward.events()).extracting(HistoryEvent::id).containsExactly(4L, 3L, 2L, 1L);
        HistoryEvent started = forward.events().get(0);
        assertThat(started.executionStartedEventDetails().input()).isEqualTo("{}");
        assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo(Definitions.ROLE);
        assertThat(started.timestamp()).isNotNull();
        assertThat(forward.events().get(2).stateExitedEventDetails().output()).isEqualTo("{\"Arg1\":\"argument1\"}");
        assertThat(forward.nextToken()).isNull();
    }

    @Test
    void get_execution_history_pages_with_tokens_and_can_leave_the_data_out() {
        String machine = create(sfn, uniqueName("HistoryPages"), Definitions.THREE_PASSES);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();

        List<Long> forwardIds = pagedIds(arn, false);
        List<Long> backwardIds = pagedIds(arn, true);
        GetExecutionHistoryResponse noData =
                sfn.getExecutionHistory(r -> r.executionArn(arn).includeExecutionData(false));

        assertThat(forwardIds).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(backwardIds).containsExactly(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(noData.events().get(0).executionStartedEventDetails().input())
                .isNull();
        assertThat(noData.events().get(0).executionStartedEventDetails().roleArn())
                .isEqualTo(Definitions.ROLE);
    }

    @Test
    void get_execution_history_refuses_foreign_tokens_and_unknown_executions() {
        String machine = create(sfn, uniqueName("HistoryErrors"), Definitions.PASS);
        String arn = sfn.startExecution(r -> r.stateMachineArn(machine)).executionArn();
        String forwardToken =
                sfn.getExecutionHistory(r -> r.executionArn(arn).maxResults(1)).nextToken();
        String ghost = arn + "-ghost";

        failure(
                InvalidTokenException.class,
                () -> sfn.getExecutionHistory(
                        r -> r.executionArn(arn).reverseOrder(true).nextToken(forwardToken)));
        ExecutionDoesNotExistException missing = failure(
                ExecutionDoesNotExistException.class, () -> sfn.getExecutionHistory(r -> r.executionArn(ghost)));

        assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("Execution Does Not Exist: '" + ghost + "'");
    }

    private static List<Long> pagedIds(String arn, boolean reverse) {
        List<Long> ids = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            GetExecutionHistoryResponse page = sfn.getExecutionHistory(
                    r -> r.executionArn(arn).maxResults(3).reverseOrder(reverse).nextToken(current));
            assertThat(page.events().size()).isLessThanOrEqualTo(3);
            page.events().forEach(event -> ids.add(event.id()));
            token = page.nextToken();
        } while (token != null);
        return ids;
    }

    private static List<String> arns(ListExecutionsResponse page) {
        return page.executions().stream().map(ExecutionListItem::executionArn).collect(Collectors.toList());
    }
}
