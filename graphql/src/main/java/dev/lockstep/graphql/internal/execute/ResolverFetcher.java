package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.datasource.DataSourceInvoker;
import dev.lockstep.graphql.internal.datasource.DataSourceResult;
import dev.lockstep.graphql.internal.datasource.Invocation;
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
        RequestState state = env.getGraphQlContext().get(RequestState.KEY);
        List<AppendedError> appended = new ArrayList<>();
        String parentType = ((GraphQLObjectType) env.getParentType()).getName();
        String fieldName = env.getField().getName();
        try {
            checkLimits(state);
            Map<String, Object> context = context(env, state, parentType, fieldName);
            Util util = new Util(new UtilScope(
                    settings.clock(),
                    settings.random(),
                    appended,
                    state.responseHeaders,
                    parentType,
                    fieldName,
                    state.authType));
            Invocation invocation = new Invocation(context, state.deadlineNanos, settings.clock());
            if (plan.batchable() && state.loaders != null) {
                Templates.Outcome request = Templates.run(plan.request(), context, util);
                if (request.returned()) {
                    return result(env, request.value(), appended, null);
                }
                if (request.value() instanceof Map<?, ?> map && "BatchInvoke".equals(map.get("operation"))) {
                    return batched(env, state, context, util, invocation, map, appended, fieldName);
                }
                Object value =
                        callAndRespond(plan.dataSource(), request.value(), plan.response(), context, util, invocation);
                return finish(env, state, value, appended, fieldName);
            }
            Object value = plan.pipeline() ? pipeline(context, util, invocation) : unit(context, util, invocation);
            return finish(env, state, value, appended, fieldName);
        } catch (FieldFailure failure) {
            return result(env, null, appended, failure);
        } catch (MappingTemplateException e) {
            return result(env, null, appended, new FieldFailure(e.getMessage(), "MappingTemplate", null, null));
        } catch (RuntimeException e) {
            return result(env, null, appended, internal(e));
        }
    }

    private DataFetcherResult<Object> finish(
            DataFetchingEnvironment env,
            RequestState state,
            Object value,
            List<AppendedError> appended,
            String fieldName) {
        checkDeadline(state);
        if (plan.mutation() && appended.isEmpty()) {
            settings.notifyMutation(fieldName, env.getArguments(), value);
        }
        return result(env, value, appended, null);
    }

    /**
     * BatchInvoke: the request joins the batch of this resolver's sibling fields; graphql-java dispatches the batch
     * when the level is complete, and each field's response template then runs on its own entry.
     */
    @SuppressWarnings("unchecked")
    private java.util.concurrent.CompletableFuture<DataFetcherResult<Object>> batched(
            DataFetchingEnvironment env,
            RequestState state,
            Map<String, Object> context,
            Util util,
            Invocation invocation,
            Map<?, ?> request,
            List<AppendedError> appended,
            String fieldName) {
        org.dataloader.DataLoader<BatchEntry, DataSourceResult> loader = state.loaders.computeIfAbsent(
                plan.coordinates(),
                key -> org.dataloader.DataLoaderFactory.newDataLoader(
                        (List<BatchEntry> entries) -> {
                            List<Map<String, Object>> requests = new ArrayList<>();
                            List<Invocation> invocations = new ArrayList<>();
                            for (BatchEntry entry : entries) {
                                requests.add(entry.request());
                                invocations.add(entry.invocation());
                            }
                            return java.util.concurrent.CompletableFuture.completedFuture(
                                    plan.dataSource().invokeBatch(requests, invocations));
                        },
                        org.dataloader.DataLoaderOptions.newOptions()
                                .setCachingEnabled(false)
                                .setMaxBatchSize(plan.maxBatchSize() > 0 ? plan.maxBatchSize() : -1)
                                .build()));
        return loader.load(new BatchEntry((Map<String, Object>) request, invocation))
                .thenApply(result -> {
                    try {
                        context.put("result", result.result());
                        if (result.failed()) {
                            context.put("error", result.error());
                        }
                        Object value =
                                Templates.run(plan.response(), context, util).value();
                        return finish(env, state, value, appended, fieldName);
                    } catch (FieldFailure failure) {
                        return result(env, null, appended, failure);
                    } catch (RuntimeException e) {
                        return result(env, null, appended, internal(e));
                    }
                });
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

    private Object unit(Map<String, Object> context, Util util, Invocation invocation) {
        if (plan.request() == null) {
            DataSourceResult direct = plan.dataSource().invoke(null, invocation);
            if (direct.failed()) {
                throw new FieldFailure(
                        String.valueOf(direct.error().get("message")),
                        String.valueOf(direct.error().get("type")),
                        null,
                        null);
            }
            return direct.result();
        }
        Templates.Outcome request = Templates.run(plan.request(), context, util);
        if (request.returned()) {
            return request.value();
        }
        return callAndRespond(plan.dataSource(), request.value(), plan.response(), context, util, invocation);
    }

    private Object pipeline(Map<String, Object> context, Util util, Invocation invocation) {
        Templates.Outcome before = Templates.run(plan.request(), context, util);
        if (before.returned()) {
            return before.value();
        }
        Object previous = before.value();
        for (Plans.FunctionPlan function : plan.functions()) {
            Map<String, Object> functionContext = new LinkedHashMap<>(context);
            functionContext.remove("result");
            functionContext.remove("error");
            functionContext.put("prev", prev(previous));
            Invocation functionInvocation =
                    new Invocation(functionContext, invocation.deadlineNanos(), invocation.clock());
            Templates.Outcome request = Templates.run(function.request(), functionContext, util);
            previous = request.returned()
                    ? request.value()
                    : callAndRespond(
                            function.dataSource(),
                            request.value(),
                            function.response(),
                            functionContext,
                            util,
                            functionInvocation);
        }
        context.put("prev", prev(previous));
        context.put("result", previous);
        Templates.Outcome after = Templates.run(plan.response(), context, util);
        return after.value();
    }

    @SuppressWarnings("unchecked")
    private Object callAndRespond(
            DataSourceInvoker dataSource,
            Object request,
            CompiledTemplate response,
            Map<String, Object> context,
            Util util,
            Invocation invocation) {
        if (!(request instanceof Map<?, ?> requestMap)) {
            throw new FieldFailure(
                    "The request mapping template must render a JSON object, found: " + Values.write(request),
                    "MappingTemplate",
                    null,
                    null);
        }
        DataSourceResult result = dataSource.invoke((Map<String, Object>) requestMap, invocation);
        context.put("result", result.result());
        if (result.failed()) {
            context.put("error", result.error());
            // Templates of version 2017-02-28 raise data source errors automatically; 2018-05-29 leaves them
            // to the response template ("Resolver mapping template version").
            if ("2017-02-28".equals(requestMap.get("version"))) {
                throw new FieldFailure(
                        String.valueOf(result.error().get("message")),
                        String.valueOf(result.error().get("type")),
                        null,
                        null);
            }
        } else {
            context.remove("error");
        }
        return Templates.run(response, context, util).value();
    }

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

    private DataFetcherResult<Object> result(
            DataFetchingEnvironment env, Object value, List<AppendedError> appended, FieldFailure failure) {
        List<GraphQLError> errors = new ArrayList<>();
        List<Object> path = env.getExecutionStepInfo().getPath().toList();
        List<SourceLocation> locations = env.getField().getSourceLocation() == null
                ? List.of()
                : List.of(env.getField().getSourceLocation());
        for (AppendedError error : appended) {
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
