package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.datasource.DataSourceResult;
import dev.lockstep.graphql.internal.datasource.Invocation;
import dev.lockstep.graphql.internal.datasource.LambdaInvoker;
import dev.lockstep.graphql.internal.datasource.MappingTemplateException;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.internal.util.AppendedError;
import dev.lockstep.graphql.internal.util.Util;
import dev.lockstep.graphql.internal.util.UtilScope;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.language.SourceLocation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/**
 * Resolves one field as AppSync does: the request template, the data source, the response template; or, for a
 * pipeline, the before template, each function in order, and the after template. Errors end up in the response with
 * the field's path and location, never as exceptions.
 */
final class ResolverFetcher implements DataFetcher<Object> {

    private final Plans.ResolverPlan plan;
    private final ExecutionSettings settings;

    ResolverFetcher(Plans.ResolverPlan plan, ExecutionSettings settings) {
        this.plan = plan;
        this.settings = settings;
    }

    @Override
    public Object get(DataFetchingEnvironment env) {
        Run run = new Run(env, env.getGraphQlContext().get(RequestState.KEY));
        CompletableFuture<Object> value;
        try {
            checkLimits(run.state);
            run.start();
            value = plan.pipeline() ? pipeline(run) : unit(run);
        } catch (RuntimeException e) {
            value = CompletableFuture.failedFuture(e);
        }
        if (value.isDone()) {
            try {
                return finish(run, value.join(), null);
            } catch (CompletionException e) {
                return finish(run, null, e.getCause());
            }
        }
        return value.handle((result, failure) -> finish(run, result, failure));
    }

    /** One resolution of the field: its context, its {@code $util}, and the errors its templates appended. */
    private final class Run {
        final DataFetchingEnvironment env;
        final RequestState state;
        final List<AppendedError> appended = new ArrayList<>();
        final String parentType;
        final String fieldName;
        Map<String, Object> context;
        Util util;
        Invocation invocation;

        Run(DataFetchingEnvironment env, RequestState state) {
            this.env = env;
            this.state = state;
            this.parentType = ((GraphQLObjectType) env.getParentType()).getName();
            this.fieldName = env.getField().getName();
        }

        void start() {
            context = context(env, state, parentType, fieldName);
            util = new Util(new UtilScope(
                    settings.clock(),
                    state.binding.random(),
                    appended,
                    state.responseHeaders,
                    parentType,
                    fieldName,
                    state.authType));
            invocation = new Invocation(context, state.deadlineNanos, settings.clock());
        }
    }

    private DataFetcherResult<Object> finish(Run run, Object value, Throwable failure) {
        if (failure == null) {
            try {
                checkDeadline(run.state);
                if (plan.mutation() && run.appended.isEmpty()) {
                    settings.notifyMutation(run.fieldName, run.env.getArguments(), value);
                }
                return result(run, value, null);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof FieldFailure fieldFailure) {
            return result(run, null, fieldFailure);
        }
        if (cause instanceof MappingTemplateException e) {
            return result(run, null, new FieldFailure(e.getMessage(), "MappingTemplate", null, null));
        }
        if (cause instanceof RuntimeException e) {
            return result(run, null, internal(e));
        }
        throw new IllegalStateException("Resolver " + plan.coordinates() + " failed", cause);
    }

    private CompletableFuture<Object> unit(Run run) {
        if (plan.request() == null) {
            DataSourceResult direct =
                    run.state.binding.invoker(plan.dataSource()).invoke(null, run.invocation);
            if (direct.failed()) {
                throw new FieldFailure(
                        String.valueOf(direct.error().get("message")),
                        String.valueOf(direct.error().get("type")),
                        null,
                        null);
            }
            return CompletableFuture.completedFuture(direct.result());
        }
        Templates.Outcome request = Templates.run(plan.request(), run.context, run.util);
        if (request.returned()) {
            return CompletableFuture.completedFuture(request.value());
        }
        return callAndRespond(
                new Step(
                        plan.coordinates(),
                        run.state.binding.invoker(plan.dataSource()),
                        plan.maxBatchSize(),
                        plan.response()),
                request.value(),
                run.context,
                run.invocation,
                run);
    }

    private CompletableFuture<Object> pipeline(Run run) {
        Templates.Outcome before = Templates.run(plan.request(), run.context, run.util);
        if (before.returned()) {
            return CompletableFuture.completedFuture(before.value());
        }
        CompletableFuture<Object> previous = CompletableFuture.completedFuture(before.value());
        for (Plans.FunctionPlan function : plan.functions()) {
            previous = previous.thenCompose(result -> function(function, result, run));
        }
        return previous.thenApply(result -> {
            run.context.put("prev", prev(result));
            run.context.put("result", result);
            return Templates.run(plan.response(), run.context, run.util).value();
        });
    }

    private CompletableFuture<Object> function(Plans.FunctionPlan function, Object previous, Run run) {
        Map<String, Object> functionContext = new LinkedHashMap<>(run.context);
        functionContext.remove("result");
        functionContext.remove("error");
        functionContext.put("prev", prev(previous));
        Templates.Outcome request = Templates.run(function.request(), functionContext, run.util);
        if (request.returned()) {
            return CompletableFuture.completedFuture(request.value());
        }
        return callAndRespond(
                new Step(
                        plan.coordinates() + "/" + function.name(),
                        run.state.binding.invoker(function.dataSource()),
                        function.maxBatchSize(),
                        function.response()),
                request.value(),
                functionContext,
                new Invocation(functionContext, run.state.deadlineNanos, settings.clock()),
                run);
    }

    /**
     * A data source call with its response template: a unit resolver's, or one pipeline function's.
     *
     * @param batchKey names the batch its Lambda BatchInvoke requests join
     */
    private record Step(String batchKey, DataSourceInvoker dataSource, int maxBatchSize, CompiledTemplate response) {}

    @SuppressWarnings("unchecked")
    private CompletableFuture<Object> callAndRespond(
            Step step, Object request, Map<String, Object> context, Invocation invocation, Run run) {
        if (!(request instanceof Map<?, ?> requestMap)) {
            throw new FieldFailure(
                    "The request mapping template must render a JSON object, found: " + Values.write(request),
                    "MappingTemplate",
                    null,
                    null);
        }
        Map<String, Object> call = (Map<String, Object>) requestMap;
        if (run.state.loaders != null
                && step.dataSource() instanceof LambdaInvoker
                && "BatchInvoke".equals(call.get("operation"))) {
            return loader(step, run)
                    .load(new BatchEntry(call, invocation))
                    .thenApply(result -> respond(step, call, result, context, run.util));
        }
        return CompletableFuture.completedFuture(
                respond(step, call, step.dataSource().invoke(call, invocation), context, run.util));
    }

    /** Puts the data source's answer in {@code $ctx.result} and {@code $ctx.error}, then runs the response template. */
    private static Object respond(
            Step step, Map<String, Object> request, DataSourceResult result, Map<String, Object> context, Util util) {
        context.put("result", result.result());
        if (result.failed()) {
            context.put("error", result.error());
            // Templates of version 2017-02-28 raise data source errors automatically; 2018-05-29 leaves them
            // to the response template ("Resolver mapping template version").
            if ("2017-02-28".equals(request.get("version"))) {
                throw new FieldFailure(
                        String.valueOf(result.error().get("message")),
                        String.valueOf(result.error().get("type")),
                        null,
                        null);
            }
        } else {
            context.remove("error");
        }
        return Templates.run(step.response(), context, util).value();
    }

    /**
     * Lambda BatchInvoke: the requests of this step from the field's sources join one batch, which graphql-java
     * dispatches when it has nothing else left to run, at most {@code maxBatchSize} (0: any number) per invocation.
     */
    private static DataLoader<BatchEntry, DataSourceResult> loader(Step step, Run run) {
        run.state.loaders.computeIfAbsent(
                step.batchKey(),
                key -> DataLoaderFactory.newDataLoader(
                        (List<BatchEntry> entries) -> {
                            List<Map<String, Object>> requests = new ArrayList<>(entries.size());
                            List<Invocation> invocations = new ArrayList<>(entries.size());
                            for (BatchEntry entry : entries) {
                                requests.add(entry.request());
                                invocations.add(entry.invocation());
                            }
                            return CompletableFuture.completedFuture(
                                    step.dataSource().invokeBatch(requests, invocations));
                        },
                        DataLoaderOptions.newOptions()
                                .setCachingEnabled(false)
                                .setMaxBatchSize(step.maxBatchSize() > 0 ? step.maxBatchSize() : -1)
                                .build()));
        // Through the environment, so that graphql-java sees loads made after an earlier batch completed.
        return run.env.getDataLoader(step.batchKey());
    }

    private FieldFailure internal(RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FieldFailure("Resolver " + plan.coordinates() + " failed: " + detail, "InternalFailure", null, null);
    }

    /**
     * {@code $ctx.info}, whose selection set members are worked out only when a template or a Lambda event reads
     * them: most resolvers never do, and printing the selection set costs more than the rest of a simple resolver.
     */
    private static final class Info extends java.util.AbstractMap<String, Object> {
        private static final List<String> KEYS =
                List.of("fieldName", "parentTypeName", "variables", "selectionSetList", "selectionSetGraphQL");

        private final DataFetchingEnvironment env;
        private final RequestState state;
        private final Map<String, Object> values = new LinkedHashMap<>();

        Info(DataFetchingEnvironment env, RequestState state, String parentType, String fieldName) {
            this.env = env;
            this.state = state;
            values.put("fieldName", fieldName);
            values.put("parentTypeName", parentType);
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String name) || !KEYS.contains(name)) {
                return null;
            }
            return values.computeIfAbsent(name, this::compute);
        }

        @Override
        public boolean containsKey(Object key) {
            return KEYS.contains(key);
        }

        private Object compute(String name) {
            return switch (name) {
                case "variables" -> Values.copy(state.variables);
                case "selectionSetList" -> SelectionSets.list(env.getField(), env.getFragmentsByName());
                case "selectionSetGraphQL" -> SelectionSets.graphQl(env.getField());
                default -> null;
            };
        }

        @Override
        public Object put(String key, Object value) {
            values.put(key, value);
            return null;
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new LinkedHashMap<>();
            for (String key : KEYS) {
                all.put(key, get(key));
            }
            values.forEach(all::putIfAbsent);
            return all.entrySet();
        }
    }

    /** One source's part of a BatchInvoke. */
    private record BatchEntry(Map<String, Object> request, Invocation invocation) {}

    private static Map<String, Object> prev(Object result) {
        Map<String, Object> prev = new LinkedHashMap<>();
        prev.put("result", result);
        return prev;
    }

    private Map<String, Object> context(
            DataFetchingEnvironment env, RequestState state, String parentType, String fieldName) {
        Map<String, Object> context = new LinkedHashMap<>();
        Object arguments = Values.copy(env.getArguments());
        context.put("arguments", arguments);
        context.put("args", arguments);
        context.put("source", Values.copy(env.getSource()));
        context.put("identity", Values.copy(state.identity));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("headers", new LinkedHashMap<>(state.headers));
        request.put("domainName", null);
        context.put("request", request);
        context.put("info", new Info(env, state, parentType, fieldName));
        context.put("stash", new LinkedHashMap<String, Object>());
        context.put("prev", prev(null));
        return context;
    }

    private void checkLimits(RequestState state) {
        checkDeadline(state);
        int count = state.resolverCount.incrementAndGet();
        if (count > settings.resolverCountLimit()) {
            throw new FieldFailure(
                    "The number of resolvers in this request exceeds the API's resolver count limit of "
                            + settings.resolverCountLimit() + ".",
                    "ResolverCountLimitExceeded",
                    null,
                    null);
        }
    }

    private static void checkDeadline(RequestState state) {
        if (System.nanoTime() - state.deadlineNanos > 0) {
            throw new FieldFailure("Execution timed out.", "ExecutionTimeout", null, null);
        }
    }

    private DataFetcherResult<Object> result(Run run, Object value, FieldFailure failure) {
        DataFetchingEnvironment env = run.env;
        List<GraphQLError> errors = new ArrayList<>();
        List<Object> path = env.getExecutionStepInfo().getPath().toList();
        List<SourceLocation> locations = env.getField().getSourceLocation() == null
                ? List.of()
                : List.of(env.getField().getSourceLocation());
        for (AppendedError error : run.appended) {
            errors.add(new AppSyncError(
                    error.message(),
                    error.errorType(),
                    SelectionSets.filter(error.data(), env.getField().getSelectionSet(), env.getFragmentsByName()),
                    error.errorInfo(),
                    path,
                    locations));
        }
        if (failure != null) {
            errors.add(new AppSyncError(
                    failure.getMessage(),
                    failure.errorType,
                    SelectionSets.filter(failure.data, env.getField().getSelectionSet(), env.getFragmentsByName()),
                    failure.errorInfo,
                    path,
                    locations));
        }
        return DataFetcherResult.newResult().data(value).errors(errors).build();
    }
}
