package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.create;
import static dev.lockstep.server.ApiTestSupport.failure;
import static dev.lockstep.server.ApiTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.StateMachineDefinition;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * CreateStateMachine, UpdateStateMachine, DescribeStateMachine, DescribeStateMachineForExecution, ListStateMachines,
 * DeleteStateMachine and ValidateStateMachineDefinition through the AWS SDK. Expected messages are the ones LocalStack
 * recorded from AWS (tests/aws/services/stepfunctions/v2/test_sfn_api.snapshot.json) unless a comment says otherwise.
 */
class StateMachineApiTest {

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

    @Test
    void create_answers_the_arn_and_describe_shows_the_definition_verbatim_with_aws_defaults() {
        String name = uniqueName("Describe");
        CreateStateMachineResponse created = sfn.createStateMachine(
                r -> r.name(name).definition(Definitions.PASS_REFORMATTED).roleArn(Definitions.ROLE));

        DescribeStateMachineResponse described =
                sfn.describeStateMachine(r -> r.stateMachineArn(created.stateMachineArn()));

        assertThat(created.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:" + name);
        assertThat(described.name()).isEqualTo(name);
        assertThat(described.status()).isEqualTo(StateMachineStatus.ACTIVE);
        assertThat(described.definition()).isEqualTo(Definitions.PASS_REFORMATTED);
        assertThat(described.roleArn()).isEqualTo(Definitions.ROLE);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.creationDate()).isEqualTo(created.creationDate());
        assertThat(described.loggingConfiguration().level()).isEqualTo(LogLevel.OFF);
        assertThat(described.loggingConfiguration().includeExecutionData()).isFalse();
        assertThat(described.tracingConfiguration().enabled()).isFalse();
        assertThat(described.revisionId())
                .as("no revision before the first update")
                .isNull();
    }

    @Test
    void creating_the_same_machine_twice_is_idempotent_even_with_another_role() {
        // API reference, CreateStateMachine: a different roleArn is ignored, not updated.
        String name = uniqueName("Idempotent");
        CreateStateMachineResponse first = sfn.createStateMachine(
                r -> r.name(name).definition(Definitions.PASS).roleArn(Definitions.ROLE));
        CreateStateMachineResponse second = sfn.createStateMachine(
                r -> r.name(name).definition(Definitions.PASS).roleArn("arn:aws:iam::123456789012:role/Other"));

        assertThat(second.stateMachineArn()).isEqualTo(first.stateMachineArn());
        assertThat(second.creationDate()).isEqualTo(first.creationDate());
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(first.stateMachineArn()))
                        .roleArn())
                .isEqualTo(Definitions.ROLE);
    }

    @Test
    void the_same_name_with_the_definition_formatted_differently_is_state_machine_already_exists() {
        String name = uniqueName("Exists");
        String arn = create(sfn, name, Definitions.PASS);

        StateMachineAlreadyExistsException e = failure(
                StateMachineAlreadyExistsException.class, () -> create(sfn, name, Definitions.PASS_REFORMATTED));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("State Machine Already Exists: '" + arn + "'");
    }

    @Test
    void an_invalid_definition_is_invalid_definition_with_the_validators_aws_message() {
        String definition = "not a definition";

        InvalidDefinitionException e =
                failure(InvalidDefinitionException.class, () -> create(sfn, uniqueName("Invalid"), definition));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(StateMachineDefinition.validate(definition).awsMessage())
                .startsWith("Invalid State Machine Definition: '");
    }

    @Test
    void a_missing_role_is_a_validation_exception_in_aws_words() {
        ValidationException e = failure(
                ValidationException.class,
                () -> sfn.createStateMachine(r -> r.name(uniqueName("NoRole")).definition(Definitions.PASS)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member"
                        + " must not be null");
    }

    @Test
    void every_violated_constraint_is_reported_at_once() {
        String longName = "n".repeat(81);

        ValidationException e = failure(ValidationException.class, () -> sfn.createStateMachine(r -> r.name(longName)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("3 validation errors detected: Value null at 'definition' failed to satisfy constraint:"
                        + " Member must not be null; Value null at 'roleArn' failed to satisfy constraint: Member must"
                        + " not be null; Value '" + longName + "' at 'name' failed to satisfy constraint: Member must"
                        + " have length less than or equal to 80");
    }

    @Test
    void a_name_with_forbidden_characters_is_invalid_name() {
        InvalidNameException e = failure(InvalidNameException.class, () -> create(sfn, "has space", Definitions.PASS));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Name: 'has space'");
    }

    @Test
    void an_unknown_type_is_a_validation_exception_listing_the_enum() {
        ValidationException e = failure(
                ValidationException.class,
                () -> sfn.createStateMachine(r -> r.name(uniqueName("Type"))
                        .definition(Definitions.PASS)
                        .roleArn(Definitions.ROLE)
                        .type("LONG_RUNNING")));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value 'LONG_RUNNING' at 'type' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [STANDARD, EXPRESS]");
    }

    @Test
    void update_replaces_the_definition_and_role_and_an_unchanged_update_keeps_the_revision() {
        String arn = create(sfn, uniqueName("Update"), Definitions.PASS);
        String newRole = "arn:aws:iam::123456789012:role/Updated";

        UpdateStateMachineResponse first = sfn.updateStateMachine(
                r -> r.stateMachineArn(arn).definition(Definitions.WAIT_AN_HOUR).roleArn(newRole));
        UpdateStateMachineResponse same = sfn.updateStateMachine(
                r -> r.stateMachineArn(arn).definition(Definitions.WAIT_AN_HOUR).roleArn(newRole));
        DescribeStateMachineResponse described = sfn.describeStateMachine(r -> r.stateMachineArn(arn));

        assertThat(first.revisionId()).isNotBlank();
        assertThat(first.updateDate()).isNotNull();
        assertThat(same.revisionId()).isEqualTo(first.revisionId());
        assertThat(described.definition()).isEqualTo(Definitions.WAIT_AN_HOUR);
        assertThat(described.roleArn()).isEqualTo(newRole);
        assertThat(described.revisionId()).isEqualTo(first.revisionId());
    }

    @Test
    void an_update_with_nothing_to_update_is_missing_required_parameter() {
        String arn = create(sfn, uniqueName("UpdateNone"), Definitions.PASS);

        MissingRequiredParameterException e = failure(
                MissingRequiredParameterException.class, () -> sfn.updateStateMachine(r -> r.stateMachineArn(arn)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration"
                        + " must be specified");
    }

    @Test
    void an_update_with_an_invalid_definition_is_invalid_definition_and_changes_nothing() {
        String arn = create(sfn, uniqueName("UpdateInvalid"), Definitions.PASS);

        failure(
                InvalidDefinitionException.class,
                () -> sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition("{\"StartAt\": ")));

        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(arn)).definition())
                .isEqualTo(Definitions.PASS);
    }

    @Test
    void updating_a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
        String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:" + uniqueName("Ghost");

        StateMachineDoesNotExistException e = failure(
                StateMachineDoesNotExistException.class,
                () -> sfn.updateStateMachine(r -> r.stateMachineArn(arn).roleArn(Definitions.ROLE)));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void describing_a_malformed_arn_is_invalid_arn_with_the_recorded_message() {
        InvalidArnException e = failure(
                InvalidArnException.class, () -> sfn.describeStateMachine(r -> r.stateMachineArn("not_a_valid_arn")));

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'");
    }

    @Test
    void describing_an_execution_arn_as_a_state_machine_is_invalid_arn() {
        String executionArn = "arn:aws:states:us-east-1:123456789012:execution:Orders:run-1";

        InvalidArnException e = failure(
                InvalidArnException.class, () -> sfn.describeStateMachine(r -> r.stateMachineArn(executionArn)));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid Arn: 'Resource type not valid in this context: execution'");
    }

    @Test
    void a_deleted_machine_does_not_exist_and_deleting_it_again_succeeds() {
        String arn = create(sfn, uniqueName("Delete"), Definitions.PASS);

        sfn.deleteStateMachine(r -> r.stateMachineArn(arn));
        sfn.deleteStateMachine(r -> r.stateMachineArn(arn)); // recorded: test_delete_nonexistent_sm answers 200

        StateMachineDoesNotExistException e = failure(
                StateMachineDoesNotExistException.class, () -> sfn.describeStateMachine(r -> r.stateMachineArn(arn)));
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void deleting_with_a_malformed_arn_is_invalid_arn() {
        failure(InvalidArnException.class, () -> sfn.deleteStateMachine(r -> r.stateMachineArn("Orders")));
    }

    @Test
    void list_sorts_by_name_and_pages_with_tokens() {
        // Recorded (test_list_sms_pagination): names come in lexicographic order, so _10 sorts before _1_.
        try (LockstepServer own = LockstepServer.builder().build().start();
                SfnClient client = own.sfnClient()) {
            List<String> names = IntStream.range(0, 13)
                    .mapToObj(i -> "statemachine_" + i + "_x")
                    .collect(Collectors.toList());
            names.forEach(name -> create(client, name, Definitions.PASS));

            ListStateMachinesResponse page1 = client.listStateMachines(r -> r.maxResults(10));
            ListStateMachinesResponse page2 =
                    client.listStateMachines(r -> r.maxResults(10).nextToken(page1.nextToken()));
            ListStateMachinesResponse all = client.listStateMachines(r -> r.maxResults(0));

            List<String> sorted = names.stream().sorted().collect(Collectors.toList());
            assertThat(page1.stateMachines())
                    .extracting(StateMachineListItem::name)
                    .isEqualTo(sorted.subList(0, 10));
            assertThat(page1.stateMachines().get(1).name()).isEqualTo("statemachine_10_x");
            assertThat(page1.nextToken()).isNotBlank();
            assertThat(page2.stateMachines())
                    .extracting(StateMachineListItem::name)
                    .isEqualTo(sorted.subList(10, 13));
            assertThat(page2.nextToken()).isNull();
            assertThat(all.stateMachines())
                    .as("maxResults 0 is the default of 100")
                    .hasSize(13);
            assertThat(page1.stateMachines().get(0).type()).isEqualTo(StateMachineType.STANDARD);
            assertThat(page1.stateMachines().get(0).stateMachineArn()).endsWith(":stateMachine:statemachine_0_x");
        }
    }

    @Test
    void list_refuses_out_of_range_page_sizes_and_tokens_in_aws_words() {
        ValidationException tooLarge =
                failure(ValidationException.class, () -> sfn.listStateMachines(r -> r.maxResults(1001)));
        ValidationException longToken =
                failure(ValidationException.class, () -> sfn.listStateMachines(r -> r.nextToken("x".repeat(1025))));
        InvalidTokenException foreign =
                failure(InvalidTokenException.class, () -> sfn.listStateMachines(r -> r.nextToken("not-ours")));

        assertThat(tooLarge.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 1000");
        assertThat(longToken.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value '" + "x".repeat(1025) + "' at 'nextToken' failed to"
                        + " satisfy constraint: Member must have length less than or equal to 1024");
        assertThat(foreign.statusCode()).isEqualTo(400);
    }

    @Test
    void validate_answers_ok_for_a_valid_definition_and_fail_with_diagnostics_otherwise() {
        ValidateStateMachineDefinitionResponse ok =
                sfn.validateStateMachineDefinition(r -> r.definition(Definitions.PASS));
        String broken = "{\"StartAt\": ";
        ValidateStateMachineDefinitionResponse fail = sfn.validateStateMachineDefinition(r -> r.definition(broken));

        assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
        assertThat(ok.diagnostics()).isEmpty();
        assertThat(ok.truncated()).isFalse();
        assertThat(fail.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
        // A FAIL result is still HTTP 200, with the engine's diagnostics in AWS's shape.
        Diagnostic expected = StateMachineDefinition.validate(broken).errors().get(0);
        assertThat(fail.diagnostics()).hasSize(1);
        assertThat(fail.diagnostics().get(0).code()).isEqualTo(expected.code());
        assertThat(fail.diagnostics().get(0).message()).isEqualTo(expected.message());
        assertThat(fail.diagnostics().get(0).severityAsString()).isEqualTo("ERROR");
    }

    @Test
    void validate_truncates_to_max_results_and_refuses_more_than_100() {
        String twoProblems = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Ghost\"},"
                + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

        ValidateStateMachineDefinitionResponse one = sfn.validateStateMachineDefinition(
                r -> r.definition(twoProblems).maxResults(1));
        ValidationException tooMany = failure(
                ValidationException.class,
                () -> sfn.validateStateMachineDefinition(
                        r -> r.definition(Definitions.PASS).maxResults(101)));

        assertThat(tooMany.awsErrorDetails().errorMessage())
                .isEqualTo("1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint:"
                        + " Member must have value less than or equal to 100");
    }

    @Test
    void describe_state_machine_for_execution_shows_the_definition_the_execution_ran() {
        String arn = create(sfn, uniqueName("ForExecution"), Definitions.PASS);
        String before = sfn.startExecution(r -> r.stateMachineArn(arn)).executionArn();
        UpdateStateMachineResponse update =
                sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(Definitions.WAIT_AN_HOUR));
        String after = sfn.startExecution(r -> r.stateMachineArn(arn)).executionArn();

        DescribeStateMachineForExecutionResponse old =
                sfn.describeStateMachineForExecution(r -> r.executionArn(before));
        DescribeStateMachineForExecutionResponse current =
                sfn.describeStateMachineForExecution(r -> r.executionArn(after));

        assertThat(old.stateMachineArn()).isEqualTo(arn);
        assertThat(old.definition()).isEqualTo(Definitions.PASS);
        assertThat(old.revisionId()).isNull();
        assertThat(old.updateDate()).isNotNull();
        assertThat(current.definition()).isEqualTo(Definitions.WAIT_AN_HOUR);
        assertThat(current.revisionId()).isEqualTo(update.revisionId());
        assertThat(current.roleArn()).isEqualTo(Definitions.ROLE);
    }

    private static final String TWO_PROBLEMS =
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Ghost\"},"
                    + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

    @Test
    void every_definition_error_is_listed_in_the_invalid_definition_message_as_aws_lists_them() {
        // Recorded against AWS (LocalStack PR #12487): items joined by ", " inside one pair of quotes.
        InvalidDefinitionException e =
                failure(InvalidDefinitionException.class, () -> create(sfn, uniqueName("TwoProblems"), TWO_PROBLEMS));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: Ghost"
                        + " at /States/A/Next, MISSING_TRANSITION_TARGET: State \"B\" is not reachable. at /States/B'");
    }

    @Test
    void validate_truncates_the_diagnostics_to_max_results() {
        ValidateStateMachineDefinitionResponse one = sfn.validateStateMachineDefinition(
                r -> r.definition(TWO_PROBLEMS).maxResults(1));
        ValidateStateMachineDefinitionResponse all =
                sfn.validateStateMachineDefinition(r -> r.definition(TWO_PROBLEMS));

        assertThat(one.diagnostics()).hasSize(1);
        assertThat(one.truncated()).isTrue();
        assertThat(all.diagnostics()).hasSize(2);
        assertThat(all.truncated()).isFalse();
        assertThat(all.diagnostics().get(1).location()).isEqualTo("/States/B");
    }

    @Test
    void validate_reports_text_that_is_not_json_and_an_empty_definition_as_aws_recorded_them() {
        // Recorded (test_sfn_api_validation.snapshot.json, 19-10-2025).
        ValidateStateMachineDefinitionResponse notJson =
                sfn.validateStateMachineDefinition(r -> r.definition("not a definition"));
        ValidateStateMachineDefinitionResponse empty = sfn.validateStateMachineDefinition(r -> r.definition(""));

        assertThat(notJson.diagnostics().get(0).code()).isEqualTo("INVALID_JSON_DESCRIPTION");
        assertThat(notJson.diagnostics().get(0).message())
                .startsWith("Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token"
                        + " 'null', 'true' or 'false')");
        assertThat(empty.resultAsString()).isEqualTo("FAIL");
        assertThat(empty.diagnostics().get(0).code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
        assertThat(empty.diagnostics().get(0).message()).isEqualTo("Definition must be a valid JSON object");
        assertThat(empty.diagnostics().get(0).location()).isNull();
    }
}
