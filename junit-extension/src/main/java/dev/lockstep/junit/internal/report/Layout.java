package dev.lockstep.junit.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layered drawing of a {@link StateGraph}, top to bottom: edges that close a loop are found by a depth-first walk
 * from the start and drawn as back edges; every other edge points down. Each state sits one layer below the lowest of
 * its predecessors (longest path), and two barycenter sweeps order each layer to uncross edges.
 */
public final class Layout {

    static final double NODE_HEIGHT = 36;
    static final double LAYER_GAP = 64;
    static final double NODE_GAP = 28;
    static final double MARGIN = 24;

    /** Where a node is drawn: its center and size. */
    public record Box(double x, double y, double width, double height, int layer) {
        double top() {
            return y - height / 2;
        }

        double bottom() {
            return y + height / 2;
        }

        double right() {
            return x + width / 2;
        }

        double left() {
            return x - width / 2;
        }
    }

    private final Map<String, Box> boxes;
    private final Set<String> backEdges;
    private final double width;
    private final double height;

    private Layout(Map<String, Box> boxes, Set<String> backEdges, double width, double height) {
        this.boxes = boxes;
        this.backEdges = backEdges;
        this.width = width;
        this.height = height;
    }

    public Box box(String node) {
        return boxes.get(node);
    }

    public boolean isBackEdge(StateGraph.Edge edge) {
        return backEdges.contains(edge.key());
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public static Layout of(StateGraph graph) {
        Map<String, List<StateGraph.Edge>> outgoing = new LinkedHashMap<>();
        graph.nodes().forEach(node -> outgoing.put(node.name(), new ArrayList<>()));
        for (StateGraph.Edge edge : graph.edges()) {
            if (edge.kind() != StateGraph.Kind.RETRY
                    && outgoing.containsKey(edge.from())
                    && outgoing.containsKey(edge.to())) {
                outgoing.get(edge.from()).add(edge);
            }
        }
        Set<String> back = new HashSet<>();
        List<String> discovery = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> onStack = new HashSet<>();
        depthFirst(StateGraph.START, outgoing, back, discovery, done, onStack);
        for (StateGraph.Node node : graph.nodes()) {
            if (!done.contains(node.name())) {
                depthFirst(node.name(), outgoing, back, discovery, done, onStack);
            }
        }
        Map<String, Integer> layer = layers(graph, outgoing, back, discovery);
        List<List<String>> rows = rows(layer, discovery);
        order(rows, graph, back);
        return place(rows, layer, back);
    }

    private static void depthFirst(
            String node,
            Map<String, List<StateGraph.Edge>> outgoing,
            Set<String> back,
            List<String> discovery,
            Set<String> done,
            Set<String> onStack) {
        // Iterative, so that a long chain of states cannot overflow the stack.
        record Frame(String node, int next) {}
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(node, 0));
        onStack.add(node);
        discovery.add(node);
        while (!stack.isEmpty()) {
            Frame frame = stack.remove(stack.size() - 1);
            List<StateGraph.Edge> edges = outgoing.getOrDefault(frame.node(), List.of());
            if (frame.next() >= edges.size()) {
                onStack.remove(frame.node());
                done.add(frame.node());
                continue;
            }
            stack.add(new Frame(frame.node(), frame.next() + 1));
            StateGraph.Edge edge = edges.get(frame.next());
            String target = edge.to();
            if (onStack.contains(target)) {
                back.add(edge.key());
            } else if (!done.contains(target)) {
                onStack.add(target);
                discovery.add(target);
                stack.add(new Frame(target, 0));
            }
        }
    }

    private static Map<String, Integer> layers(
            StateGraph graph, Map<String, List<StateGraph.Edge>> outgoing, Set<String> back, List<String> discovery) {
        Map<String, Integer> indegree = new HashMap<>();
        graph.nodes().forEach(node -> indegree.put(node.name(), 0));
        outgoing.values()
                .forEach(edges -> edges.stream()
                        .filter(e -> !back.contains(e.key()))
                        .forEach(e -> indegree.merge(e.to(), 1, Integer::sum)));
        Map<String, Integer> layer = new HashMap<>();
        List<String> ready = new ArrayList<>();
        for (String node : discovery) {
            if (indegree.get(node) == 0) {
                ready.add(node);
                layer.put(node, 0);
            }
        }
        while (!ready.isEmpty()) {
            String node = ready.remove(0);
            for (StateGraph.Edge edge : outgoing.getOrDefault(node, List.of())) {
                if (back.contains(edge.key())) {
                    continue;
                }
                layer.merge(edge.to(), layer.get(node) + 1, Math::max);
                if (indegree.merge(edge.to(), -1, Integer::sum) == 0) {
                    ready.add(edge.to());
                }
            }
        }
        int deepest = layer.entrySet().stream()
                .filter(e -> !e.getKey().equals(StateGraph.END))
                .mapToInt(Map.Entry::getValue)
                .max()
                .orElse(0);
        layer.put(StateGraph.END, deepest + 1);
        return layer;
    }

    private static List<List<String>> rows(Map<String, Integer> layer, List<String> discovery) {
        int count = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ArrayList<>());
        }
        for (String node : discovery) {
            rows.get(layer.getOrDefault(node, 0)).add(node);
        }
        return rows;
    }

    private static void order(List<List<String>> rows, StateGraph graph, Set<String> back) {
        for (int sweep = 0; sweep < 2; sweep++) {
            Map<String, Double> position = new HashMap<>();
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    position.put(row.get(i), (double) i / Math.max(1, row.size() - 1));
                }
            }
            for (int r = 1; r < rows.size(); r++) {
                Map<String, Double> barycenter = new HashMap<>();
                for (String node : rows.get(r)) {
                    double sum = 0;
                    int n = 0;
                    for (StateGraph.Edge edge : graph.edges()) {
                        if (edge.to().equals(node)
                                && !back.contains(edge.key())
                                && position.containsKey(edge.from())
                                && !edge.from().equals(node)) {
                            sum += position.get(edge.from());
                            n++;
                        }
                    }
                    barycenter.put(node, n == 0 ? position.get(node) : sum / n);
                }
                List<String> row = rows.get(r);
                List<String> before = List.copyOf(row);
                row.sort(Comparator.comparingDouble((String node) -> barycenter.get(node))
                        .thenComparingInt(before::indexOf));
                for (int i = 0; i < row.size(); i++) {
                    position.put(row.get(i), (double) i / Math.max(1, row.size() - 1));
                }
            }
        }
    }

    private static Layout place(List<List<String>> rows, Map<String, Integer> layer, Set<String> back) {
        double widest = 0;
        Map<String, Double> widths = new HashMap<>();
        for (List<String> row : rows) {
            double rowWidth = 0;
            for (String node : row) {
                double w = nodeWidth(node);
                widths.put(node, w);
                rowWidth += w;
            }
            rowWidth += NODE_GAP * Math.max(0, row.size() - 1);
            widest = Math.max(widest, rowWidth);
        }
        // Room on the right for back edges, retry loops and their labels.
        double canvasWidth = widest + 2 * MARGIN + 230;
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            double rowWidth = row.stream().mapToDouble(widths::get).sum() + NODE_GAP * Math.max(0, row.size() - 1);
            double x = MARGIN + (widest - rowWidth) / 2;
            double y = MARGIN + NODE_HEIGHT / 2 + r * (NODE_HEIGHT + LAYER_GAP);
            for (String node : row) {
                double w = widths.get(node);
                double height = isVirtual(node) ? 22 : NODE_HEIGHT;
                boxes.put(node, new Box(x + w / 2, y, w, height, r));
                x += w + NODE_GAP;
            }
        }
        double canvasHeight = 2 * MARGIN + rows.size() * NODE_HEIGHT + Math.max(0, rows.size() - 1) * LAYER_GAP;
        return new Layout(boxes, back, canvasWidth, canvasHeight);
    }

    private static boolean isVirtual(String node) {
        return node.equals(StateGraph.START) || node.equals(StateGraph.END);
    }

    static double nodeWidth(String node) {
        if (isVirtual(node)) {
            return 56;
        }
        return Math.max(84, Math.min(260, node.length() * 7.4 + 26));
    }
}
