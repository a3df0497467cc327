package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.Engine;
import dev.lockstep.graphql.internal.config.ApiFiles;
import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.datasource.DataSourceInvokers;
import dev.lockstep.graphql.internal.execute.ApiRuntime;
import dev.lockstep.graphql.internal.execute.ExecutionSettings;
import dev.lockstep.graphql.spi.MutationListener;
import dev.lockstep.graphql.spi.RequestAuthorizer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An AppSync GraphQL API running in-process: the schema, data sources, resolvers and functions of your app, answering
 * requests with the JSON and HTTP status AppSync would.
 *
 * <pre>{@code
 * GraphQlApi api = GraphQlApi.builder()
 *         .schema("type Query { hello(name: String!): String }")
 *         .dataSource(DataSource.none("Local"))
 *         .resolver(ResolverConfig.unit("Query", "hello", "Local",
 *                 "{\"version\": \"2018-05-29\", \"payload\": \"Hello, $ctx.args.name\"}",
 *                 "$util.toJson($ctx.result)"))
 *         .build();
 * GraphQlResponse response = api.execute(GraphQlRequest.of("{ hello(name: \"you\") }"));
 * response.bodyText(); // {"data":{"hello":"Hello, you"}}
 * }</pre>
 *
 * <p>An API can also be loaded from a configuration file or from the app's CloudFormation, SAM or CDK template with
 * {@link #load(Path, LoadOptions)}. To serve it over HTTP, hand each request to {@link #handle}.
 *
 * <p>Thread-safe: one API serves concurrent requests.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GraphQlApi {

    /** AppSync's quota: "Request execution time for mutations, queries, and subscriptions: 30 seconds". */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** AppSync's default resolver count limit per request. */
    public static final int DEFAULT_RESOLVER_COUNT_LIMIT = 10_000;

    private final ApiRuntime runtime;
    private final String name;
    /** The Step Functions data sources, which {@link #withEngine} binds to another engine. */
    private final List<String> stepFunctionsDataSources;
    /** The seed of {@code $util}'s randomness, or null for a secure random. */
    private final Long seed;

    private GraphQlApi(Builder builder) {
        if (builder.schema == null) {
            throw new InvalidApiException("The API has no schema: call schema(...) with the SDL text.");
        }
        Map<String, DataSourceInvoker> invokers = new LinkedHashMap<>();
        builder.dataSources.forEach((dsName, ds) -> invokers.put(dsName, DataSourceInvokers.create(ds)));
        ExecutionSettings settings = new ExecutionSettings(
                builder.clock,
                builder.timeout,
                builder.queryDepthLimit,
                builder.resolverCountLimit,
                List.copyOf(builder.mutationListeners));
        RequestAuthorizer authorizer = builder.authorizer != null
                ? builder.authorizer
                : builder.apiKeys.isEmpty()
                        ? headers -> RequestAuthorizer.Authorization.allow("API Key Authorization", null)
                        : new ApiKeyAuthorizer(Set.copyOf(builder.apiKeys));
        this.seed = builder.seed;
        this.runtime = new ApiRuntime(
                builder.schema,
                invokers,
                builder.resolvers,
                builder.functions,
                settings,
                seed == null ? new SecureRandom() : new Random(seed),
                authorizer);
        this.name = builder.name;
        this.stepFunctionsDataSources = builder.dataSources.values().stream()
                .filter(DataSource.StepFunctions.class::isInstance)
                .map(DataSource::name)
                .toList();
    }

    private GraphQlApi(GraphQlApi api, ApiRuntime runtime) {
        this.runtime = runtime;
        this.name = api.name;
        this.stepFunctionsDataSources = api.stepFunctionsDataSources;
        this.seed = api.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads an API from a file: a configuration file (YAML or JSON with {@code schema}, {@code dataSources},
     * {@code resolvers}, {@code functions}) or a CloudFormation, SAM or CDK-synthesized template with
     * {@code AWS::AppSync::*} resources. The two are told apart by content.
     *
     * @throws InvalidApiException when the file cannot be read or describes an invalid API
     */
    public static GraphQlApi load(Path file, LoadOptions options) {
        return ApiFiles.load(file, options).build();
    }

    /** Loads an API from a file with default options; see {@link #load(Path, LoadOptions)}. */
    public static GraphQlApi load(Path file) {
        return load(file, LoadOptions.defaults());
    }

    /**
     * This API with its Step Functions data sources bound to {@code engine}: the new API starts, describes and stops
     * executions there, while this one keeps its own engine. The schema and mapping templates are not compiled again,
     * which makes this much cheaper than loading or building the API once more; tests that each have an engine load
     * the API once and bind it to each.
     *
     * <pre>{@code
     * GraphQlApi loaded = GraphQlApi.load(Path.of("template.yaml"), LoadOptions.defaults().withEngine(engine));
     * GraphQlApi forTest = loaded.withEngine(testEngine);
     * }</pre>
     *
     * <p>Everything else stays as it was configured, and is shared where it is an object of yours: the other data
     * sources (their SDK clients and Lambda handlers), the authorizer, the clock, the limits, and the mutation
     * listeners, which hear the mutations of both APIs. A seeded API's copy starts its generated ids and random
     * numbers from the seed again, as a newly built one would. Values a file loaded with an engine took from it (a
     * template's {@code AWS::Region} and {@code AWS::AccountId}) keep the first engine's: bind to engines of the same
     * region and account, or load the file again. An API without Step Functions data sources comes back equivalent.
     *
     * @param engine the engine the Step Functions data sources call; not null
     * @return a new API; this one is unchanged
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public GraphQlApi withEngine(Engine engine) {
        Objects.requireNonNull(engine, "engine");
        Map<String, DataSourceInvoker> rebound = new LinkedHashMap<>();
        for (String dataSource : stepFunctionsDataSources) {
            rebound.put(dataSource, DataSourceInvokers.create(DataSource.stepFunctions(dataSource, engine)));
        }
        // A seeded API's ids repeat from the seed in each copy; a secure random is shared, having nothing to repeat.
        return new GraphQlApi(this, runtime.rebind(rebound, seed == null ? runtime.random() : new Random(seed)));
    }

    /** The API's name (from its configuration or template), or {@code GraphQlApi}. */
    public String name() {
        return name;
    }

    /**
     * Runs one request as AppSync does, authorization included.
     *
     * @return the response AppSync would send
     */
    public GraphQlResponse execute(GraphQlRequest request) {
        return runtime.execute(Objects.requireNonNull(request, "request"));
    }

    /** Runs a query without variables. */
    public GraphQlResponse execute(String query) {
        return execute(GraphQlRequest.of(query));
    }

    /**
     * Handles an HTTP request to {@code /graphql}: a POST body of {@code {"query", "variables", "operationName"}} or a
     * GET with those as query parameters. Malformed bodies get AppSync's 400 answers, refused credentials its 401.
     *
     * @param method {@code POST} or {@code GET}
     * @param headers the request headers, any case
     * @param body the request body (POST), or null
     * @param queryParameters the decoded query parameters (GET), or null
     */
    public GraphQlResponse handle(
            String method, Map<String, String> headers, String body, Map<String, String> queryParameters) {
        return runtime.handle(method, headers, body, queryParameters);
    }

    /** Handles a POST to {@code /graphql}; see {@link #handle(String, Map, String, Map)}. */
    public GraphQlResponse handle(Map<String, String> headers, String body) {
        return handle("POST", headers, body, null);
    }

    /** Builds a {@link GraphQlApi}. Not thread-safe. */
    public static final class Builder {
        private String name = "GraphQlApi";
        private String schema;
        private final Map<String, DataSource> dataSources = new LinkedHashMap<>();
        private final List<ResolverConfig> resolvers = new ArrayList<>();
        private final List<FunctionConfig> functions = new ArrayList<>();
        private final List<String> apiKeys = new ArrayList<>();
        private final List<MutationListener> mutationListeners = new ArrayList<>();
        private RequestAuthorizer authorizer;
        private Clock clock = Clock.systemUTC();
        private Long seed;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int queryDepthLimit;
        private int resolverCountLimit = DEFAULT_RESOLVER_COUNT_LIMIT;

        private Builder() {}

        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** The schema's SDL text. AWS scalars and directives need no declaration. */
        public Builder schema(String sdl) {
            this.schema = Objects.requireNonNull(sdl, "schema");
            return this;
        }

        /** Adds a data source; a later one with the same name replaces the earlier. */
        public Builder dataSource(DataSource dataSource) {
            dataSources.put(dataSource.name(), dataSource);
            return this;
        }

        public Builder resolver(ResolverConfig resolver) {
            resolvers.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        public Builder function(FunctionConfig function) {
            functions.add(Objects.requireNonNull(function, "function"));
            return this;
        }

        /** Requires this API key in the {@code x-api-key} header (several keys may be valid at once). */
        public Builder apiKey(String key) {
            apiKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Decides who may call and what {@code $ctx.identity} is; replaces the API key check. */
        public Builder authorizer(RequestAuthorizer value) {
            this.authorizer = Objects.requireNonNull(value, "authorizer");
            return this;
        }

        /** Told of each resolved mutation field (the seam for subscriptions). */
        public Builder mutationListener(MutationListener listener) {
            mutationListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The clock of {@code $util.time} and generated ids; default the system clock in UTC. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Seeds {@code $util.autoId()} and the other random helpers, for repeatable runs. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How long one request may run; default 30 seconds, AppSync's limit. */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /** The deepest nesting a query may have, 1 to 75; 0 (the default) for no limit, as in AppSync. */
        public Builder queryDepthLimit(int limit) {
            if (limit < 0 || limit > 75) {
                throw new IllegalArgumentException("queryDepthLimit is " + limit + ": AppSync allows 0 to 75");
            }
            this.queryDepthLimit = limit;
            return this;
        }

        /** How many resolvers one request may run, 1 to 10,000 (the default), as in AppSync. */
        public Builder resolverCountLimit(int limit) {
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("resolverCountLimit is " + limit + ": AppSync allows 1 to 10000");
            }
            this.resolverCountLimit = limit;
            return this;
        }

        /**
         * Builds the API.
         *
         * @throws InvalidApiException when the schema is refused or a resolver or function refers to something
         *     missing
         */
        public GraphQlApi build() {
            return new GraphQlApi(this);
        }
    }

    /** API_KEY authorization: a missing or unknown {@code x-api-key} is refused with AppSync's 401 answers. */
    private record ApiKeyAuthorizer(Set<String> keys) implements RequestAuthorizer {
        @Override
        public Authorization authorize(Map<String, String> headers) {
            String key = headers.get("x-api-key");
            if (key == null) {
                return Authorization.deny("Valid authorization header not provided.");
            }
            if (!keys.contains(key)) {
                return Authorization.deny("You are not authorized to make this call.");
            }
            return Authorization.allow("API Key Authorization", null);
        }
    }
}
