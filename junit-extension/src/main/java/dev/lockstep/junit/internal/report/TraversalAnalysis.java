package dev.lockstep.junit.internal.report;

import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.HistoryEventType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which states an execution entered and which edges of its graph it took, read from its history alone. An Entered
 * event's previousEventId points at the event it follows from: the Exited event of the state before it (a
 * transition), or the start of a Parallel or Map (a branch). A transition leaves through a Catch when the state's
 * last event before leaving was a failure. A Retry is taken when a failure is followed by another attempt of the
 * same state. A Choice state's history does not say which rule matched, so every rule leading to the state entered
 * counts as taken.
 */
public final class TraversalAnalysis {

    private TraversalAnalysis() {}

    /**
     * What an execution covered.
     *
     * @param states the states entered
     * @param edges the keys ({@link StateGraph.Edge#key()}) of the edges taken, the virtual start, end and branch
     *     edges included
     */
    public record Traversal(Set<String> states, Set<String> edges) {}

    public static Traversal of(StateGraph graph, List<HistoryEvent> history) {
        Set<String> states = new LinkedHashSet<>();
        Set<String> edges = new LinkedHashSet<>();
        Map<Long, String> stateOfEvent = new HashMap<>();
        Map<Long, HistoryEvent> byId = new HashMap<>();
        Map<String, HistoryEvent> lastFailure = new HashMap<>();
        Map<Long, Boolean> exitedAfterFailure = new HashMap<>();
        for (HistoryEvent event : history) {
            byId.put(event.id(), event);
            String type = event.type().name();
            if (type.endsWith("_STATE_ENTERED")) {
                String state = event.stateName();
                stateOfEvent.put(event.id(), state);
                states.add(state);
                lastFailure.remove(state);
                edges.addAll(
                        keysInto(graph, byId.get(event.previousEventId()), state, stateOfEvent, exitedAfterFailure));
                continue;
            }
            if (isExecutionEnd(event.type())) {
                HistoryEvent before = byId.get(event.previousEventId());
                if (before != null && before.stateName() != null) {
                    edges.add(new StateGraph.Edge(before.stateName(), StateGraph.END, StateGraph.Kind.END, "").key());
                }
                continue;
            }
            String state = stateOfEvent.get(event.previousEventId());
            if (state == null) {
                continue;
            }
            stateOfEvent.put(event.id(), state);
            if (type.endsWith("_STATE_EXITED")) {
                exitedAfterFailure.put(event.id(), lastFailure.containsKey(state));
            } else if (isFailure(event.type())) {
                lastFailure.put(state, event);
            } else if (isAttempt(event.type()) && lastFailure.containsKey(state)) {
                String error = lastFailure.remove(state).error();
                retrierFor(graph, state, error).ifPresent(edge -> edges.add(edge.key()));
            } else if (type.endsWith("_SUCCEEDED")) {
                lastFailure.remove(state);
            }
        }
        for (HistoryEvent event : history) {
            if (event.type().name().endsWith("_STATE_ENTERED") && event.previousEventId() == 0) {
                edges.add(new StateGraph.Edge(StateGraph.START, event.stateName(), StateGraph.Kind.START, "").key());
            }
        }
        return new Traversal(states, edges);
    }

    private static Set<String> keysInto(
            StateGraph graph,
            HistoryEvent before,
            String state,
            Map<Long, String> stateOfEvent,
            Map<Long, Boolean> exitedAfterFailure) {
        Set<String> keys = new LinkedHashSet<>();
        if (before == null) {
            return keys;
        }
        String from =
                before.type().name().endsWith("_STATE_EXITED") ? before.stateName() : stateOfEvent.get(before.id());
        if (from == null) {
            return keys;
        }
        boolean caught = exitedAfterFailure.getOrDefault(before.id(), false);
        for (StateGraph.Edge edge : graph.edgesFrom(from)) {
            if (!edge.to().equals(state)) {
                continue;
            }
            boolean matches = switch (edge.kind()) {
                case CATCH -> caught;
                case NEXT, CHOICE, DEFAULT -> !caught;
                case BRANCH -> !before.type().name().endsWith("_STATE_EXITED");
                default -> false;
            };
            if (matches) {
                keys.add(edge.key());
            }
        }
        return keys;
    }

    private static java.util.Optional<StateGraph.Edge> retrierFor(StateGraph graph, String state, String error) {
        for (StateGraph.Edge edge : graph.edgesFrom(state)) {
            if (edge.kind() != StateGraph.Kind.RETRY) {
                continue;
            }
            List<String> errors = List.of(edge.label().split(", "));
            if (errors.contains(error)
                    || errors.contains("States.ALL")
                    || (errors.contains("States.TaskFailed") && error != null && !error.startsWith("States."))) {
                return java.util.Optional.of(edge);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A state left through a Catch.
     *
     * @param state the state that failed
     * @param error the error caught
     * @param cause its cause, or null
     * @param next the state entered next, or null if none was
     */
    public record Caught(String state, String error, String cause, String next) {}

    /** Every state left after a failure (through a Catch), in order. */
    public static List<Caught> caught(List<HistoryEvent> history) {
        List<Caught> caught = new java.util.ArrayList<>();
        Map<Long, String> stateOfEvent = new HashMap<>();
        Map<String, HistoryEvent> lastFailure = new HashMap<>();
        Map<Long, Integer> caughtAtExit = new HashMap<>();
        for (HistoryEvent event : history) {
            String type = event.type().name();
            if (type.endsWith("_STATE_ENTERED")) {
                stateOfEvent.put(event.id(), event.stateName());
                lastFailure.remove(event.stateName());
                Integer index = caughtAtExit.get(event.previousEventId());
                if (index != null) {
                    Caught before = caught.get(index);
                    caught.set(index, new Caught(before.state(), before.error(), before.cause(), event.stateName()));
                }
                continue;
            }
            String state = stateOfEvent.get(event.previousEventId());
            if (state == null) {
                continue;
            }
            stateOfEvent.put(event.id(), state);
            if (type.endsWith("_STATE_EXITED")) {
                HistoryEvent failure = lastFailure.remove(state);
                if (failure != null) {
                    caughtAtExit.put(event.id(), caught.size());
                    caught.add(new Caught(state, failure.error(), failure.cause(), null));
                }
            } else if (isFailure(event.type())) {
                lastFailure.put(state, event);
            } else if (isAttempt(event.type()) || type.endsWith("_SUCCEEDED")) {
                lastFailure.remove(state);
            }
        }
        return caught;
    }

    private static boolean isFailure(HistoryEventType type) {
        String name = type.name();
        return name.endsWith("_FAILED") || name.endsWith("_TIMED_OUT");
    }

    private static boolean isAttempt(HistoryEventType type) {
        return type == HistoryEventType.TASK_SCHEDULED
                || type == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED
                || type == HistoryEventType.ACTIVITY_SCHEDULED
                || type == HistoryEventType.PARALLEL_STATE_STARTED
                || type == HistoryEventType.MAP_STATE_STARTED;
    }

    private static boolean isExecutionEnd(HistoryEventType type) {
        return type == HistoryEventType.EXECUTION_SUCCEEDED
                || type == HistoryEventType.EXECUTION_FAILED
                || type == HistoryEventType.EXECUTION_TIMED_OUT
                || type == HistoryEventType.EXECUTION_ABORTED;
    }
}
