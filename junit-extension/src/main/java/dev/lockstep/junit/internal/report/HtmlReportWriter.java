package dev.lockstep.junit.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.junit.internal.JsonText;
import dev.lockstep.junit.internal.RecordedExecution;
import dev.lockstep.junit.internal.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a test class's report: for each test, each execution drawn as its state machine with the path highlighted,
 * beside its history.
 */
final class HtmlReportWriter {

    private static final String PAGE_STYLE = String.join(
            "\n",
            "body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; margin: 24px; color: #1f2328; }",
            "h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; } h3 { font-size: 14px; }",
            ".test.failed > h2 { color: #cf222e; }",
            ".execution { display: flex; gap: 24px; align-items: flex-start; border-top: 1px solid #d0d7de;"
                    + " padding: 12px 0; }",
            ".diagram { flex: 0 0 auto; overflow: auto; max-width: 55%; }",
            ".history { flex: 1 1 auto; overflow: auto; }",
            "table { border-collapse: collapse; font-size: 12px; }",
            "td, th { padding: 2px 8px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }",
            "td.value { font-family: ui-monospace, Menlo, monospace; font-size: 11px; max-width: 420px;"
                    + " word-break: break-all; }",
            ".status { font-weight: 600; } .status.SUCCEEDED { color: #1a7f37; } .status.FAILED,"
                    + " .status.TIMED_OUT, .status.ABORTED { color: #cf222e; } .status.RUNNING { color: #9a6700; }",
            ".path { font-family: ui-monospace, Menlo, monospace; font-size: 12px; }",
            "pre.failure { background: #ffebe9; padding: 8px; white-space: pre-wrap; font-size: 12px; }");

    private HtmlReportWriter() {}

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title>\n<style>\n" + PAGE_STYLE + "\n" + SvgRenderer.STYLE + "\n</style></head><body>\n";
    }

    static void writeClassReport(
            Path directory, Class<?> testClass, String displayName, List<ClassReport.TestEntry> entries) {
        StringBuilder page = new StringBuilder(head(displayName + " — Lockstep"));
        page.append("<h1>").append(Html.escape(displayName)).append("</h1>\n");
        page.append("<p>").append(Html.escape(testClass.getName())).append("</p>\n");
        int index = 0;
        for (ClassReport.TestEntry entry : entries) {
            page.append("<section class=\"test")
                    .append(entry.failure() == null ? "" : " failed")
                    .append("\"><h2>")
                    .append(Html.escape(entry.test()))
                    .append("</h2>\n");
            if (entry.failure() != null) {
                page.append("<pre class=\"failure\">")
                        .append(Html.escape(String.valueOf(entry.failure().getMessage())))
                        .append("</pre>\n");
            }
            if (entry.executions().isEmpty()) {
                page.append("<p>No execution.</p>\n");
            }
            for (TracedExecution execution : entry.executions()) {
                index++;
                execution(page, execution, "x" + index);
            }
            page.append("</section>\n");
        }
        page.append("</body></html>\n");
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    directory.resolve(testClass.getName() + ".html"), page.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Lockstep could not write its report to " + directory + ": " + e, e);
        }
    }

    private static void execution(StringBuilder page, TracedExecution traced, String id) {
        RecordedExecution execution = traced.execution();
        String failedState = execution.status() == ExecutionStatus.FAILED
                        || execution.status() == ExecutionStatus.TIMED_OUT
                        || execution.status() == ExecutionStatus.ABORTED
                ? (execution.path().isEmpty()
                        ? null
                        : execution.path().get(execution.path().size() - 1))
                : null;
        page.append("<div class=\"execution\" data-execution=\"");
        Html.escape(page, execution.name()).append("\"><div class=\"diagram\"><h3>");
        Html.escape(page, execution.stateMachine()).append(" · ");
        Html.escape(page, execution.name())
                .append(" · <span class=\"status ")
                .append(execution.status().name())
                .append("\">")
                .append(execution.status().name())
                .append("</span></h3>\n");
        if (execution.error() != null) {
            Html.escape(page.append("<p>"), execution.error());
            if (execution.cause() != null) {
                Html.escape(page.append(": "), execution.cause());
            }
            page.append("</p>");
        }
        Html.escape(page.append("<p class=\"path\">"), String.join(" → ", execution.path()))
                .append("</p>");
        SvgRenderer.render(
                page,
                traced.machine().graph(),
                traced.machine().layout(),
                traced.traversal().states(),
                traced.traversal().edges(),
                failedState,
                id);
        page.append("</div><div class=\"history\"><table><thead><tr><th>#</th><th>time</th><th>event</th>"
                + "<th>state</th><th>details</th></tr></thead><tbody>\n");
        history(page, execution.history());
        page.append("</tbody></table></div></div>\n");
    }

    private static void history(StringBuilder page, List<HistoryEvent> history) {
        if (history.isEmpty()) {
            return;
        }
        List<String> states = Timeline.states(history);
        Instant start = history.get(0).timestamp();
        // A state's output is the next state's input: the same value, written once.
        Map<JsonNode, String> values = new IdentityHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryEvent event = history.get(i);
            String state = states.get(i);
            String details = event.error() != null
                    ? event.error() + (event.cause() == null ? "" : ": " + event.cause())
                    : event.output() != null
                            ? "output " + values.computeIfAbsent(event.output(), HtmlReportWriter::abbreviated)
                            : event.input() != null
                                    ? "input " + values.computeIfAbsent(event.input(), HtmlReportWriter::abbreviated)
                                    : "";
            page.append("<tr><td>").append(event.id()).append("</td><td>");
            Html.escape(page, Timeline.offsetText(Duration.between(start, event.timestamp())))
                    .append("</td><td>");
            Html.escape(page, event.type().awsName()).append("</td><td>");
            Html.escape(page, state).append("</td><td class=\"value\">");
            Html.text(page, details).append("</td></tr>\n");
        }
    }

    private static String abbreviated(JsonNode value) {
        return JsonText.abbreviated(value, 300);
    }
}
