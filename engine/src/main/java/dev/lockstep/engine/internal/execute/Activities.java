package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.Activity;
import dev.lockstep.engine.ActivityDoesNotExistException;
import dev.lockstep.engine.ActivityTask;
import dev.lockstep.engine.internal.json.Json;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An engine's activities and the tasks waiting for their workers. Used inside the kernel only. */
final class Activities {

    private static final class Entry {
        final Activity activity;
        final ArrayDeque<TaskRun.Attempt> waiting = new ArrayDeque<>();

        Entry(Activity activity) {
            this.activity = activity;
        }
    }

    private final Map<String, Entry> byArn = new LinkedHashMap<>();

    /** Creates an activity; creating one that exists returns it (CreateActivity is idempotent). */
    Activity create(String name, String arn, Instant now) {
        Entry entry = byArn.computeIfAbsent(arn, key -> new Entry(new Activity(name, arn, now)));
        return entry.activity;
    }

    boolean delete(String arn) {
        return byArn.remove(arn) != null;
    }

    Optional<Activity> find(String arn) {
        Entry entry = byArn.get(arn);
        return entry == null ? Optional.empty() : Optional.of(entry.activity);
    }

    List<Activity> all() {
        List<Activity> activities = new ArrayList<>();
        byArn.values().forEach(entry -> activities.add(entry.activity));
        return activities;
    }

    /** Queues a task for the activity's workers; false when the activity does not exist. */
    boolean enqueue(String arn, TaskRun.Attempt attempt) {
        Entry entry = byArn.get(arn);
        if (entry == null) {
            return false;
        }
        entry.waiting.add(attempt);
        return true;
    }

    /** Hands the oldest waiting task to a worker, as GetActivityTask does; empty when none waits. */
    Optional<ActivityTask> poll(String arn, String workerName) {
        Entry entry = byArn.get(arn);
        if (entry == null) {
            throw new ActivityDoesNotExistException(arn);
        }
        TaskRun.Attempt attempt;
        while ((attempt = entry.waiting.poll()) != null) {
            if (!attempt.closed) {
                attempt.owner().activityStarted(attempt, workerName);
                return Optional.of(new ActivityTask(attempt.token, Json.compact(attempt.parameters)));
            }
        }
        return Optional.empty();
    }
}
