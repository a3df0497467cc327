package dev.lockstep.engine.internal.task;

import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** The engine's task handlers; the most specific matching one answers, the latest among equals. */
public final class HandlerRegistry implements TaskHandlers {

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();

    private final class Entry implements Registration {
        private final TaskMatcher matcher;
        private final TaskHandler handler;
        private final List<TaskRequest> requests = new CopyOnWriteArrayList<>();

        Entry(TaskMatcher matcher, TaskHandler answer) {
            this.matcher = matcher;
            this.handler = request -> {
                requests.add(request);
                return answer.handle(request);
            };
        }

        @Override
        public List<TaskRequest> requests() {
            return List.copyOf(requests);
        }

        @Override
        public TaskMatcher matcher() {
            return matcher;
        }

        @Override
        public void close() {
            entries.remove(this);
        }
    }

    @Override
    public Registration register(TaskMatcher matcher, TaskHandler handler) {
        Entry entry = new Entry(Objects.requireNonNull(matcher, "matcher"), Objects.requireNonNull(handler, "handler"));
        entries.add(entry);
        return entry;
    }

    @Override
    public List<TaskMatcher> matchers() {
        List<TaskMatcher> matchers = new ArrayList<>();
        for (Entry entry : entries) {
            matchers.add(entry.matcher);
        }
        return matchers;
    }

    @Override
    public void clear() {
        entries.clear();
    }

    /** The handler for {@code request}, or null when none matches. */
    public TaskHandler find(TaskRequest request) {
        Entry best = null;
        for (Entry entry : entries) {
            if (entry.matcher.matches(request)
                    && (best == null || entry.matcher.specificity() >= best.matcher.specificity())) {
                best = entry;
            }
        }
        return best == null ? null : best.handler;
    }

    /** Why nothing answered {@code request}, and how to fix it: for strict mode's failure. */
    public String explainMissing(TaskRequest request) {
        StringBuilder text = new StringBuilder("No task handler answers the Task state '")
                .append(request.stateName())
                .append("' (resource ")
                .append(request.resource().arn())
                .append(") and the engine is strict.");
        List<TaskMatcher> matchers = matchers();
        if (matchers.isEmpty()) {
            text.append(" No task handlers are registered.");
        } else {
            text.append(" Registered: ");
            for (int i = 0; i < matchers.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(matchers.get(i));
            }
            text.append('.');
            String closest = closestStateName(request.stateName(), matchers);
            if (closest != null) {
                text.append(" Did you mean the state '").append(closest).append("'?");
            }
        }
        text.append(" Register one with engine.tasks().register(TaskMatcher.state(\"")
                .append(request.stateName())
                .append("\"), handler), or build the engine with strictTasks(false) to answer every task with its"
                        + " input.");
        return text.toString();
    }

    private static String closestStateName(String name, List<TaskMatcher> matchers) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TaskMatcher matcher : matchers) {
            if (matcher.stateName() == null || matcher.stateName().equals(name)) {
                continue;
            }
            int distance = distance(name.toLowerCase(), matcher.stateName().toLowerCase());
            if (distance < bestDistance && distance <= Math.max(2, name.length() / 3)) {
                best = matcher.stateName();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
