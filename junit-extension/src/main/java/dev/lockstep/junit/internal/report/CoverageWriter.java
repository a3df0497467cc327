package dev.lockstep.junit.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.junit.internal.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes {@code coverage.json} and {@code coverage.html}: per state machine, states and transitions covered. */
final class CoverageWriter {

    private CoverageWriter() {}

    static void write(Path directory, List<MachineCoverage> machines, Double threshold) {
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    directory.resolve("coverage.json"),
                    JsonText.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(machines, threshold)),
                    StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("coverage.html"), html(machines, threshold), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Lockstep could not write its coverage to " + directory + ": " + e, e);
        }
    }

    static ObjectNode json(List<MachineCoverage> machines, Double threshold) {
        ObjectNode root = JsonText.JSON.createObjectNode();
        if (threshold != null) {
            root.put("threshold", threshold);
        }
        ObjectNode totals = root.putObject("totals");
        counts(totals.putObject("states"), Totals.coveredStates(machines), Totals.states(machines));
        counts(totals.putObject("transitions"), Totals.coveredTransitions(machines), Totals.transitions(machines));
        ArrayNode list = root.putArray("stateMachines");
        for (MachineCoverage machine : machines) {
            ObjectNode item = list.addObject();
            item.put("name", machine.name());
            item.put("executions", machine.executions());
            ObjectNode states = item.putObject("states");
            counts(states, machine.coveredStateCount(), machine.stateCount());
            ArrayNode missedStates = states.putArray("missed");
            machine.missedStates().forEach(missedStates::add);
            ObjectNode transitions = item.putObject("transitions");
            counts(transitions, machine.coveredTransitionCount(), machine.transitionCount());
            ArrayNode missed = transitions.putArray("missed");
            for (StateGraph.Edge edge : machine.missedTransitions()) {
                ObjectNode e = missed.addObject();
                e.put("from", edge.from());
                e.put("to", edge.to());
                e.put("kind", edge.kind().name());
                if (!edge.label().isEmpty()) {
                    e.put("label", edge.label());
                }
            }
        }
        return root;
    }

    private static void counts(ObjectNode node, int covered, int total) {
        node.put("covered", covered);
        node.put("total", total);
        node.put("percent", Math.round(MachineCoverage.percent(covered, total) * 10) / 10.0);
    }

    private static String html(List<MachineCoverage> machines, Double threshold) {
        StringBuilder page = new StringBuilder();
        page.append(HtmlReportWriter.head("Lockstep coverage"));
        page.append("<h1>State machine coverage</h1>\n");
        page.append(String.format(
                Locale.ROOT,
                "<p class=\"summary\">States %d/%d (%.1f%%) · transitions %d/%d (%.1f%%)%s</p>\n",
                Totals.coveredStates(machines),
                Totals.states(machines),
                MachineCoverage.percent(Totals.coveredStates(machines), Totals.states(machines)),
                Totals.coveredTransitions(machines),
                Totals.transitions(machines),
                MachineCoverage.percent(Totals.coveredTransitions(machines), Totals.transitions(machines)),
                threshold == null ? "" : String.format(Locale.ROOT, " · threshold %.1f%%", threshold)));
        int index = 0;
        for (MachineCoverage machine : machines) {
            index++;
            page.append("<section class=\"machine\"><h2>")
                    .append(Html.escape(machine.name()))
                    .append("</h2>\n");
            page.append(String.format(
                    Locale.ROOT,
                    "<p>%d execution(s) · states %d/%d (%.1f%%) · transitions %d/%d (%.1f%%)</p>\n",
                    machine.executions(),
                    machine.coveredStateCount(),
                    machine.stateCount(),
                    machine.statePercent(),
                    machine.coveredTransitionCount(),
                    machine.transitionCount(),
                    machine.transitionPercent()));
            page.append("<div class=\"execution\"><div class=\"diagram\">");
            SvgRenderer.render(
                    page,
                    machine.graph(),
                    machine.layout(),
                    machine.coveredStates(),
                    machine.takenEdges(),
                    null,
                    "cov" + index);
            page.append("</div><div class=\"history\">");
            List<StateGraph.Edge> missed = machine.missedTransitions();
            if (machine.missedStates().isEmpty() && missed.isEmpty()) {
                page.append("<p>Every state and transition was covered.</p>");
            } else {
                page.append("<h3>Not covered</h3><ul class=\"missed\">");
                machine.missedStates()
                        .forEach(state -> page.append("<li>state ")
                                .append(Html.escape(state))
                                .append("</li>"));
                page.append(missed.stream()
                        .map(edge -> "<li>" + Html.escape(describe(edge)) + "</li>")
                        .collect(Collectors.joining()));
                page.append("</ul>");
            }
            page.append("</div></div></section>\n");
        }
        page.append("</body></html>\n");
        return page.toString();
    }

    /** How a transition reads: {@code ChargeCard --Catch[States.ALL]--> Refund}. */
    static String describe(StateGraph.Edge edge) {
        String kind = switch (edge.kind()) {
            case NEXT -> "Next";
            case CHOICE -> "Choice " + edge.label();
            case DEFAULT -> "Default";
            case CATCH -> "Catch [" + edge.label() + "]";
            case RETRY -> "Retry [" + edge.label() + "]";
            default -> edge.kind().name();
        };
        return edge.from() + " --" + kind + "--> " + edge.to();
    }

    /** Sums over state machines. */
    static final class Totals {
        private Totals() {}

        static int states(List<MachineCoverage> machines) {
            return machines.stream().mapToInt(MachineCoverage::stateCount).sum();
        }

        static int coveredStates(List<MachineCoverage> machines) {
            return machines.stream()
                    .mapToInt(MachineCoverage::coveredStateCount)
                    .sum();
        }

        static int transitions(List<MachineCoverage> machines) {
            return machines.stream().mapToInt(MachineCoverage::transitionCount).sum();
        }

        static int coveredTransitions(List<MachineCoverage> machines) {
            return machines.stream()
                    .mapToInt(MachineCoverage::coveredTransitionCount)
                    .sum();
        }
    }
}
