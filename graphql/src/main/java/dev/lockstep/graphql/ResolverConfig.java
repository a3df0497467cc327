package dev.lockstep.graphql;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A resolver attached to one field: UNIT (a data source between a request and a response mapping template) or
 * PIPELINE (a before template, functions in order, an after template). Immutable.
 *
 * <pre>{@code
 * ResolverConfig.unit("Query", "getTodo", "TodoTable", requestVtl, responseVtl);
 * ResolverConfig.pipeline("Mutation", "signUp", "{}", "$util.toJson($ctx.result)", "validate", "save");
 * ResolverConfig.directLambda("Query", "search", "SearchFn");
 * }</pre>
 *
 * @param typeName the type that holds the field, e.g. {@code Query}
 * @param fieldName the field, e.g. {@code getTodo}
 * @param kind UNIT or PIPELINE
 * @param dataSourceName for UNIT, the data source; null for PIPELINE
 * @param requestTemplate the request (or before) mapping template; null for a Direct Lambda resolver
 * @param responseTemplate the response (or after) mapping template; null for a Direct Lambda resolver
 * @param functions for PIPELINE, the function names in order
 * @param maxBatchSize for a Lambda data source whose request template asks for {@code "operation": "BatchInvoke"},
 *     the most sources one invocation carries, 0 to 2000; 0 (the default) sets no limit. Templates that ask for
 *     {@code Invoke} never batch, and neither do Direct Lambda resolvers here.
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ResolverConfig(
        String typeName,
        String fieldName,
        Kind kind,
        String dataSourceName,
        String requestTemplate,
        String responseTemplate,
        List<String> functions,
        int maxBatchSize) {

    /** A resolver's kind, as CreateResolver names it. */
    public enum Kind {
        UNIT,
        PIPELINE
    }

    public ResolverConfig {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(kind, "kind");
        functions = functions == null ? List.of() : List.copyOf(functions);
        if (kind == Kind.UNIT && dataSourceName == null) {
            throw new IllegalArgumentException(
                    "Unit resolver " + typeName + "." + fieldName + " needs a data source name");
        }
        if (maxBatchSize < 0 || maxBatchSize > 2000) {
            throw new IllegalArgumentException("maxBatchSize of " + typeName + "." + fieldName + " is " + maxBatchSize
                    + ": AppSync allows 0 to 2000");
        }
    }

    public static ResolverConfig unit(
            String typeName, String fieldName, String dataSourceName, String requestTemplate, String responseTemplate) {
        return new ResolverConfig(
                typeName, fieldName, Kind.UNIT, dataSourceName, requestTemplate, responseTemplate, List.of(), 0);
    }

    /** A Direct Lambda resolver: no templates, the Lambda receives the whole context and its result is the value. */
    public static ResolverConfig directLambda(String typeName, String fieldName, String dataSourceName) {
        return unit(typeName, fieldName, dataSourceName, null, null);
    }

    public static ResolverConfig pipeline(
            String typeName, String fieldName, String beforeTemplate, String afterTemplate, String... functions) {
        return new ResolverConfig(
                typeName, fieldName, Kind.PIPELINE, null, beforeTemplate, afterTemplate, List.of(functions), 0);
    }

    /**
     * The same resolver with its BatchInvoke requests split into invocations of at most {@code size} sources (0: no
     * limit).
     */
    public ResolverConfig withMaxBatchSize(int size) {
        return new ResolverConfig(
                typeName, fieldName, kind, dataSourceName, requestTemplate, responseTemplate, functions, size);
    }

    /** {@code Type.field}, as messages name a resolver. */
    public String coordinates() {
        return typeName + "." + fieldName;
    }
}
