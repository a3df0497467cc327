package dev.lockstep.junit.internal;

import dev.lockstep.engine.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compact, one-line-per-event timeline of a history, for failure messages and reports:
 *
 * <pre>
 *   +0s       ExecutionStarted
 *   +0s       TaskStateEntered        ChargeCard
 *   +0s       TaskFailed              ChargeCard  Lambda.TooManyRequestsException
 *   +1s       TaskScheduled           ChargeCard
 * </pre>
 *
 * Times are offsets from the execution's start, so waits show as the virtual time that passed. Events that are not
 * state events are attributed to the state they happen in, by following previousEventId.
 */
public final class Timeline {

    /** Beyond this many events, the middle of the timeline is left out. */
    static final int MAX_LINES = 60;

    private Timeline() {}

    /** One line per event: offset, type, state, and the error or a short value. */
    public static List<String> lines(List<HistoryEvent> history) {
        List<String> lines = new ArrayList<>();
        if (history.isEmpty()) {
            return lines;
        }
        Instant start = history.get(0).timestamp();
        List<String> states = states(history);
        for (int i = 0; i < history.size(); i++) {
            HistoryEvent event = history.get(i);
            String state = states.get(i);
            String detail = event.error() != null
                    ? event.error() + (event.cause() == null ? "" : ": " + abbreviate(event.cause(), 80))
                    : "";
            lines.add(String.format(
                            Locale.ROOT,
                            "%-9s %-28s %s%s",
                            offset(Duration.between(start, event.timestamp())),
                            event.type().awsName(),
                            state == null ? "" : state,
                            detail.isEmpty() ? "" : "  " + detail)
                    .stripTrailing());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES / 2));
            cut.add("... " + (lines.size() - MAX_LINES) + " events left out ...");
            cut.addAll(lines.subList(lines.size() - MAX_LINES / 2, lines.size()));
            return cut;
        }
        return lines;
    }

    /**
     * The state each event happens in, by position (null for none): its own state, or the state of the event its
     * previousEventId points at; an Exited event passes no state on, as what follows it is the next state's.
     */
    public static List<String> states(List<HistoryEvent> history) {
        List<String> states = new ArrayList<>(history.size());
        Map<Long, String> stateOfEvent = new HashMap<>();
        for (HistoryEvent event : history) {
            String state = event.stateName() != null ? event.stateName() : stateOfEvent.get(event.previousEventId());
            if (state != null && !event.type().name().endsWith("_STATE_EXITED")) {
                stateOfEvent.put(event.id(), state);
            }
            states.add(state);
        }
        return states;
    }

    /** The timeline as text, each line indented by two spaces. */
    public static String text(List<HistoryEvent> history) {
        StringBuilder text = new StringBuilder();
        for (String line : lines(history)) {
            text.append("  ").append(line).append('\n');
        }
        return text.toString();
    }

    /** {@code +0s}, {@code +1.5s}, {@code +2m30s}, {@code +3d4h}. */
    public static String offsetText(Duration duration) {
        return offset(duration);
    }

    static String offset(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return millis % 1000 == 0
                    ? "+" + millis / 1000 + "s"
                    : String.format(Locale.ROOT, "+%.3fs", millis / 1000.0).replaceAll("0+s$", "s");
        }
        long seconds = millis / 1000;
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        if (days > 0) {
            return "+" + days + "d" + (hours > 0 ? hours + "h" : "");
        }
        if (hours > 0) {
            return "+" + hours + "h" + (minutes > 0 ? minutes + "m" : "");
        }
        return "+" + minutes + "m" + (secs > 0 ? secs + "s" : "");
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
