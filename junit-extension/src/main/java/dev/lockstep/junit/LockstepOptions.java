package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Everything that configures Lockstep for a test: made from {@link LockstepTest @LockstepTest} and the other
 * annotations, or by {@link LockstepExtension#builder()}. Immutable; {@link #transform} makes a changed copy.
 *
 * @param definitions the state machines to deploy, in order
 * @param substitutions values for template placeholders, by name (see {@link Substitution})
 * @param initialTime where the clock starts, or null for the wall-clock time the engine is built
 * @param timeMode how the clock moves
 * @param seed the engine's seed
 * @param region the region in ARNs
 * @param accountId the account id in ARNs
 * @param strictTasks whether an unanswered Task fails the execution
 * @param mockConfig a Step Functions Local mock configuration, or null
 * @param engineScope one engine per test or per class
 * @param reports whether to write the class's HTML report
 * @param awaitTimeout how long assertions wait, in real time, for a running execution
 * @param graphql an AppSync GraphQL API to load for the tests (injectable, served at {@code /graphql}), or null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LockstepOptions(
        List<DefinitionSource> definitions,
        Map<String, String> substitutions,
        Instant initialTime,
        EngineClock.TimeMode timeMode,
        long seed,
        String region,
        String accountId,
        boolean strictTasks,
        MockConfigSource mockConfig,
        EngineScope engineScope,
        boolean reports,
        Duration awaitTimeout,
        ApiSource graphql) {

    public LockstepOptions {
        definitions = List.copyOf(definitions);
        substitutions = Collections.unmodifiableMap(new LinkedHashMap<>(substitutions));
        Objects.requireNonNull(timeMode, "timeMode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(engineScope, "engineScope");
        Objects.requireNonNull(awaitTimeout, "awaitTimeout");
    }

    /** The defaults: nothing deployed, AUTO time from now, seed 0, us-east-1, strict tasks, one engine per test. */
    public static LockstepOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.definitions.addAll(definitions);
        builder.substitutions.putAll(substitutions);
        builder.initialTime = initialTime;
        builder.timeMode = timeMode;
        builder.seed = seed;
        builder.region = region;
        builder.accountId = accountId;
        builder.strictTasks = strictTasks;
        builder.mockConfig = mockConfig;
        builder.engineScope = engineScope;
        builder.reports = reports;
        builder.awaitTimeout = awaitTimeout;
        builder.graphql = graphql;
        return builder;
    }

    /** A copy of these options changed by {@code change}. */
    public LockstepOptions transform(Consumer<Builder> change) {
        Builder builder = toBuilder();
        change.accept(builder);
        return builder.build();
    }

    /**
     * A mock configuration file and the test case to run.
     *
     * @param location a classpath resource or a file path
     * @param onClasspath whether {@code location} is on the classpath
     * @param testCase the test case, or null for none
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record MockConfigSource(String location, boolean onClasspath, String testCase) {
        public MockConfigSource {
            Objects.requireNonNull(location, "location");
            testCase = testCase == null || testCase.isBlank() ? null : testCase;
        }

        @Override
        public String toString() {
            return (onClasspath ? "classpath:" : "file:") + location;
        }
    }

    /**
     * An AppSync GraphQL API's file: a lockstep-graphql configuration file, or a CloudFormation, SAM or CDK template
     * with {@code AWS::AppSync::*} resources.
     *
     * @param location a classpath resource or a file path
     * @param onClasspath whether {@code location} is on the classpath
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record ApiSource(String location, boolean onClasspath) {
        public ApiSource {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String toString() {
            return (onClasspath ? "classpath:" : "file:") + location;
        }
    }

    /** Builds {@link LockstepOptions}; every method is named after the option it sets. */
    public static final class Builder {
        private final List<DefinitionSource> definitions = new ArrayList<>();
        private final Map<String, String> substitutions = new LinkedHashMap<>();
        private Instant initialTime;
        private EngineClock.TimeMode timeMode = EngineClock.TimeMode.AUTO;
        private long seed;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private boolean strictTasks = true;
        private MockConfigSource mockConfig;
        private EngineScope engineScope = EngineScope.PER_TEST;
        private boolean reports = true;
        private Duration awaitTimeout = Duration.ofSeconds(10);
        private ApiSource graphql;

        private Builder() {}

        public Builder definition(DefinitionSource source) {
            definitions.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Replaces the definitions. */
        public Builder definitions(List<DefinitionSource> sources) {
            definitions.clear();
            sources.forEach(this::definition);
            return this;
        }

        public Builder substitution(String name, String value) {
            substitutions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder substitutions(Map<String, String> values) {
            values.forEach(this::substitution);
            return this;
        }

        public Builder initialTime(Instant value) {
            this.initialTime = value;
            return this;
        }

        public Builder timeMode(EngineClock.TimeMode value) {
            this.timeMode = Objects.requireNonNull(value, "timeMode");
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        public Builder strictTasks(boolean value) {
            this.strictTasks = value;
            return this;
        }

        public Builder mockConfig(MockConfigSource value) {
            this.mockConfig = value;
            return this;
        }

        public Builder engineScope(EngineScope value) {
            this.engineScope = Objects.requireNonNull(value, "engineScope");
            return this;
        }

        public Builder reports(boolean value) {
            this.reports = value;
            return this;
        }

        public Builder awaitTimeout(Duration value) {
            this.awaitTimeout = Objects.requireNonNull(value, "awaitTimeout");
            return this;
        }

        public Builder graphql(ApiSource value) {
            this.graphql = value;
            return this;
        }

        public LockstepOptions build() {
            return new LockstepOptions(
                    definitions,
                    substitutions,
                    initialTime,
                    timeMode,
                    seed,
                    region,
                    accountId,
                    strictTasks,
                    mockConfig,
                    engineScope,
                    reports,
                    awaitTimeout,
                    graphql);
        }
    }
}
