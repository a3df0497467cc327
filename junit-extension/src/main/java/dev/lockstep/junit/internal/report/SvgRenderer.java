package dev.lockstep.junit.internal.report;

import java.util.Locale;
import java.util.Set;

/**
 * Draws a state machine as SVG with a path highlighted: entered states and taken edges get the classes {@code visited}
 * and {@code taken}, the state an execution failed in gets {@code failed}. Catch edges are dashed, Retry edges are
 * loops on their state, edges that go back up are routed on the right. The drawing's styles are {@link #STYLE}, which
 * every page holding drawings carries once in its head (a report draws hundreds). Numbers are written by hand, not with
 * String.format: a report writes tens of thousands of them.
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
            ".lockstep-diagram .edge text.label { text-anchor: start; }",
            ".lockstep-diagram .edge.taken text { fill: #1a7f37; font-weight: 600; }");

    private SvgRenderer() {}

    /**
     * Appends the SVG element to {@code svg}.
     *
     * @param id a prefix unique in the page, for the arrow markers
     * @param failedState the state to mark failed, or null
     */
    public static void render(
            StringBuilder svg,
            StateGraph graph,
            Layout layout,
            Set<String> visited,
            Set<String> taken,
            String failedState,
            String id) {
        svg.append("<svg class=\"lockstep-diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        whole(svg, layout.width()).append("\" height=\"");
        whole(svg, layout.height()).append("\" viewBox=\"0 0 ");
        whole(svg, layout.width()).append(' ');
        whole(svg, layout.height()).append("\" role=\"img\">\n");
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
    }

    private static boolean hasTakenEdgeAt(StateGraph graph, String node, Set<String> taken) {
        for (StateGraph.Edge e : graph.edges()) {
            if ((e.from().equals(node) || e.to().equals(node)) && taken.contains(e.key())) {
                return true;
            }
        }
        return false;
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
        String label = node.isVirtual() ? (node.type().equals("Start") ? "Start" : "End") : node.name();
        svg.append("<g class=\"state type-")
                .append(node.type().toLowerCase(Locale.ROOT))
                .append(node.isVirtual() ? " virtual" : "")
                .append(visited ? " visited" : "")
                .append(failed ? " failed" : "")
                .append("\" data-state=\"");
        Html.escape(svg, node.name()).append("\"><title>");
        Html.escape(svg, label + (node.isVirtual() ? "" : " (" + node.type() + ")"))
                .append("</title>");
        svg.append("<rect x=\"");
        tenths(svg, box.left()).append("\" y=\"");
        tenths(svg, box.top()).append("\" width=\"");
        tenths(svg, box.width()).append("\" height=\"");
        tenths(svg, box.height()).append("\" rx=\"");
        tenths(svg, node.isVirtual() ? box.height() / 2 : 7).append("\"/>");
        if (node.isVirtual()) {
            text(svg, box.x(), box.y(), label, null);
        } else {
            text(svg, box.x(), box.y() - 5, shorten(label), null);
            text(svg, box.x(), box.y() + 9, node.type(), "type");
        }
        svg.append("</g>\n");
    }

    private static void edge(StringBuilder svg, StateGraph.Edge edge, Layout layout, boolean taken, String id) {
        Layout.Box from = layout.box(edge.from());
        Layout.Box to = layout.box(edge.to());
        if (from == null || to == null) {
            return;
        }
        svg.append("<g class=\"edge kind-")
                .append(edge.kind().name().toLowerCase(Locale.ROOT))
                .append(taken ? " taken" : "")
                .append("\" data-edge=\"");
        Html.escape(svg, edge.key()).append("\"><path d=\"");
        double labelX;
        double labelY;
        if (edge.kind() == StateGraph.Kind.RETRY) {
            double x = from.right();
            double y = from.y();
            curve(svg, x, y - 8, x + 34, y - 26, x + 34, y + 26, x, y + 8);
            labelX = x + 36;
            labelY = y;
        } else if (layout.isBackEdge(edge) || to.layer() <= from.layer()) {
            double x1 = from.right();
            double x2 = to.right();
            double bulge = Math.max(x1, x2) + 40;
            curve(svg, x1, from.y(), bulge, from.y(), bulge, to.y(), x2, to.y());
            labelX = bulge - 8;
            labelY = (from.y() + to.y()) / 2;
        } else {
            double x1 = from.x();
            double y1 = from.bottom();
            double x2 = to.x();
            double y2 = to.top();
            double middle = (y1 + y2) / 2;
            curve(svg, x1, y1, x1, middle, x2, middle, x2, y2);
            labelX = (x1 + x2) / 2 + 4;
            labelY = middle;
        }
        svg.append("\" marker-end=\"url(#")
                .append(id)
                .append(taken ? "-arrow-taken" : "-arrow")
                .append(")\"/>");
        String label = label(edge);
        if (!label.isEmpty()) {
            text(svg, labelX, labelY, label, "label");
        }
        svg.append("</g>\n");
    }

    /** A cubic Bézier path from (x1, y1) to (x2, y2) with control points (c1x, c1y) and (c2x, c2y). */
    private static void curve(
            StringBuilder svg,
            double x1,
            double y1,
            double c1x,
            double c1y,
            double c2x,
            double c2y,
            double x2,
            double y2) {
        svg.append('M');
        point(svg, x1, y1).append(" C");
        point(svg, c1x, c1y).append(' ');
        point(svg, c2x, c2y).append(' ');
        point(svg, x2, y2);
    }

    private static StringBuilder point(StringBuilder svg, double x, double y) {
        tenths(svg, x).append(',');
        return tenths(svg, y);
    }

    private static String label(StateGraph.Edge edge) {
        return switch (edge.kind()) {
            case CHOICE, DEFAULT -> edge.label();
            case CATCH -> "catch " + shorten(edge.label());
            case RETRY -> "retry " + shorten(edge.label());
            default -> "";
        };
    }

    private static void text(StringBuilder svg, double x, double y, String content, String cssClass) {
        svg.append("<text x=\"");
        tenths(svg, x).append("\" y=\"");
        tenths(svg, y).append('"');
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
        svg.append('>');
        Html.escape(svg, content).append("</text>");
    }

    /** {@code value} with one decimal, rounded half up, as {@code %.1f} writes it. */
    static StringBuilder tenths(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }

    /** {@code value} rounded to a whole number, as {@code %.0f} writes it. */
    static StringBuilder whole(StringBuilder out, double value) {
        return out.append(Math.round(value));
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
