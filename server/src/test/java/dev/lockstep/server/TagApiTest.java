package dev.lockstep.server;

import static dev.lockstep.server.ApiTestSupport.create;
import static dev.lockstep.server.ApiTestSupport.failure;
import static dev.lockstep.server.ApiTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * TagResource, UntagResource and ListTagsForResource through the AWS SDK (recorded shapes:
 * tests/aws/services/stepfunctions/v2/test_sfn_api_tagging.snapshot.json).
 */
class TagApiTest {

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

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void tags_set_at_creation_and_later_are_listed_in_order_and_can_be_removed() {
        String name = uniqueName("Tagged");
        String arn = sfn.createStateMachine(r -> r.name(name)
                        .definition(Definitions.PASS)
                        .roleArn(Definitions.ROLE)
                        .tags(tag("team", "orders")))
                .stateMachineArn();

        sfn.tagResource(r -> r.resourceArn(arn).tags(tag("key1", "value1"), tag("key2", "")));
        sfn.untagResource(r -> r.resourceArn(arn).tagKeys("team"));
        List<Tag> tags = sfn.listTagsForResource(r -> r.resourceArn(arn)).tags();

        assertThat(tags).containsExactly(tag("key1", "value1"), tag("key2", ""));
    }

    @Test
    void tagging_again_replaces_a_value_and_untagging_an_unknown_key_changes_nothing() {
        String arn = create(sfn, uniqueName("Retag"), Definitions.PASS);

        sfn.tagResource(r -> r.resourceArn(arn).tags(tag("key1", "old")));
        sfn.tagResource(r -> r.resourceArn(arn).tags(tag("key1", "new")));
        sfn.untagResource(r -> r.resourceArn(arn).tagKeys("absent"));

        assertThat(sfn.listTagsForResource(r -> r.resourceArn(arn)).tags()).containsExactly(tag("key1", "new"));
    }

    @Test
    void a_resource_that_does_not_exist_or_a_version_is_resource_not_found() {
        String arn = create(sfn, uniqueName("Versioned"), Definitions.PASS);
        String version = arn + ":1";
        String ghost = arn + "-ghost";

        ResourceNotFoundException versionTag = failure(
                ResourceNotFoundException.class,
                () -> sfn.tagResource(r -> r.resourceArn(version).tags(tag("k", "v"))));
        ResourceNotFoundException ghostList =
                failure(ResourceNotFoundException.class, () -> sfn.listTagsForResource(r -> r.resourceArn(ghost)));

        // Recorded (test_tag_state_machine_version): Resource not found: '<arn>'.
        assertThat(versionTag.awsErrorDetails().errorMessage()).isEqualTo("Resource not found: '" + version + "'");
        assertThat(ghostList.awsErrorDetails().errorMessage()).isEqualTo("Resource not found: '" + ghost + "'");
    }

    @Test
    void more_than_fifty_tags_are_too_many() {
        String arn = create(sfn, uniqueName("Many"), Definitions.PASS);
        List<Tag> fiftyOne =
                IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).collect(Collectors.toList());

        failure(
                TooManyTagsException.class,
                () -> sfn.tagResource(r -> r.resourceArn(arn).tags(fiftyOne)));

        assertThat(sfn.listTagsForResource(r -> r.resourceArn(arn)).tags()).isEmpty();
    }

    @Test
    void an_empty_or_long_key_is_a_validation_exception() {
        String arn = create(sfn, uniqueName("Keys"), Definitions.PASS);

        ValidationException e = failure(
                ValidationException.class,
                () -> sfn.tagResource(r -> r.resourceArn(arn).tags(tag("", "v"), tag("k".repeat(129), "v"))));

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("2 validation errors detected: Value '' at 'tags.1.member.key' failed to satisfy"
                        + " constraint: Member must have length greater than or equal to 1; Value '" + "k".repeat(129)
                        + "' at 'tags.2.member.key' failed to satisfy constraint: Member must have length less than or"
                        + " equal to 128");
    }

    @Test
    void deleting_a_machine_forgets_its_tags() {
        String name = uniqueName("Forget");
        String arn = create(sfn, name, Definitions.PASS);
        sfn.tagResource(r -> r.resourceArn(arn).tags(tag("k", "v")));

        sfn.deleteStateMachine(r -> r.stateMachineArn(arn));
        create(sfn, name, Definitions.PASS);

        assertThat(sfn.listTagsForResource(r -> r.resourceArn(arn)).tags()).isEmpty();
    }
}
