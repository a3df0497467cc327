package dev.lockstep.junit.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a definition's shape, its drawing keeps to the layered layout's promises. */
class LayoutPropertiesTest {

    @Test
    void forward_edges_point_down_and_states_in_a_layer_never_overlap() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 25))
                .checkAssert(seeds -> {
                    StateGraph graph = StateGraph.of(definition(seeds));
                    Layout layout = Layout.of(graph);
                    for (StateGraph.Node node : graph.nodes()) {
                        assertThat(layout.box(node.name())).as(node.name()).isNotNull();
                    }
                    for (StateGraph.Edge edge : graph.edges()) {
                        if (edge.kind() == StateGraph.Kind.RETRY || layout.isBackEdge(edge)) {
                            continue;
                        }
                        assertThat(layout.box(edge.to()).layer())
                                .as("%s points down", edge.key())
                                .isGreaterThan(layout.box(edge.from()).layer());
                    }
                    for (StateGraph.Node a : graph.nodes()) {
                        for (StateGraph.Node b : graph.nodes()) {
                            Layout.Box boxA = layout.box(a.name());
                            Layout.Box boxB = layout.box(b.name());
                            if (a != b && boxA.layer() == boxB.layer()) {
                                assertThat(boxA.right() <= boxB.left() || boxB.right() <= boxA.left())
                                        .as("%s and %s overlap", a.name(), b.name())
                                        .isTrue();
                            }
                        }
                    }
                    int deepest = graph.nodes().stream()
                            .filter(n -> !n.name().equals(StateGraph.END))
                            .mapToInt(n -> layout.box(n.name()).layer())
                            .max()
                            .orElse(0);
                    assertThat(layout.box(StateGraph.END).layer()).isEqualTo(deepest + 1);
                });
    }

    /**
     * States S0..Sn: each seed chooses a state's kind and targets (any state, so loops happen): a Pass to one state,
     * a Choice with two rules and a Default, or a Task with a Next, a Catch and a Retry; the last state ends.
     */
    private static ObjectNode definition(List<Integer> seeds) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode definition = nodes.objectNode().put("StartAt", "S0");
        ObjectNode states = definition.putObject("States");
        int n = seeds.size();
        for (int i = 0; i < n; i++) {
            int seed = seeds.get(i);
            ObjectNode state = states.putObject("S" + i);
            if (i == n - 1) {
                state.put("Type", "Succeed");
                continue;
            }
            String next = "S" + (seed % n);
            String other = "S" + ((seed / 7 + i + 1) % n);
            switch (seed % 3) {
                case 0 -> state.put("Type", "Pass").put("Next", next);
                case 1 -> {
                    state.put("Type", "Choice").put("Default", "S" + (n - 1));
                    state.putArray("Choices")
                            .add(nodes.objectNode()
                                    .put("Variable", "$.x")
                                    .put("IsPresent", true)
                                    .put("Next", next))
                            .add(nodes.objectNode()
                                    .put("Variable", "$.y")
                                    .put("IsPresent", true)
                                    .put("Next", other));
                }
                default -> {
                    state.put("Type", "Task")
                            .put("Resource", "arn:aws:states:::lambda:invoke")
                            .put("Next", next);
                    state.putArray("Retry").addObject().putArray("ErrorEquals").add("States.ALL");
                    state.putArray("Catch")
                            .addObject()
                            .put("Next", other)
                            .putArray("ErrorEquals")
                            .add("States.ALL");
                }
            }
        }
        return definition;
    }
}
