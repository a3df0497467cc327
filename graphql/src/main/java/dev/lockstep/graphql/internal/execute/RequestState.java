package dev.lockstep.graphql.internal.execute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** One request's state, shared by its resolvers through graphql-java's context. */
final class RequestState {

    static final String KEY = RequestState.class.getName();

    /** The data sources and randomness of the API the request was sent to. */
    final Binding binding;

    final Map<String, String> headers;
    final Map<String, Object> identity;
    final Map<String, Object> variables;
    final String authType;
    final long deadlineNanos;
    final Map<String, String> responseHeaders = new LinkedHashMap<>();
    final AtomicInteger resolverCount = new AtomicInteger();
    /** Batches Lambda invocations of sibling fields (BatchInvoke); null when no resolver batches. */
    final org.dataloader.DataLoaderRegistry loaders;

    RequestState(
            Binding binding,
            Map<String, String> headers,
            Map<String, Object> identity,
            Map<String, Object> variables,
            String authType,
            long deadlineNanos,
            org.dataloader.DataLoaderRegistry loaders) {
        this.binding = binding;
        this.headers = headers;
        this.identity = identity;
        this.variables = variables;
        this.authType = authType;
        this.deadlineNanos = deadlineNanos;
        this.loaders = loaders;
    }
}
