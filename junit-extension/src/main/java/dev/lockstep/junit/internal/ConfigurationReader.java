package dev.lockstep.junit.internal;

import dev.lockstep.junit.DefinitionSource;
import dev.lockstep.junit.GraphQl;
import dev.lockstep.junit.InitialTime;
import dev.lockstep.junit.LockstepOptions;
import dev.lockstep.junit.LockstepTest;
import dev.lockstep.junit.MockConfig;
import dev.lockstep.junit.StateMachine;
import dev.lockstep.junit.Substitution;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads the options of a test class and of a test method from annotations, on top of a base. */
public final class ConfigurationReader {

    private ConfigurationReader() {}

    /** The options {@code @LockstepTest}'s attributes give, found on the class or its enclosing classes. */
    public static LockstepOptions fromLockstepTest(Class<?> testClass) {
        LockstepTest found = null; // the innermost wins
        for (Class<?> type : outermostFirst(testClass)) {
            Optional<LockstepTest> annotation = AnnotationSupport.findAnnotation(type, LockstepTest.class);
            if (annotation.isPresent()) {
                found = annotation.get();
            }
        }
        if (found == null) {
            return LockstepOptions.defaults();
        }
        LockstepTest test = found;
        return LockstepOptions.builder()
                .timeMode(test.timeMode())
                .seed(test.seed())
                .region(test.region())
                .accountId(test.accountId())
                .strictTasks(test.strictTasks())
                .engineScope(test.engineScope())
                .reports(test.reports())
                .awaitTimeout(Duration.ofSeconds(test.awaitSeconds()))
                .build();
    }

    /** {@code base} with the annotations of the class and its enclosing classes (outermost first) added. */
    public static LockstepOptions forClass(LockstepOptions base, Class<?> testClass) {
        LockstepOptions options = base;
        for (Class<?> type : outermostFirst(testClass)) {
            options = withAnnotations(options, type, "class " + type.getName());
        }
        return options;
    }

    /** {@code classOptions} with the test method's annotations added. */
    public static LockstepOptions forMethod(LockstepOptions classOptions, Method method) {
        return withAnnotations(classOptions, method, "method " + method.getName());
    }

    private static LockstepOptions withAnnotations(LockstepOptions base, AnnotatedElement element, String where) {
        List<StateMachine> machines = AnnotationSupport.findRepeatableAnnotations(element, StateMachine.class);
        List<Substitution> substitutions = AnnotationSupport.findRepeatableAnnotations(element, Substitution.class);
        Optional<InitialTime> initialTime = AnnotationSupport.findAnnotation(element, InitialTime.class);
        Optional<MockConfig> mockConfig = AnnotationSupport.findAnnotation(element, MockConfig.class);
        Optional<GraphQl> graphql = AnnotationSupport.findAnnotation(element, GraphQl.class);
        if (machines.isEmpty()
                && substitutions.isEmpty()
                && initialTime.isEmpty()
                && mockConfig.isEmpty()
                && graphql.isEmpty()) {
            return base;
        }
        return base.transform(builder -> {
            List<DefinitionSource> sources = new ArrayList<>(base.definitions());
            for (StateMachine machine : machines) {
                DefinitionSource source = source(machine, where);
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
            builder.definitions(sources);
            substitutions.forEach(s -> builder.substitution(s.name(), s.value()));
            initialTime.ifPresent(time -> builder.initialTime(instant(time.value(), where)));
            mockConfig.ifPresent(config -> builder.mockConfig(mockConfig(config, where)));
            graphql.ifPresent(api -> builder.graphql(api(api, where)));
        });
    }

    private static DefinitionSource source(StateMachine machine, String where) {
        FileOption file = file("@StateMachine", machine.value(), machine.file(), where, "workflows/orders.asl.json");
        return new DefinitionSource(
                file.location(), file.onClasspath(), machine.name(), machine.select(), machine.type());
    }

    private static LockstepOptions.MockConfigSource mockConfig(MockConfig config, String where) {
        FileOption file = file("@MockConfig", config.value(), config.file(), where, "MockConfigFile.json");
        return new LockstepOptions.MockConfigSource(file.location(), file.onClasspath(), config.testCase());
    }

    private static LockstepOptions.ApiSource api(GraphQl api, String where) {
        FileOption file = file("@GraphQl", api.value(), api.file(), where, "graphql/orders-api.yaml");
        return new LockstepOptions.ApiSource(file.location(), file.onClasspath());
    }

    /** Where an annotation's file is: its {@code value} (a classpath resource) or its {@code file} (a path). */
    private record FileOption(String location, boolean onClasspath) {}

    private static FileOption file(String annotation, String value, String file, String where, String example) {
        boolean hasResource = !value.isBlank();
        boolean hasFile = !file.isBlank();
        if (hasResource == hasFile) {
            throw new ExtensionConfigurationException(annotation + " on " + where
                    + " needs exactly one of value (a classpath resource) or file (a path); found "
                    + (hasResource ? "both" : "neither") + ". Example: " + annotation + "(\"" + example + "\")");
        }
        return new FileOption(hasResource ? value : file, hasResource);
    }

    private static Instant instant(String text, String where) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@InitialTime(\"" + text + "\") on " + where
                    + " is not an ISO-8601 instant; write it as 2026-01-01T00:00:00Z");
        }
    }

    /** The class and the classes it is nested in, outermost first: a {@code @Nested} class inherits their setup. */
    static List<Class<?>> outermostFirst(Class<?> testClass) {
        List<Class<?>> chain = new ArrayList<>();
        Class<?> type = testClass;
        while (type != null) {
            chain.add(0, type);
            type = Modifier.isStatic(type.getModifiers()) ? null : type.getEnclosingClass();
        }
        return chain;
    }
}
