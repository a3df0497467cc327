package dev.lockstep.engine.internal.task;

import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The engine's task handlers; the most specific matching one answers, the latest among equals. */
public final class HandlerRegistry implements TaskHandlers {

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();

    private final class Entry implements Registration {
        private final TaskMatcher matcher;
        private final Predicate<TaskRequest> selects;
        private final TaskHandler handler;
        /** Every request answered, for {@link #requests()}: appended on each call, so O(1) and never copied there. */
        private final List<TaskRequest> requests = new ArrayList<>();

        Entry(TaskMatcher matcher, TaskHandler answer) {
            this.matcher = matcher;
            this.selects = matcher.compile();
            this.handler = request -> {
                synchronized (requests) {
                    requests.add(request);
                }
                return answer.handle(request);
            };
        }

        @Override
        public List<TaskRequest> requests() {
            synchronized (requests) {
                return List.copyOf(requests);
            }
        }

        @Override
        public int calls() {
            synchronized (requests) {
                return requests.size();
            }
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
            if (entry.selects.test(request)
                    && (best == null || entry.matcher.specificity() >= best.matcher.specificity())) {
                best = entry;
            }
        }
        return best == null ? null : best.handler;
    }

    /** Why nothing answered {@code request}, and how to fix it: for strict mode's failure. */
    public String explainMissing(TaskRequest request) {
        StringBuilder text = unanswered(request);
        List<TaskMatcher> matchers = matchers();
        if (matchers.isEmpty()) {
            text.append(" No task handlers are registered.");
        } else {
            appendRegistered(text, matchers);
            appendClosest(text, request.stateName(), matcherStates(matchers));
        }
        text.append(" Register one with engine.tasks().register(TaskMatcher.state(\"")
                .append(request.stateName())
                .append("\"), handler), or build the engine with strictTasks(false) to answer every task with its"
                        + " input.");
        return text.toString();
    }

    /**
     * Why nothing answered {@code request} in an execution that runs the test case {@code testCase} of the engine's
     * mock config, which mocks {@code mocked} (state name to mocked response name): names what the test case mocks and
     * what is registered, the closest state name among them, and the fix in a MockConfigFile and in Java.
     */
    public String explainMissing(TaskRequest request, String testCase, Map<String, String> mocked) {
        StringBuilder text = unanswered(request);
        text.append(" The test case '").append(testCase).append("' of the mock config mocks ");
        text.append(mocked.isEmpty() ? "no states" : "the states " + String.join(", ", quoted(mocked.keySet())));
        List<TaskMatcher> matchers = matchers();
        if (matchers.isEmpty()) {
            text.append(". No task handlers are registered.");
        } else {
            text.append('.');
            appendRegistered(text, matchers);
        }
        List<String> known = new ArrayList<>(mocked.keySet());
        known.addAll(matcherStates(matchers));
        appendClosest(text, request.stateName(), known);
        text.append(" Mock it in the mock config file: under StateMachines.")
                .append(request.stateMachineName())
                .append(".TestCases.")
                .append(testCase)
                .append(", add \"")
                .append(request.stateName())
                .append("\": \"<MockedResponseName>\"; or, in Java, register a handler with"
                        + " engine.tasks().register(TaskMatcher.state(\"")
                .append(request.stateName())
                .append("\"), handler).");
        return text.toString();
    }

    private static StringBuilder unanswered(TaskRequest request) {
        return new StringBuilder("No task handler answers the Task state '")
                .append(request.stateName())
                .append("' (resource ")
                .append(request.resource().arn())
                .append(") and the engine is strict.");
    }

    private static void appendRegistered(StringBuilder text, List<TaskMatcher> matchers) {
        text.append(" Registered: ");
        for (int i = 0; i < matchers.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(matchers.get(i));
        }
        text.append('.');
    }

    private static void appendClosest(StringBuilder text, String name, List<String> candidates) {
        String closest = closestStateName(name, candidates);
        if (closest != null) {
            text.append(" Did you mean the state '").append(closest).append("'?");
        }
    }

    private static List<String> matcherStates(List<TaskMatcher> matchers) {
        List<String> states = new ArrayList<>();
        for (TaskMatcher matcher : matchers) {
            if (matcher.stateName() != null) {
                states.add(matcher.stateName());
            }
        }
        return states;
    }

    private static List<String> quoted(Iterable<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(name -> quoted.add("'" + name + "'"));
        return quoted;
    }

    /** The candidate nearest to {@code name} by edit distance (case aside), when it is near enough to be a typo. */
    private static String closestStateName(String name, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance && distance <= Math.max(2, name.length() / 3)) {
                best = candidate;
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
