package dev.lockstep.junit.internal.report;

import java.util.Locale;
import java.util.Set;

/**
 * Draws a state machine as SVG with a path highlighted: entered states and taken edges get the classes {@code visited}
 * and {@code taken}, the state an execution failed in gets {@code failed}. Catch edges are dashed, Retry edges are
 * loops on their state, edges that go back up are routed on the right. The drawing carries its own styles, so it
 * shows the same inside a report page and on its own.
 */
public final class SvgRenderer {

    /** Styles for the drawing's classes. */
    static final String STYLE = String.join(
            "\n",
            ".lockstep-diagram { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 12px; }",
            ".lockstep-diagram .state rect { fill: #f6f8fa; stroke: #8c959f; stroke-width: 1.2; }",
            ".lockstep-diagram .state.visited rect { fill: #dafbe1; stroke: #1a7f37; stroke-width: 2.4; }",
            ".lockstep-diagram .state.failed rect { fill: #ffebe9; stroke: #cf222e; stroke-width: 2.4; }",
            ".lockstep-diagram .state.virtual rect { fill: #ffffff; stroke-dasharray: 3 2; }",
            ".lockstep-diagram .state text { fill: #1f2328; text-anchor: middle; dominant-baseline: central; }",
            ".lockstep-diagram .state .type { fill: #57606a; font-size: 9px; }",
            ".lockstep-diagram .edge path { fill: none; stroke: #afb8c1; stroke-width: 1.3; }",
            ".lockstep-diagram .edge.taken path { stroke: #1a7f37; stroke-width: 2.6; }",
            ".lockstep-diagram .edge.kind-catch path { stroke-dasharray: 6 3; }",
            ".lockstep-diagram .edge.kind-catch.taken path { stroke: #bc4c00; }",
            ".lockstep-diagram .edge.kind-retry.taken path { stroke: #9a6700; }",
            ".lockstep-diagram .edge.kind-branch path { stroke-dasharray: 2 3; }",
            ".lockstep-diagram .edge text { fill: #57606a; font-size: 10px; }",
            ".lockstep-diagram .edge.taken text { fill: #1a7f37; font-weight: 600; }");

    private SvgRenderer() {}

    /**
     * The SVG element.
     *
     * @param id a prefix unique in the page, for the arrow markers
     * @param failedState the state to mark failed, or null
     */
    public static String render(
            StateGraph graph, Layout layout, Set<String> visited, Set<String> taken, String failedState, String id) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"lockstep-diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                        + " viewBox=\"0 0 %.0f %.0f\" role=\"img\">\n",
                layout.width(),
                layout.height(),
                layout.width(),
                layout.height()));
        svg.append("<style>").append(STYLE).append("</style>\n");
        svg.append("<defs>");
        marker(svg, id + "-arrow", "#afb8c1");
        marker(svg, id + "-arrow-taken", "#1a7f37");
        svg.append("</defs>\n");
        for (StateGraph.Edge edge : graph.edges()) {
            edge(svg, edge, layout, taken.contains(edge.key()), id);
        }
        for (StateGraph.Node node : graph.nodes()) {
            boolean isVisited =
                    node.isVirtual() ? hasTakenEdgeAt(graph, node.name(), taken) : visited.contains(node.name());
            node(svg, node, layout.box(node.name()), isVisited, node.name().equals(failedState));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static boolean hasTakenEdgeAt(StateGraph graph, String node, Set<String> taken) {
        return graph.edges().stream()
                .anyMatch(e -> (e.from().equals(node) || e.to().equals(node)) && taken.contains(e.key()));
    }

    private static void marker(StringBuilder svg, String id, String color) {
        svg.append("<marker id=\"")
                .append(id)
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                        + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(color)
                .append("\"/></marker>");
    }

    private static void node(StringBuilder svg, StateGraph.Node node, Layout.Box box, boolean visited, boolean failed) {
        if (box == null) {
            return;
        }
        String classes = "state type-" + node.type().toLowerCase(Locale.ROOT)
                + (node.isVirtual() ? " virtual" : "")
                + (visited ? " visited" : "")
                + (failed ? " failed" : "");
        String label = node.isVirtual() ? (node.type().equals("Start") ? "Start" : "End") : node.name();
        svg.append("<g class=\"")
                .append(classes)
                .append("\" data-state=\"")
                .append(Html.escape(node.name()))
                .append("\">");
        svg.append("<title>")
                .append(Html.escape(label + (node.isVirtual() ? "" : " (" + node.type() + ")")))
                .append("</title>");
        double radius = node.isVirtual() ? box.height() / 2 : 7;
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"/>",
                box.left(),
                box.top(),
                box.width(),
                box.height(),
                radius));
        if (node.isVirtual()) {
            svg.append(text(box.x(), box.y(), label, null));
        } else {
            svg.append(text(box.x(), box.y() - 5, shorten(label), null));
            svg.append(text(box.x(), box.y() + 9, node.type(), "type"));
        }
        svg.append("</g>\n");
    }

    private static void edge(StringBuilder svg, StateGraph.Edge edge, Layout layout, boolean taken, String id) {
        Layout.Box from = layout.box(edge.from());
        Layout.Box to = layout.box(edge.to());
        if (from == null || to == null) {
            return;
        }
        String path;
        double labelX;
        double labelY;
        if (edge.kind() == StateGraph.Kind.RETRY) {
            double x = from.right();
            double y = from.y();
            path = String.format(
                    Locale.ROOT,
                    "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
                    x,
                    y - 8,
                    x + 34,
                    y - 26,
                    x + 34,
                    y + 26,
                    x,
                    y + 8);
            labelX = x + 36;
            labelY = y;
        } else if (layout.isBackEdge(edge) || to.layer() <= from.layer()) {
            double x1 = from.right();
            double x2 = to.right();
            double bulge = Math.max(x1, x2) + 40;
            path = String.format(
                    Locale.ROOT,
                    "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
                    x1,
                    from.y(),
                    bulge,
                    from.y(),
                    bulge,
                    to.y(),
                    x2,
                    to.y());
            labelX = bulge - 8;
            labelY = (from.y() + to.y()) / 2;
        } else {
            double x1 = from.x();
            double y1 = from.bottom();
            double x2 = to.x();
            double y2 = to.top();
            double middle = (y1 + y2) / 2;
            path = String.format(
                    Locale.ROOT, "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f", x1, y1, x1, middle, x2, middle, x2, y2);
            labelX = (x1 + x2) / 2 + 4;
            labelY = middle;
        }
        svg.append("<g class=\"edge kind-")
                .append(edge.kind().name().toLowerCase(Locale.ROOT))
                .append(taken ? " taken" : "")
                .append("\" data-edge=\"")
                .append(Html.escape(edge.key()))
                .append("\">");
        svg.append("<path d=\"")
                .append(path)
                .append("\" marker-end=\"url(#")
                .append(id)
                .append(taken ? "-arrow-taken" : "-arrow")
                .append(")\"/>");
        String label = label(edge);
        if (!label.isEmpty()) {
            svg.append(text(labelX, labelY, label, null).replace("<text ", "<text text-anchor=\"start\" "));
        }
        svg.append("</g>\n");
    }

    private static String label(StateGraph.Edge edge) {
        return switch (edge.kind()) {
            case CHOICE, DEFAULT -> edge.label();
            case CATCH -> "catch " + shorten(edge.label());
            case RETRY -> "retry " + shorten(edge.label());
            default -> "";
        };
    }

    private static String text(double x, double y, String content, String cssClass) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>",
                x,
                y,
                cssClass == null ? "" : " class=\"" + cssClass + "\"",
                Html.escape(content));
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
