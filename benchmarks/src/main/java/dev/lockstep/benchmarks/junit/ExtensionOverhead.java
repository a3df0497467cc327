package dev.lockstep.benchmarks.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What the JUnit extension costs a test suite: runs a class of 200 tests, each running one execution, through the
 * JUnit Platform Launcher, as Maven and IDEs do, and prints what the first test pays (class setup included) and what
 * each later test costs on average, beside the same tests written without the extension. Not a timed test: run it
 * by hand (see benchmarks/README.md).
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

    private ExtensionOverhead() {}

    /** One run of one class: the first test with the class's setup, and the average of the others. */
    public record Figures(int tests, int failures, double firstMillis, double averageMillis) {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold")) {
            Figures figures = run(Class.forName(args[1]));
            System.out.printf(
                    Locale.ROOT, "%.3f %.4f %d%n", figures.firstMillis(), figures.averageMillis(), figures.failures());
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.setProperty("lockstep.reports.enabled", "false");
        System.out.printf(
                Locale.ROOT,
                "Lockstep JUnit extension: %d tests, each one execution of pass-chain-10, through the Launcher%n",
                TESTS);
        List<Figures> extension = new ArrayList<>();
        List<Figures> plain = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Figures with = run(TwoHundredTests.class);
            Figures without = run(PlainTwoHundredTests.class);
            extension.add(with);
            plain.add(without);
            System.out.printf(
                    Locale.ROOT,
                    "round %d%s: with the extension first %.1f ms, then %.3f ms/test; plain JUnit first %.1f ms,"
                            + " then %.3f ms/test; ratio %.2f%n",
                    round,
                    round == 1 ? " (cold JVM)" : "",
                    with.firstMillis(),
                    with.averageMillis(),
                    without.firstMillis(),
                    without.averageMillis(),
                    with.averageMillis() / without.averageMillis());
            if (with.failures() > 0 || without.failures() > 0) {
                System.out.println("FAILED tests: the figures do not count");
            }
        }
        double[] coldWith = coldFirstTests(TwoHundredTests.class, 3);
        double[] coldWithout = coldFirstTests(PlainTwoHundredTests.class, 3);
        System.out.printf(
                Locale.ROOT,
                "first test in a fresh JVM (median of 3 JVMs each): with the extension %.1f ms, plain JUnit %.1f ms;"
                        + " the extension's setup costs %.1f ms (target < %.0f ms: %s)%n",
                coldWith[1],
                coldWithout[1],
                coldWith[1] - coldWithout[1],
                FIRST_TARGET_MS,
                coldWith[1] - coldWithout[1] < FIRST_TARGET_MS ? "met" : "MISSED");
        Figures cold = extension.get(0);
        double warmAverage = medianAverage(extension);
        double plainWarm = medianAverage(plain);
        System.out.printf(
                Locale.ROOT,
                "first test, cold JVM, class setup included: %.1f ms (target < %.0f ms: %s)%n",
                cold.firstMillis(),
                FIRST_TARGET_MS,
                cold.firstMillis() < FIRST_TARGET_MS ? "met" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "each later test, warm (median over rounds 2 and on of each round's average): %.3f ms (target < %.0f"
                        + " ms: %s); plain JUnit %.3f ms; the extension adds %.3f ms per test (%.2fx)%n",
                warmAverage,
                AVERAGE_TARGET_MS,
                warmAverage < AVERAGE_TARGET_MS ? "met" : "MISSED",
                plainWarm,
                warmAverage - plainWarm,
                warmAverage / plainWarm);
        System.out.printf(Locale.ROOT, "each later test, cold JVM round: %.3f ms on average%n", cold.averageMillis());
    }

    /** The median, over the warm rounds (all but the first, when there are several), of the average per test. */
    static double medianAverage(List<Figures> rounds) {
        double[] averages = rounds.stream()
                .skip(rounds.size() > 1 ? 1 : 0)
                .mapToDouble(Figures::averageMillis)
                .sorted()
                .toArray();
        return averages[averages.length / 2];
    }

    /**
     * The first test's time of {@code testClass} in {@code jvms} fresh JVMs, sorted: what a suite pays once, JVM
     * warm-up included, so the two classes are compared each in a JVM of its own.
     */
    static double[] coldFirstTests(Class<?> testClass, int jvms) throws Exception {
        double[] firsts = new double[jvms];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < jvms; i++) {
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            ExtensionOverhead.class.getName(),
                            "--cold",
                            testClass.getName())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The cold run of " + testClass.getSimpleName() + " failed: " + output);
            }
            String[] lines = output.split("\\R");
            firsts[i] = Double.parseDouble(lines[lines.length - 1].split(" ")[0]);
        }
        Arrays.sort(firsts);
        return firsts;
    }

    /** Runs one test class through the Launcher and times its tests. */
    public static Figures run(Class<?> testClass) {
        Timer timer = new Timer();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .configurationParameter("lockstep.reports.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, timer);
        return timer.figures();
    }

    /** Times each test and the class container, as the Launcher reports them. */
    private static final class Timer implements TestExecutionListener {
        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final List<Long> durations = new ArrayList<>();
        private long classStarted;
        private int failures;

        @Override
        public void executionStarted(TestIdentifier identifier) {
            long now = System.nanoTime();
            if (identifier.isTest()) {
                started.put(identifier.getUniqueId(), now);
            } else if (identifier
                    .getSource()
                    .map(s -> s instanceof org.junit.platform.engine.support.descriptor.ClassSource)
                    .orElse(false)) {
                classStarted = now;
            }
        }

        @Override
        public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (!identifier.isTest()) {
                return;
            }
            long now = System.nanoTime();
            long from = durations.isEmpty() ? classStarted : started.get(identifier.getUniqueId());
            durations.add(now - from);
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failures++;
            }
        }

        synchronized Figures figures() {
            if (durations.isEmpty()) {
                return new Figures(0, failures, Double.NaN, Double.NaN);
            }
            double first = durations.get(0) / 1e6;
            double rest = durations.stream()
                            .skip(1)
                            .mapToLong(Long::longValue)
                            .average()
                            .orElse(0)
                    / 1e6;
            return new Figures(durations.size(), failures, first, rest);
        }
    }
}
