package dev.lockstep.junit.internal;

import dev.lockstep.junit.EngineScope;
import dev.lockstep.junit.LockstepExtension;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.internal.definition.DefinitionLoader;
import dev.lockstep.junit.internal.report.ClassReport;
import dev.lockstep.junit.internal.report.SuiteCoverage;
import dev.lockstep.junit.internal.report.TracedExecution;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where the extension keeps everything: one {@link ExtensionContext.Namespace}, with the class's options, engine and
 * report in the class's store, each test's session in the test's store, and the definition cache, the suite's
 * coverage and the resource providers' shared values in the root store. JUnit closes each value when its context
 * ends.
 */
public final class ExtensionState {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LockstepExtension.class);
    private static final String OPTIONS = "options";
    private static final String CLASS_ENGINE = "classEngine";
    private static final String CLASS_SESSION = "classSession";
    private static final String REPORT = "report";
    private static final String SESSION = "session";
    private static final String LOADER = "loader";
    private static final String COVERAGE = "coverage";

    /** Configuration parameter (or system property): the folder reports go to. */
    public static final String REPORTS_DIR = "lockstep.reports.dir";
    /** Configuration parameter (or system property): false turns every report off. */
    public static final String REPORTS_ENABLED = "lockstep.reports.enabled";
    /** Configuration parameter (or system property): the minimum coverage, in percent, below which the run fails. */
    public static final String COVERAGE_THRESHOLD = "lockstep.coverage.threshold";

    private static final ClassValue<Boolean> PROGRAMMATIC = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> current : ConfigurationReader.outermostFirst(type)) {
                if (!AnnotationSupport.findAnnotatedFields(
                                current,
                                RegisterExtension.class,
                                field -> LockstepExtension.class.isAssignableFrom(field.getType()))
                        .isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    };

    private ExtensionState() {}

    /**
     * A key for a value of one test class. Stores look values up in their parents too, so a {@code @Nested} class
     * would otherwise see its enclosing class's options and engine as its own.
     */
    private record ClassKey(String name, Class<?> testClass) {}

    private static ClassKey key(String name, ExtensionContext classContext) {
        return new ClassKey(name, classContext.getRequiredTestClass());
    }

    public static boolean hasProgrammaticExtension(ExtensionContext context) {
        return context.getTestClass().map(PROGRAMMATIC::get).orElse(false);
    }

    /** Reads the class's options, loads its definitions (failing fast), and starts a per-class engine if asked. */
    public static void prepareClass(ExtensionContext context, LockstepOptions base) {
        LockstepOptions options = classOptions(context, base);
        DefinitionLoader loader = loader(context);
        loader.load(options);
        if (options.engineScope() == EngineScope.PER_CLASS) {
            classEngine(context, options);
        }
    }

    private static LockstepOptions classOptions(ExtensionContext context, LockstepOptions base) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        key(OPTIONS, classContext),
                        key -> ConfigurationReader.forClass(
                                base != null ? base : ConfigurationReader.fromLockstepTest(testClass), testClass),
                        LockstepOptions.class);
    }

    private static EngineSession classEngine(ExtensionContext context, LockstepOptions options) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        key(CLASS_ENGINE, classContext),
                        key -> EngineSession.open(options, loader(context), runStore(context)),
                        EngineSession.class);
    }

    /** The session of the running test, made on first use. */
    public static TestSession testSession(ExtensionContext context, LockstepOptions base) {
        Method method = context.getRequiredTestMethod();
        TestSession session = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(SESSION, key -> newSession(context, base, method), TestSession.class);
        AwaitDefault.set(session.options().awaitTimeout());
        return session;
    }

    private static TestSession newSession(ExtensionContext context, LockstepOptions base, Method method) {
        LockstepOptions classOptions = classOptions(context, base);
        LockstepOptions options = ConfigurationReader.forMethod(classOptions, method);
        String name = testName(context);
        if (options.engineScope() == EngineScope.PER_TEST) {
            return new TestSession(
                    EngineSession.open(options, loader(context), runStore(context)), true, options, name);
        }
        refuseEngineSettings(classOptions, options, method);
        EngineSession shared = classEngine(context, classOptions);
        shared.deploy(loader(context).load(options));
        return new TestSession(shared, false, options, name);
    }

    /**
     * A shared engine was built, and its state machines and GraphQL API loaded, with the class's values: a test
     * method's own values for them would be silently ignored, so they are refused. (Its own state machines are fine:
     * they are deployed beside the class's.)
     */
    private static void refuseEngineSettings(LockstepOptions classOptions, LockstepOptions options, Method method) {
        List<String> annotations = new ArrayList<>();
        if (!Objects.equals(options.initialTime(), classOptions.initialTime())) {
            annotations.add("@InitialTime");
        }
        if (!Objects.equals(options.mockConfig(), classOptions.mockConfig())) {
            annotations.add("@MockConfig");
        }
        if (!options.substitutions().equals(classOptions.substitutions())) {
            annotations.add("@Substitution");
        }
        if (!Objects.equals(options.graphql(), classOptions.graphql())) {
            annotations.add("@GraphQl");
        }
        if (annotations.isEmpty()) {
            return;
        }
        boolean one = annotations.size() == 1;
        throw new ExtensionConfigurationException(String.join(" and ", annotations) + " on the test method "
                + method.getName() + (one ? " needs" : " need") + " an engine of its own, but the class shares one"
                + " (engineScope = PER_CLASS), set up with the class's values; put " + (one ? "it" : "them")
                + " on the class, or use @LockstepTest(engineScope = EngineScope.PER_TEST)");
    }

    /**
     * The session for a parameter: the test's, or outside a test (a {@code @BeforeAll} method, a constructor of a
     * per-class test instance) one over the class's engine when the class shares one.
     */
    public static TestSession sessionFor(ExtensionContext context, LockstepOptions base) {
        if (context.getTestMethod().isPresent()) {
            return testSession(context, base);
        }
        LockstepOptions options = classOptions(context, base);
        if (options.engineScope() != EngineScope.PER_CLASS) {
            throw new IllegalStateException("Lockstep gives each test its own engine, so there is none yet in "
                    + context.getTestClass().map(Class::getSimpleName).orElse(context.getDisplayName())
                    + " outside a test: ask for it in a test or @BeforeEach method, or"
                    + " share one engine across the class with @LockstepTest(engineScope = EngineScope.PER_CLASS)");
        }
        EngineSession shared = classEngine(context, options);
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        key(CLASS_SESSION, classContext),
                        key -> new TestSession(shared, false, options, context.getDisplayName()),
                        TestSession.class);
    }

    /** Records what the test's executions did, for the class report and the suite's coverage. */
    public static void finishTest(ExtensionContext context) {
        AwaitDefault.clear();
        TestSession session = context.getStore(NAMESPACE).get(SESSION, TestSession.class);
        if (session == null || !reportsEnabled(context, session.options())) {
            return;
        }
        List<TracedExecution> executions = coverage(context).add(session.record());
        report(context).add(session.testName(), context.getExecutionException().orElse(null), executions);
    }

    /** Adds how to replay the run, and the test's notes, to a failure. */
    public static void addFailureNotes(ExtensionContext context, Throwable failure) {
        TestSession session = context.getStore(NAMESPACE).get(SESSION, TestSession.class);
        if (session == null) {
            return;
        }
        List<String> lines = session.failureNotes();
        failure.addSuppressed(new FailureNotes(lines));
        lines.forEach(line -> context.publishReportEntry("lockstep", line));
    }

    private static boolean reportsEnabled(ExtensionContext context, LockstepOptions options) {
        return options.reports()
                && context.getConfigurationParameter(REPORTS_ENABLED)
                        .map(Boolean::parseBoolean)
                        .orElse(true);
    }

    private static ClassReport report(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        key(REPORT, classContext),
                        key -> new ClassReport(
                                classContext.getRequiredTestClass(),
                                classContext.getDisplayName(),
                                reportsDir(context)),
                        ClassReport.class);
    }

    private static SuiteCoverage coverage(ExtensionContext context) {
        return runStore(context)
                .getOrComputeIfAbsent(
                        COVERAGE,
                        key -> new SuiteCoverage(
                                reportsDir(context),
                                context.getConfigurationParameter(COVERAGE_THRESHOLD)
                                        .map(ExtensionState::threshold)
                                        .orElse(null)),
                        SuiteCoverage.class);
    }

    private static Double threshold(String text) {
        try {
            double value = Double.parseDouble(text.trim().replace("%", ""));
            if (value < 0 || value > 100) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException(
                    COVERAGE_THRESHOLD + " must be a percentage from 0 to 100, e.g. 80; got '" + text + "'");
        }
    }

    private static Path reportsDir(ExtensionContext context) {
        return Path.of(context.getConfigurationParameter(REPORTS_DIR).orElse("target/lockstep-reports"));
    }

    private static DefinitionLoader loader(ExtensionContext context) {
        return runStore(context).getOrComputeIfAbsent(LOADER, key -> new DefinitionLoader(), DefinitionLoader.class);
    }

    /** The root context's store: what lives as long as the run. */
    private static ExtensionContext.Store runStore(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static String testName(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        return display.startsWith(method) ? display : method + " " + display;
    }
}
