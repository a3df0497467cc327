package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Activity;
import dev.lockstep.engine.ActivityDoesNotExistException;
import dev.lockstep.engine.ActivityTask;
import dev.lockstep.engine.InvalidNameException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * CreateActivity, DeleteActivity, DescribeActivity, ListActivities and GetActivityTask (API reference of each;
 * recorded: test_sfn_api_activities.snapshot.json). CreateActivity is idempotent on the name; deleting an activity
 * twice succeeds; a deleted activity is ActivityDoesNotExist {@code Activity Does Not Exist: '<arn>'}.
 */
final class ActivityOperations {

    private final Catalog catalog;
    private final Duration longPoll;

    /**
     * @param longPoll how long GetActivityTask waits for a task before answering without one: 60 seconds on AWS
     *     (API reference: GetActivityTask)
     */
    ActivityOperations(Catalog catalog, Duration longPoll) {
        this.catalog = catalog;
        this.longPoll = longPoll;
    }

    void register(SfnApi api) {
        api.register("CreateActivity", this::create);
        api.register("DeleteActivity", this::delete);
        api.register("DescribeActivity", this::describe);
        api.register("ListActivities", this::list);
        api.register("GetActivityTask", this::getTask);
    }

    JsonNode create(Params params) {
        String name = params.requiredString("name");
        ArrayNode tags = params.array("tags");
        params.length("name", name, 1, 80);
        Map<String, String> tagMap = TagOperations.readTags(params, tags, "tags");
        params.check();

        Activity activity;
        try {
            activity = catalog.engine().createActivity(name);
        } catch (InvalidNameException e) {
            throw AwsErrors.invalidName(name);
        }
        if (!tagMap.isEmpty()) {
            catalog.tag(activity.arn(), tagMap);
        }
        ObjectNode response = SfnJson.object();
        response.put("activityArn", activity.arn());
        response.set("creationDate", SfnJson.timestamp(activity.creationTime()));
        return response;
    }

    JsonNode delete(Params params) {
        String arn = params.requiredString("activityArn");
        params.length("activityArn", arn, 1, 256);
        params.check();

        Arn.of(arn, Arn.ACTIVITY);
        if (catalog.engine().deleteActivity(arn)) {
            catalog.forget(arn);
        }
        return SfnJson.object();
    }

    JsonNode describe(Params params) {
        String arn = params.requiredString("activityArn");
        params.length("activityArn", arn, 1, 256);
        params.check();

        Activity activity = catalog.activity(arn);
        ObjectNode response = SfnJson.object();
        response.put("activityArn", activity.arn());
        response.put("name", activity.name());
        response.set("creationDate", SfnJson.timestamp(activity.creationTime()));
        return response;
    }

    /** Sorted by name, as ListStateMachines is (AWS does not document the order of activities). */
    JsonNode list(Params params) {
        int pageSize = params.pageSize("maxResults", 1000);
        String nextToken = params.string("nextToken");
        params.length("nextToken", nextToken, 1, 1024);
        params.check();

        Page<Activity> page = Page.of(catalog.engine().activities(), Activity::name, "activities", nextToken, pageSize);
        ArrayNode items = SfnJson.array();
        for (Activity activity : page.items()) {
            ObjectNode item = items.addObject();
            item.put("activityArn", activity.arn());
            item.put("name", activity.name());
            item.set("creationDate", SfnJson.timestamp(activity.creationTime()));
        }
        ObjectNode response = SfnJson.object();
        response.set("activities", items);
        page.addNextToken(response);
        return response;
    }

    /**
     * Hands the oldest waiting task to the worker. Like AWS, it long-polls: with no task waiting it waits for one, up to
     * the long-poll time, then answers without a task ({@code {}}, the API model's empty response).
     */
    JsonNode getTask(Params params) {
        String arn = params.requiredString("activityArn");
        String workerName = params.string("workerName");
        params.length("activityArn", arn, 1, 256).length("workerName", workerName, 1, 80);
        params.check();

        Arn.of(arn, Arn.ACTIVITY);
        Optional<ActivityTask> task;
        try {
            task = catalog.engine().getActivityTask(arn, workerName, longPoll); // woken when a task is scheduled
        } catch (ActivityDoesNotExistException e) {
            throw AwsErrors.activityDoesNotExist(arn);
        }
        ObjectNode response = SfnJson.object();
        task.ifPresent(found -> {
            response.put("taskToken", found.taskToken());
            response.put("input", found.input());
        });
        return response;
    }
}
