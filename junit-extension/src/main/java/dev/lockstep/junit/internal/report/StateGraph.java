package dev.lockstep.junit.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A state machine definition as a graph: every state (nested ones in Parallel branches and Map processors included)
 * and every way from one to another: Next, each Choice rule and Default, each Catch, each Retry (a loop on the state)
 * and, for drawing only, the start, the ends and the branches of Parallel and Map states.
 */
public record StateGraph(List<Node> nodes, List<Edge> edges) {

    /** The virtual node the execution starts from. */
    public static final String START = "⟨start⟩";
    /** The virtual node terminal states lead to. */
    public static final String END = "⟨end⟩";

    /**
     * A state.
     *
     * @param name its name, unique in the state machine
     * @param type its Type, or {@code Start}/{@code End} for the virtual nodes
     * @param parent the Parallel or Map state it is nested in, or null
     */
    public record Node(String name, String type, String parent) {
        public boolean isVirtual() {
            return type.equals("Start") || type.equals("End");
        }
    }

    /** What an edge is. */
    public enum Kind {
        START(false),
        NEXT(true),
        CHOICE(true),
        DEFAULT(true),
        CATCH(true),
        RETRY(true),
        BRANCH(false),
        END(false);

        private final boolean counted;

        Kind(boolean counted) {
            this.counted = counted;
        }

        /** Whether coverage counts it: the transitions a test can choose to take or not. */
        public boolean counted() {
            return counted;
        }
    }

    /**
     * A way from one state to another.
     *
     * @param from the state it leaves
     * @param to the state it enters (the same state for a Retry)
     * @param kind what kind of transition
     * @param label what to print on it: a Choice rule's number, the errors of a Catch or Retry
     */
    public record Edge(String from, String to, Kind kind, String label) {
        /** The identity coverage counts: two Catch clauses to one target are one transition. */
        public String key() {
            return from + " -" + kind + "-> " + to + (kind == Kind.RETRY ? " [" + label + "]" : "");
        }
    }

    public static StateGraph of(JsonNode definition) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node(START, "Start", null));
        String startAt = definition.path("StartAt").asText();
        edges.add(new Edge(START, startAt, Kind.START, ""));
        addStates(definition.path("States"), null, nodes, edges);
        nodes.add(new Node(END, "End", null));
        return new StateGraph(List.copyOf(nodes), List.copyOf(dedupe(edges)));
    }

    private static void addStates(JsonNode states, String parent, List<Node> nodes, List<Edge> edges) {
        Iterator<Map.Entry<String, JsonNode>> fields = states.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String name = entry.getKey();
            JsonNode state = entry.getValue();
            String type = state.path("Type").asText();
            nodes.add(new Node(name, type, parent));
            if (state.path("Next").isTextual()) {
                edges.add(new Edge(name, state.get("Next").asText(), Kind.NEXT, ""));
            }
            boolean terminal = state.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail");
            if (terminal && parent == null) {
                edges.add(new Edge(name, END, Kind.END, ""));
            }
            JsonNode choices = state.path("Choices");
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).path("Next").isTextual()) {
                    edges.add(new Edge(name, choices.get(i).get("Next").asText(), Kind.CHOICE, "#" + (i + 1)));
                }
            }
            if (state.path("Default").isTextual()) {
                edges.add(new Edge(name, state.get("Default").asText(), Kind.DEFAULT, "Default"));
            }
            for (JsonNode retrier : state.path("Retry")) {
                edges.add(new Edge(name, name, Kind.RETRY, errors(retrier)));
            }
            for (JsonNode catcher : state.path("Catch")) {
                if (catcher.path("Next").isTextual()) {
                    edges.add(new Edge(name, catcher.get("Next").asText(), Kind.CATCH, errors(catcher)));
                }
            }
            for (JsonNode branch : state.path("Branches")) {
                addBranch(name, branch, nodes, edges);
            }
            JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator");
            if (processor.isObject()) {
                addBranch(name, processor, nodes, edges);
            }
        }
    }

    private static void addBranch(String container, JsonNode branch, List<Node> nodes, List<Edge> edges) {
        if (branch.path("StartAt").isTextual()) {
            edges.add(new Edge(container, branch.get("StartAt").asText(), Kind.BRANCH, ""));
        }
        addStates(branch.path("States"), container, nodes, edges);
    }

    private static String errors(JsonNode clause) {
        List<String> names = new ArrayList<>();
        clause.path("ErrorEquals").forEach(error -> names.add(error.asText()));
        return String.join(", ", names);
    }

    private static List<Edge> dedupe(List<Edge> edges) {
        Map<String, Edge> unique = new LinkedHashMap<>();
        for (Edge edge : edges) {
            Edge existing = unique.get(edge.key());
            if (existing == null) {
                unique.put(edge.key(), edge);
            } else if (!existing.label().equals(edge.label()) && edge.kind() != Kind.RETRY) {
                unique.put(
                        edge.key(),
                        new Edge(edge.from(), edge.to(), edge.kind(), existing.label() + " " + edge.label()));
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** The states coverage counts: every real state. */
    public List<Node> states() {
        return nodes.stream().filter(n -> !n.isVirtual()).toList();
    }

    /** The transitions coverage counts. */
    public List<Edge> transitions() {
        return edges.stream().filter(e -> e.kind().counted()).toList();
    }

    public List<Edge> edgesFrom(String name) {
        return edges.stream().filter(e -> Objects.equals(e.from(), name)).toList();
    }
}
