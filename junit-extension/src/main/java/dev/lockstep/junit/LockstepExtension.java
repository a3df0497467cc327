package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.junit.internal.ExtensionState;
import dev.lockstep.junit.internal.Injector;
import dev.lockstep.junit.internal.TestSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit 5 extension behind {@link LockstepTest @LockstepTest}. Register it yourself when annotations cannot say
 * what you need:
 *
 * <pre>{@code
 * @RegisterExtension
 * static LockstepExtension lockstep = LockstepExtension.builder()
 *         .stateMachine(DefinitionSource.file("infra/cdk.out/OrdersStack.template.json"))
 *         .substitution("ChargeCardFunction.Arn", CHARGE_ARN)
 *         .initialTime(Instant.parse("2026-01-01T00:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>The extension itself holds only its immutable {@link LockstepOptions}; engines, mocks and reports live in
 * JUnit's extension store, so {@code @Nested} classes and parallel tests each see their own.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LockstepExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver,
                TestExecutionExceptionHandler {

    private final LockstepOptions base;

    /** The extension {@code @LockstepTest} registers: its options come from the annotations. */
    public LockstepExtension() {
        this.base = null;
    }

    private LockstepExtension(LockstepOptions base) {
        this.base = base;
    }

    /** A builder for an extension to register with {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder(LockstepOptions.builder());
    }

    /** An extension with exactly these options (annotations on classes and methods still add to them). */
    public static LockstepExtension withOptions(LockstepOptions options) {
        return new LockstepExtension(Objects.requireNonNull(options, "options"));
    }

    /** The options this extension starts from; for {@code @LockstepTest}, the defaults. */
    public LockstepOptions options() {
        return base != null ? base : LockstepOptions.defaults();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!stepsAside(context)) {
            ExtensionState.prepareClass(context, base);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (stepsAside(context)) {
            return;
        }
        TestSession session = ExtensionState.testSession(context, base);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            Injector.injectFields(instance, session);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!stepsAside(context)) {
            ExtensionState.finishTest(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return !stepsAside(context)
                && Injector.supports(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestSession session;
        try {
            session = ExtensionState.sessionFor(context, base);
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        return Injector.resolve(
                parameter.getParameter().getType(),
                parameter.findAnnotation(Deployed.class).orElse(null),
                "parameter " + parameter.getParameter().getName() + " of "
                        + parameter.getDeclaringExecutable().getName(),
                session);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (!stepsAside(context)) {
            ExtensionState.addFailureNotes(context, throwable);
        }
        throw throwable;
    }

    /**
     * The extension {@code @LockstepTest} registers gives way to one the class registers with
     * {@code @RegisterExtension}, so that the two never both act.
     */
    private boolean stepsAside(ExtensionContext context) {
        return base == null && ExtensionState.hasProgrammaticExtension(context);
    }

    /**
     * Builds a {@link LockstepExtension}; each method sets the option of the same name (see {@link LockstepOptions}).
     *
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {
        private final LockstepOptions.Builder options;

        private Builder(LockstepOptions.Builder options) {
            this.options = options;
        }

        /** Deploys a state machine (or every one of a template). */
        public Builder stateMachine(DefinitionSource source) {
            options.definition(source);
            return this;
        }

        /** Deploys the definition at this classpath resource. */
        public Builder stateMachine(String classpathResource) {
            return stateMachine(DefinitionSource.classpath(classpathResource));
        }

        /** Deploys the definition at this classpath resource, as a state machine of this type. */
        public Builder stateMachine(String classpathResource, StateMachineType type) {
            return stateMachine(DefinitionSource.classpath(classpathResource).ofType(type));
        }

        public Builder substitution(String name, String value) {
            options.substitution(name, value);
            return this;
        }

        public Builder substitutions(Map<String, String> values) {
            options.substitutions(values);
            return this;
        }

        public Builder initialTime(Instant value) {
            options.initialTime(value);
            return this;
        }

        public Builder timeMode(EngineClock.TimeMode value) {
            options.timeMode(value);
            return this;
        }

        public Builder seed(long value) {
            options.seed(value);
            return this;
        }

        public Builder region(String value) {
            options.region(value);
            return this;
        }

        public Builder accountId(String value) {
            options.accountId(value);
            return this;
        }

        public Builder strictTasks(boolean value) {
            options.strictTasks(value);
            return this;
        }

        /** A Step Functions Local mock config on the classpath, and the test case to run (or null). */
        public Builder mockConfig(String classpathResource, String testCase) {
            options.mockConfig(new LockstepOptions.MockConfigSource(classpathResource, true, testCase));
            return this;
        }

        public Builder engineScope(EngineScope value) {
            options.engineScope(value);
            return this;
        }

        public Builder reports(boolean value) {
            options.reports(value);
            return this;
        }

        public Builder awaitTimeout(Duration value) {
            options.awaitTimeout(value);
            return this;
        }

        /** An AppSync GraphQL API from this classpath resource (a lockstep-graphql configuration or a template). */
        public Builder graphql(String classpathResource) {
            options.graphql(new LockstepOptions.ApiSource(classpathResource, true));
            return this;
        }

        /** Changes options directly, for those without a method here. */
        public Builder options(Consumer<LockstepOptions.Builder> change) {
            change.accept(options);
            return this;
        }

        public LockstepExtension build() {
            return new LockstepExtension(options.build());
        }
    }
}
