package dev.lockstep.junit.internal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The executions of one test class, written as an HTML page when the class ends. */
public final class ClassReport implements AutoCloseable {

    /** One test's part of the report. */
    public record TestEntry(String test, Throwable failure, List<TracedExecution> executions) {}

    private final Class<?> testClass;
    private final String displayName;
    private final Path directory;
    private final List<TestEntry> entries = new ArrayList<>();

    public ClassReport(Class<?> testClass, String displayName, Path directory) {
        this.testClass = testClass;
        this.displayName = displayName;
        this.directory = directory;
    }

    public synchronized void add(String test, Throwable failure, List<TracedExecution> executions) {
        entries.add(new TestEntry(test, failure, executions));
    }

    @Override
    public synchronized void close() {
        if (entries.isEmpty()) {
            return;
        }
        HtmlReportWriter.writeClassReport(directory, testClass, displayName, List.copyOf(entries));
    }
}
