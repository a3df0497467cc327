package dev.lockstep.junit.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.junit.internal.JsonText;
import dev.lockstep.junit.internal.RecordedExecution;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the run covered of one state machine: states entered and transitions taken, over all its executions. */
public final class MachineCoverage {

    private final String name;
    private final StateGraph graph;
    private Layout layout;
    private final Set<String> states = new LinkedHashSet<>();
    private final Set<String> edges = new LinkedHashSet<>();
    private int executions;

    MachineCoverage(String name, JsonNode definition) {
        this.name = name;
        this.graph = StateGraph.of(definition);
    }

    /** State machines are told apart by name and definition: two tests may deploy different ones under one name. */
    static String key(String name, JsonNode definition) {
        return name + "#" + Integer.toHexString(JsonText.compact(definition).hashCode());
    }

    /** Counts an execution in; returns what it covered, for its drawing in the class report. */
    TraversalAnalysis.Traversal add(RecordedExecution execution) {
        TraversalAnalysis.Traversal traversal = TraversalAnalysis.of(graph, execution.history());
        states.addAll(traversal.states());
        edges.addAll(traversal.edges());
        executions++;
        return traversal;
    }

    public String name() {
        return name;
    }

    public StateGraph graph() {
        return graph;
    }

    /** The graph's drawing, laid out on first use and shared by every drawing of this state machine. */
    public synchronized Layout layout() {
        if (layout == null) {
            layout = Layout.of(graph);
        }
        return layout;
    }

    public int executions() {
        return executions;
    }

    public Set<String> coveredStates() {
        return Set.copyOf(states);
    }

    public Set<String> takenEdges() {
        return Set.copyOf(edges);
    }

    public List<String> missedStates() {
        return graph.states().stream()
                .map(StateGraph.Node::name)
                .filter(state -> !states.contains(state))
                .toList();
    }

    public List<StateGraph.Edge> missedTransitions() {
        return graph.transitions().stream()
                .filter(e -> !edges.contains(e.key()))
                .toList();
    }

    public int stateCount() {
        return graph.states().size();
    }

    public int coveredStateCount() {
        return stateCount() - missedStates().size();
    }

    public int transitionCount() {
        return graph.transitions().size();
    }

    public int coveredTransitionCount() {
        return transitionCount() - missedTransitions().size();
    }

    static double percent(int covered, int total) {
        return total == 0 ? 100.0 : 100.0 * covered / total;
    }

    public double statePercent() {
        return percent(coveredStateCount(), stateCount());
    }

    public double transitionPercent() {
        return percent(coveredTransitionCount(), transitionCount());
    }
}
