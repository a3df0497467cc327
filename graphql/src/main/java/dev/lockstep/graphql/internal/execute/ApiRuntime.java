package dev.lockstep.graphql.internal.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.graphql.FunctionConfig;
import dev.lockstep.graphql.GraphQlRequest;
import dev.lockstep.graphql.GraphQlResponse;
import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.ResolverConfig;
import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.internal.schema.AppSyncSchema;
import dev.lockstep.graphql.internal.schema.SchemaException;
import dev.lockstep.graphql.spi.RequestAuthorizer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.InvalidSyntaxError;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A built API: the executable schema with its resolvers, and the request handling around it. Thread-safe.
 *
 * <p>{@link #rebind} makes another runtime over the same compiled schema with other data source invokers, which is how
 * an API is bound to another engine without compiling it again. What the runtimes share and what each has:
 *
 * <ul>
 *   <li>Shared: the graphql-java schema, whose fetchers hold the compiled plans and templates and name data sources
 *       instead of holding them (immutable); the cache of parsed and validated queries, whose entries depend only on
 *       the schema and the depth limit (a concurrent map); the settings, whose clock and mutation listeners are the
 *       caller's own objects that the API cannot copy; and the authorizer, configuration like the settings.
 *   <li>Each its own: the {@link Binding}, the data source invokers (a Step Functions one holds its engine) and the
 *       randomness, which travel with each request in its {@link RequestState}.
 * </ul>
 */
public final class ApiRuntime {

    private final GraphQL graphQL;
    private final ExecutionSettings settings;
    private final RequestAuthorizer authorizer;
    /** Whether some resolver may batch Lambda invocations, so requests need a DataLoader registry. */
    private final boolean batching;

    private final Binding binding;

    /**
     * Builds the runtime.
     *
     * @param random randomness for generated ids and {@code $util.math.random*}
     * @throws InvalidApiException when the schema is refused or a resolver names a missing field, data source or
     *     function
     */
    public ApiRuntime(
            String schemaText,
            Map<String, DataSourceInvoker> dataSources,
            List<ResolverConfig> resolvers,
            List<FunctionConfig> functions,
            ExecutionSettings settings,
            Random random,
            RequestAuthorizer authorizer) {
        this.settings = settings;
        this.authorizer = authorizer;
        this.binding = new Binding(dataSources, random);
        AppSyncSchema schema;
        try {
            schema = AppSyncSchema.parse(schemaText);
        } catch (SchemaException e) {
            throw new InvalidApiException(e.getMessage(), e);
        }
        Map<String, Plans.FunctionPlan> functionPlans = new HashMap<>();
        for (FunctionConfig function : functions) {
            functionPlans.put(
                    function.name(),
                    new Plans.FunctionPlan(
                            function.name(),
                            dataSource(dataSources, function.dataSourceName(), "function " + function.name()),
                            template(function.requestTemplate(), "function " + function.name() + " request"),
                            template(function.responseTemplate(), "function " + function.name() + " response"),
                            function.maxBatchSize()));
        }
        String mutationType = schema.operationTypeName("mutation");
        Map<FieldCoordinates, DataFetcher<?>> fetchers = new LinkedHashMap<>();
        boolean batching = false;
        for (ResolverConfig resolver : resolvers) {
            if (!schema.hasField(resolver.typeName(), resolver.fieldName())) {
                throw new InvalidApiException("No field " + resolver.coordinates()
                        + " in the schema: a resolver must be attached to a field of an object type.");
            }
            Plans.ResolverPlan plan = plan(resolver, dataSources, functionPlans, mutationType);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(resolver.typeName(), resolver.fieldName());
            batching |= plan.mayBatch(dataSources);
            if (fetchers.put(coordinates, new ResolverFetcher(plan, settings)) != null) {
                throw new InvalidApiException("Two resolvers are attached to " + resolver.coordinates()
                        + ": a field has at most one resolver.");
            }
        }
        GraphQLSchema executable;
        try {
            executable = schema.build(fetchers, ApiRuntime::fieldOfSource, typeResolver());
        } catch (SchemaException e) {
            throw new InvalidApiException(e.getMessage(), e);
        }
        this.batching = batching;
        this.graphQL = GraphQL.newGraphQL(executable)
                .queryExecutionStrategy(new AsyncExecutionStrategy())
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy())
                .preparsedDocumentProvider(new DocumentCache(settings.queryDepthLimit()))
                .build();
    }

    private ApiRuntime(ApiRuntime compiled, Binding binding) {
        this.graphQL = compiled.graphQL;
        this.settings = compiled.settings;
        this.authorizer = compiled.authorizer;
        this.batching = compiled.batching;
        this.binding = binding;
    }

    /**
     * A runtime over this one's compiled schema whose named data sources call {@code replacements} instead; the others
     * keep their invokers. Costs a map copy, not a compilation.
     *
     * @param replacements invokers by data source name, each of the same kind as the one it replaces: whether a
     *     resolver batches, or may go without templates, was decided from the kinds at compilation
     * @param random the new runtime's randomness
     * @throws IllegalArgumentException when a name is not a data source of the API or the kind differs
     */
    public ApiRuntime rebind(Map<String, DataSourceInvoker> replacements, Random random) {
        Map<String, DataSourceInvoker> invokers = new HashMap<>(binding.dataSources());
        replacements.forEach((name, replacement) -> {
            DataSourceInvoker current = invokers.get(name);
            if (current == null || current.getClass() != replacement.getClass()) {
                throw new IllegalArgumentException("Data source '" + name + "' is "
                        + (current == null
                                ? "not defined"
                                : "a " + current.getClass().getSimpleName())
                        + ": it cannot be replaced by a "
                        + replacement.getClass().getSimpleName());
            }
            invokers.put(name, replacement);
        });
        return new ApiRuntime(this, new Binding(invokers, random));
    }

    /** The runtime's randomness, for a rebound runtime that keeps it. */
    public Random random() {
        return binding.random();
    }

    private static Plans.ResolverPlan plan(
            ResolverConfig resolver,
            Map<String, DataSourceInvoker> dataSources,
            Map<String, Plans.FunctionPlan> functions,
            String mutationType) {
        boolean mutation = resolver.typeName().equals(mutationType);
        String where = "resolver " + resolver.coordinates();
        if (resolver.kind() == ResolverConfig.Kind.PIPELINE) {
            List<Plans.FunctionPlan> steps = new ArrayList<>();
            for (String name : resolver.functions()) {
                Plans.FunctionPlan function = functions.get(name);
                if (function == null) {
                    throw new InvalidApiException("Pipeline " + where + " names function '" + name
                            + "', which is not defined. Defined functions: " + functions.keySet() + ".");
                }
                steps.add(function);
            }
            return new Plans.ResolverPlan(
                    resolver.coordinates(),
                    true,
                    null,
                    template(orDefault(resolver.requestTemplate(), "{}"), where + " before"),
                    template(orDefault(resolver.responseTemplate(), "$util.toJson($ctx.result)"), where + " after"),
                    steps,
                    mutation,
                    0);
        }
        String dataSource = dataSource(dataSources, resolver.dataSourceName(), where);
        boolean direct = resolver.requestTemplate() == null && resolver.responseTemplate() == null;
        if (direct
                && !(dataSources.get(dataSource) instanceof dev.lockstep.graphql.internal.datasource.LambdaInvoker)) {
            throw new InvalidApiException("Unit " + where + " has no mapping templates: only a Lambda data source can"
                    + " be used without templates (a Direct Lambda resolver).");
        }
        return new Plans.ResolverPlan(
                resolver.coordinates(),
                false,
                dataSource,
                direct ? null : template(orDefault(resolver.requestTemplate(), "{}"), where + " request"),
                direct
                        ? null
                        : template(
                                orDefault(resolver.responseTemplate(), "$util.toJson($ctx.result)"),
                                where + " response"),
                List.of(),
                mutation,
                resolver.maxBatchSize());
    }

    private static String orDefault(String template, String fallback) {
        return template == null ? fallback : template;
    }

    private static CompiledTemplate template(String source, String name) {
        return CompiledTemplate.compile(source, name);
    }

    /** The name of a data source that exists. */
    private static String dataSource(Map<String, DataSourceInvoker> dataSources, String name, String where) {
        if (!dataSources.containsKey(name)) {
            throw new InvalidApiException(where.substring(0, 1).toUpperCase(Locale.ROOT) + where.substring(1)
                    + " uses data source '" + name + "', which is not defined. Defined data sources: "
                    + dataSources.keySet() + ".");
        }
        return name;
    }

    /** A field without a resolver reads the member of the same name from its parent's value. */
    private static Object fieldOfSource(graphql.schema.DataFetchingEnvironment env) {
        Object source = env.getSource();
        if (source instanceof Map<?, ?> map) {
            return map.get(env.getField().getName());
        }
        return null;
    }

    /** Interfaces and unions: AppSync reads the concrete type from {@code __typename} in the resolved value. */
    private static TypeResolver typeResolver() {
        return env -> {
            Object value = env.getObject();
            if (value instanceof Map<?, ?> map && map.get("__typename") instanceof String name) {
                return env.getSchema().getObjectType(name);
            }
            return null;
        };
    }

    /** Executes a request that has passed authorization. */
    public GraphQlResponse execute(GraphQlRequest request, RequestAuthorizer.Authorization authorization) {
        RequestState state = new RequestState(
                binding,
                request.headers(),
                authorization.identity(),
                request.variables(),
                authorization.authType(),
                System.nanoTime() + settings.timeout().toNanos(),
                batching ? new org.dataloader.DataLoaderRegistry() : null);
        ExecutionInput.Builder inputBuilder = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(Map.of(RequestState.KEY, state));
        if (state.loaders != null) {
            // Batches dispatch when nothing else can run, so a pipeline function's BatchInvoke after an earlier
            // batch still joins its siblings' batch.
            inputBuilder
                    .dataLoaderRegistry(state.loaders)
                    .graphQLContext(
                            Map.of(DataLoaderDispatchingContextKeys.ENABLE_DATA_LOADER_EXHAUSTED_DISPATCHING, true));
        }
        ExecutionResult result = graphQL.execute(inputBuilder.build());
        if (!result.isDataPresent()
                && !result.getErrors().isEmpty()
                && result.getErrors().get(0) instanceof InvalidSyntaxError) {
            return malformed("Unable to parse GraphQL query.");
        }
        Map<String, String> headers;
        synchronized (state.responseHeaders) {
            headers = new LinkedHashMap<>(state.responseHeaders);
        }
        return new GraphQlResponse(200, ResponseWriter.write(result), headers);
    }

    /** Authorizes, then executes. */
    public GraphQlResponse execute(GraphQlRequest request) {
        RequestAuthorizer.Authorization authorization = authorizer.authorize(request.headers());
        if (!authorization.allowed()) {
            return unauthorized(authorization.message());
        }
        return execute(request, authorization);
    }

    /**
     * Handles an HTTP request to {@code /graphql} as AppSync does: a JSON body with {@code query}, {@code variables}
     * and {@code operationName} (POST), or the same as query parameters (GET). Credentials are checked before the
     * request is read: a request that is both unauthorized and malformed gets the 401.
     *
     * @param method the HTTP method
     * @param headers the request headers (any case)
     * @param body the request body, or null
     * @param queryParameters the URL's query parameters (for GET)
     */
    public GraphQlResponse handle(
            String method, Map<String, String> headers, String body, Map<String, String> queryParameters) {
        Map<String, String> given = headers == null ? Map.of() : headers;
        HttpRequest read = "GET".equalsIgnoreCase(method)
                ? HttpRequest.fromParameters(queryParameters == null ? Map.of() : queryParameters, given)
                : HttpRequest.fromBody(body, given);
        Map<String, String> lowerHeaders =
                read.request() != null ? read.request().headers() : new GraphQlRequest("", null, null, given).headers();
        RequestAuthorizer.Authorization authorization = authorizer.authorize(lowerHeaders);
        if (!authorization.allowed()) {
            return unauthorized(authorization.message());
        }
        if (read.request() == null) {
            return malformed(read.problem());
        }
        return execute(read.request(), authorization);
    }

    /** An HTTP request read into a GraphQL request, or what AppSync answers when it cannot be read. */
    private record HttpRequest(GraphQlRequest request, String problem) {

        static final String UNPARSABLE = "Unable to parse GraphQL query.";

        static HttpRequest fromParameters(Map<String, String> parameters, Map<String, String> headers) {
            String query = parameters.get("query");
            if (query == null) {
                return new HttpRequest(null, UNPARSABLE);
            }
            return read(query, parameters.get("operationName"), parameters.get("variables"), headers);
        }

        static HttpRequest fromBody(String body, Map<String, String> headers) {
            if (body == null || body.isEmpty()) {
                return new HttpRequest(null, "Request body is empty.");
            }
            Object json;
            try {
                json = Values.read(body);
            } catch (JsonProcessingException e) {
                return new HttpRequest(null, UNPARSABLE);
            }
            if (!(json instanceof Map<?, ?> map) || !(map.get("query") instanceof String query)) {
                return new HttpRequest(null, UNPARSABLE);
            }
            String operationName = map.get("operationName") instanceof String name ? name : null;
            return read(query, operationName, map.get("variables"), headers);
        }

        /**
         * Variables may be a JSON object or a string holding one (AppSync accepts both); null, or a string holding
         * nothing or null, means none.
         */
        @SuppressWarnings("unchecked")
        private static HttpRequest read(
                String query, String operationName, Object variables, Map<String, String> headers) {
            if (variables instanceof String text) {
                try {
                    variables = Values.read(text);
                } catch (JsonProcessingException e) {
                    return new HttpRequest(null, UNPARSABLE);
                }
            }
            if (variables != null && !(variables instanceof Map<?, ?>)) {
                return new HttpRequest(null, UNPARSABLE);
            }
            Map<String, Object> values = (Map<String, Object>) variables;
            return new HttpRequest(new GraphQlRequest(query, operationName, values, headers), null);
        }
    }

    /** HTTP 400 with AppSync's MalformedHttpRequestException body. */
    static GraphQlResponse malformed(String message) {
        return transportError(400, "MalformedHttpRequestException", message);
    }

    /** HTTP 401 with AppSync's UnauthorizedException body. */
    static GraphQlResponse unauthorized(String message) {
        return transportError(401, "UnauthorizedException", message);
    }

    private static GraphQlResponse transportError(int status, String errorType, String message) {
        ObjectNode body = Values.NODES.objectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("errorType", errorType);
        error.put("message", message);
        return new GraphQlResponse(status, body, Map.of());
    }
}
