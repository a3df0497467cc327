package dev.lockstep.benchmarks.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What the JUnit extension costs a test suite: runs a class of 200 tests, each running one execution, through the
 * JUnit Platform Launcher, as Maven and IDEs do, and prints what the first test pays (class setup included), what
 * each later test costs on average, and what the whole class and the whole run take (the class report is written
 * when the class ends, the coverage when the run ends) - with reports on (the default), with them off, and beside the
 * same tests written without the extension. Not a timed test: run it by hand (see benchmarks/README.md).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.lockstep.benchmarks.junit.ExtensionOverhead [rounds]
 * }</pre>
 */
public final class ExtensionOverhead {

    /** Tests per class. */
    public static final int TESTS = 200;

    /** The targets of issue 7: under 300 ms for the first test with its setup, under 1 ms per later test. */
    static final double FIRST_TARGET_MS = 300;

    static final double AVERAGE_TARGET_MS = 1;

    private static final String REPORTS_ENABLED = "lockstep.reports.enabled";
    private static final String REPORTS_DIR = "lockstep.reports.dir";

    private ExtensionOverhead() {}

    /** What is measured: the extension with reports (its default), without, and plain JUnit. */
    public enum Variant {
        REPORTS_ON(TwoHundredTests.class, true),
        REPORTS_OFF(TwoHundredTests.class, false),
        PLAIN(PlainTwoHundredTests.class, false);

        final Class<?> testClass;
        final boolean reports;

        Variant(Class<?> testClass, boolean reports) {
            this.testClass = testClass;
            this.reports = reports;
        }
    }

    /**
     * One run of one class.
     *
     * @param firstMillis the first test, from the class's start: the class's setup included
     * @param averageMillis the average of the other tests
     * @param classMillis the class from start to end: its report written
     * @param runMillis the whole Launcher run: the suite's coverage written
     */
    public record Figures(
            int tests, int failures, double firstMillis, double averageMillis, double classMillis, double runMillis) {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--cold")) {
            Figures figures = run(Variant.valueOf(args[1]), Path.of(args[2]));
            System.out.printf(
                    Locale.ROOT, "%.3f %.4f %d%n", figures.firstMillis(), figures.averageMillis(), figures.failures());
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path reports = Files.createTempDirectory("lockstep-overhead-reports");
        System.out.printf(
                Locale.ROOT,
                "Lockstep JUnit extension: %d tests, each one execution of pass-chain-10, through the Launcher;"
                        + " reports in %s%n",
                TESTS,
                reports);
        Map<Variant, List<Figures>> all = new EnumMap<>(Variant.class);
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + (round == 1 ? " (cold JVM)" : "") + ":");
            for (Variant variant : Variant.values()) {
                Figures figures = run(variant, reports);
                all.computeIfAbsent(variant, v -> new ArrayList<>()).add(figures);
                line.append(String.format(
                        Locale.ROOT,
                        " %s first %.1f ms, then %.3f ms/test, class %.0f ms, run %.0f ms%s;",
                        name(variant),
                        figures.firstMillis(),
                        figures.averageMillis(),
                        figures.classMillis(),
                        figures.runMillis(),
                        figures.failures() > 0 ? " (FAILED tests: the figures do not count)" : ""));
            }
            System.out.println(line);
        }
        System.out.printf(
                Locale.ROOT,
                "class report %s: %,d bytes; coverage: %,d bytes%n",
                TwoHundredTests.class.getName() + ".html",
                size(reports.resolve(TwoHundredTests.class.getName() + ".html")),
                size(reports.resolve("coverage.html")) + size(reports.resolve("coverage.json")));

        double plainAverage = median(all.get(Variant.PLAIN), Figures::averageMillis);
        double plainClass = median(all.get(Variant.PLAIN), Figures::classMillis);
        double plainRun = median(all.get(Variant.PLAIN), Figures::runMillis);
        for (Variant variant : List.of(Variant.REPORTS_ON, Variant.REPORTS_OFF)) {
            double average = median(all.get(variant), Figures::averageMillis);
            double whole = median(all.get(variant), Figures::runMillis);
            System.out.printf(
                    Locale.ROOT,
                    "%s, warm (median over rounds 2 and on): each later test %.3f ms (target < %.0f ms: %s),"
                            + " %.2fx plain JUnit's %.3f ms; the class %.0f ms and the whole run %.0f ms, %.2fx and"
                            + " %.2fx plain JUnit's %.0f and %.0f ms%n",
                    name(variant),
                    average,
                    AVERAGE_TARGET_MS,
                    average < AVERAGE_TARGET_MS ? "met" : "MISSED",
                    average / plainAverage,
                    plainAverage,
                    median(all.get(variant), Figures::classMillis),
                    whole,
                    median(all.get(variant), Figures::classMillis) / plainClass,
                    whole / plainRun,
                    plainClass,
                    plainRun);
        }
        System.out.printf(
                Locale.ROOT,
                "writing the report and the coverage (reports on minus off, whole run, warm median): %.0f ms%n",
                median(all.get(Variant.REPORTS_ON), Figures::runMillis)
                        - median(all.get(Variant.REPORTS_OFF), Figures::runMillis));
        double[] coldPlain = coldFirstTests(Variant.PLAIN, 3, reports);
        for (Variant variant : List.of(Variant.REPORTS_ON, Variant.REPORTS_OFF)) {
            double[] cold = coldFirstTests(variant, 3, reports);
            System.out.printf(
                    Locale.ROOT,
                    "first test in a fresh JVM (median of 3 JVMs each), %s: %.1f ms, plain JUnit %.1f ms (%.2fx);"
                            + " the extension's setup costs %.1f ms (target < %.0f ms: %s)%n",
                    name(variant),
                    cold[1],
                    coldPlain[1],
                    cold[1] / coldPlain[1],
                    cold[1] - coldPlain[1],
                    FIRST_TARGET_MS,
                    cold[1] - coldPlain[1] < FIRST_TARGET_MS ? "met" : "MISSED");
        }
        Figures cold = all.get(Variant.REPORTS_ON).get(0);
        System.out.printf(
                Locale.ROOT,
                "reports on, first round (cold JVM): first test, class setup included, %.1f ms (target < %.0f ms:"
                        + " %s); each later test %.3f ms on average%n",
                cold.firstMillis(),
                FIRST_TARGET_MS,
                cold.firstMillis() < FIRST_TARGET_MS ? "met" : "MISSED",
                cold.averageMillis());
    }

    private static String name(Variant variant) {
        return switch (variant) {
            case REPORTS_ON -> "reports on";
            case REPORTS_OFF -> "reports off";
            case PLAIN -> "plain JUnit";
        };
    }

    /** The median, over the warm rounds (all but the first, when there are several), of one figure. */
    static double median(List<Figures> rounds, ToDoubleFunction<Figures> figure) {
        double[] values = rounds.stream()
                .skip(rounds.size() > 1 ? 1 : 0)
                .mapToDouble(figure)
                .sorted()
                .toArray();
        return values[values.length / 2];
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first test's time of {@code variant} in {@code jvms} fresh JVMs, sorted: what a suite pays once, JVM warm-up
     * included, so the classes are compared each in a JVM of its own.
     */
    static double[] coldFirstTests(Variant variant, int jvms, Path reports) throws Exception {
        double[] firsts = new double[jvms];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < jvms; i++) {
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ExtensionOverhead.class.getName(),
                            "--cold",
                            variant.name(),
                            reports.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The cold run of " + variant + " failed: " + output);
            }
            String[] lines = output.split("\\R");
            firsts[i] = Double.parseDouble(lines[lines.length - 1].split(" ")[0]);
        }
        Arrays.sort(firsts);
        return firsts;
    }

    /** Runs one class through the Launcher and times its tests; reports, when on, go to {@code reports}. */
    public static Figures run(Variant variant, Path reports) {
        Timer timer = new Timer();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(variant.testClass))
                .configurationParameter(REPORTS_ENABLED, String.valueOf(variant.reports))
                .configurationParameter(REPORTS_DIR, reports.toString())
                .build();
        Launcher launcher = LauncherFactory.create();
        long started = System.nanoTime();
        launcher.execute(request, timer);
        return timer.figures((System.nanoTime() - started) / 1e6);
    }

    /** Times each test and the class container, as the Launcher reports them. */
    private static final class Timer implements TestExecutionListener {
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<Long> durations = new ArrayList<>();
        private long classStarted;
        private long classFinished;
        private int failures;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            long now = System.nanoTime();
            if (identifier.isTest()) {
                started.put(identifier.getUniqueId(), now);
            } else if (isClass(identifier)) {
                classStarted = now;
            }
        }

        @Override
        public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            long now = System.nanoTime();
            if (isClass(identifier)) {
                classFinished = now;
            }
            if (!identifier.isTest()) {
                return;
            }
            long from = durations.isEmpty() ? classStarted : started.get(identifier.getUniqueId());
            durations.add(now - from);
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failures++;
            }
        }

        private static boolean isClass(TestIdentifier identifier) {
            return identifier.getSource().map(ClassSource.class::isInstance).orElse(false);
        }

        synchronized Figures figures(double runMillis) {
            if (durations.isEmpty()) {
                return new Figures(0, failures, Double.NaN, Double.NaN, Double.NaN, runMillis);
            }
            double first = durations.get(0) / 1e6;
            double rest = durations.stream()
                            .skip(1)
                            .mapToLong(Long::longValue)
                            .average()
                            .orElse(0)
                    / 1e6;
            return new Figures(
                    durations.size(), failures, first, rest, (classFinished - classStarted) / 1e6, runMillis);
        }
    }
}
