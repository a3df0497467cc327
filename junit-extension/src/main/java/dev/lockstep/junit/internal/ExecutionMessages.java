package dev.lockstep.junit.internal;

import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import java.time.Duration;
import java.util.List;

/**
 * The failure messages of execution assertions, each built the same way: what was expected, what was found, then
 * the execution's path and a compact timeline of its history, so the reader sees what happened without a debugger.
 */
public final class ExecutionMessages {

    private ExecutionMessages() {}

    /** {@code Execution 'run-1' of Orders}. */
    public static String subject(Execution execution) {
        return "execution '" + execution.name() + "' of "
                + execution.stateMachine().name();
    }

    /** The path and the timeline: what every message ends with. */
    public static String context(Execution execution) {
        StringBuilder text = new StringBuilder();
        text.append("\nStatus: ").append(execution.status());
        if (execution.error() != null) {
            text.append(" (").append(execution.error());
            if (execution.cause() != null) {
                text.append(": ").append(execution.cause());
            }
            text.append(")");
        }
        if (execution.status() == ExecutionStatus.RUNNING) {
            text.append("; waiting for ").append(execution.waitingFor());
        }
        text.append("\nPath: ").append(path(execution.path()));
        text.append("\nTimeline:\n").append(Timeline.text(execution.history()));
        return text.toString();
    }

    public static String path(List<String> path) {
        return path.isEmpty() ? "(no state entered)" : String.join(" → ", path);
    }

    public static String expectedStatus(Execution execution, ExecutionStatus expected) {
        return "Expecting " + subject(execution) + " to be " + expected + " but it was " + execution.status() + "."
                + context(execution);
    }

    public static String stillRunning(Execution execution, ExecutionStatus expected, Duration waited) {
        return "Expecting " + subject(execution) + " to be " + expected + " but it was still RUNNING after waiting "
                + waited.toMillis() + " ms of real time." + context(execution);
    }

    public static String expectedError(Execution execution, String expected) {
        return "Expecting " + subject(execution) + " to have failed with the error " + quote(expected)
                + " but the error was " + quote(execution.error()) + "." + context(execution);
    }

    public static String expectedCause(Execution execution, String expected, boolean containing) {
        return "Expecting " + subject(execution) + " to have failed with a cause "
                + (containing ? "containing " : "") + quote(expected) + " but the cause was "
                + quote(execution.cause()) + "." + context(execution);
    }

    public static String expectedPath(Execution execution, String how, List<String> expected) {
        return "Expecting the path of " + subject(execution) + " " + how + ":\n  " + path(expected)
                + "\nbut it was:\n  " + path(execution.path()) + context(execution);
    }

    public static String entered(Execution execution, String state, boolean expected) {
        return "Expecting " + subject(execution) + (expected ? " to have entered " : " never to have entered ")
                + "the state '" + state + "'" + (expected ? " but it did not." : " but it did.") + context(execution);
    }

    public static String retried(Execution execution, String state, int expected, Integer actual) {
        return "Expecting " + subject(execution) + " to have retried the state '" + state + "' " + expected
                + " time(s) but it " + (actual == null ? "never entered it" : "retried it " + actual + " time(s)")
                + "." + context(execution);
    }

    public static String caught(Execution execution, String state, String error, List<String> caught) {
        return "Expecting " + subject(execution) + " to have caught " + (error == null ? "an error" : quote(error))
                + " at the state '" + state + "' but "
                + (caught.isEmpty() ? "no state caught an error" : "errors were caught at: " + caught) + "."
                + context(execution);
    }

    public static String noVisit(Execution execution, String state, int visit) {
        return "Expecting " + subject(execution) + " to have entered the state '" + state + "'"
                + (visit > 1 ? " " + visit + " times" : "") + " but it did not." + context(execution);
    }

    public static String notExited(Execution execution, String state) {
        return "Expecting the state '" + state + "' of " + subject(execution)
                + " to have an output, but it never exited (it failed, or is still running)." + context(execution);
    }

    public static String noEvent(Execution execution, String expected) {
        return "Expecting the history of " + subject(execution) + " to contain " + expected + " but it did not."
                + context(execution);
    }

    public static String notWaiting(Execution execution, String state, String what, List<String> waiting) {
        return "Expecting " + subject(execution) + " to wait for " + what + " at the state '" + state + "' but "
                + (waiting.isEmpty() ? "no task waits for a token" : "tasks wait at " + waiting) + "."
                + context(execution);
    }

    private static String quote(String text) {
        return text == null ? "none" : "'" + text + "'";
    }
}
