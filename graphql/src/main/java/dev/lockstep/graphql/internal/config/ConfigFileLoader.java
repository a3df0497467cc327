package dev.lockstep.graphql.internal.config;

import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.FunctionConfig;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.graphql.MissingConnectionException;
import dev.lockstep.graphql.MissingConnectionException.Service;
import dev.lockstep.graphql.ResolverConfig;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lockstep's own configuration file for an API:
 *
 * <pre>
 * name: TodoApi
 * schema: schema.graphql          # a file, or schemaText: inline SDL
 * apiKeys: [da2-local]
 * dataSources:
 *   - {name: Todos, type: AMAZON_DYNAMODB, tableName: TodoTable, endpoint: http://localhost:8000}
 *   - {name: Local, type: NONE}
 * functions:
 *   - {name: check, dataSource: Local, request: "...", responseFile: check.res.vtl}
 * resolvers:
 *   - {type: Query, field: getTodo, dataSource: Todos, requestFile: getTodo.req.vtl, responseFile: getTodo.res.vtl}
 *   - {type: Mutation, field: signUp, kind: PIPELINE, functions: [check, save]}
 * </pre>
 */
final class ConfigFileLoader {

    private final Map<?, ?> config;
    private final Path base;
    private final LoadOptions options;
    private final String source;

    ConfigFileLoader(Map<?, ?> config, Path base, LoadOptions options, String source) {
        this.config = config;
        this.base = base;
        this.options = options;
        this.source = source;
    }

    GraphQlApi.Builder load() {
        GraphQlApi.Builder builder = GraphQlApi.builder();
        if (config.get("name") != null) {
            builder.name(String.valueOf(config.get("name")));
        }
        builder.schema(schema());
        for (Object key : list("apiKeys")) {
            builder.apiKey(String.valueOf(key));
        }
        if (config.get("queryDepthLimit") instanceof Number n) {
            builder.queryDepthLimit(n.intValue());
        }
        if (config.get("resolverCountLimit") instanceof Number n) {
            builder.resolverCountLimit(n.intValue());
        }
        for (Object entry : list("dataSources")) {
            builder.dataSource(dataSource(map(entry, "dataSources")));
        }
        for (Object entry : list("functions")) {
            Map<?, ?> function = map(entry, "functions");
            String name = required(function, "name", "functions");
            builder.function(new FunctionConfig(
                    name,
                    required(function, "dataSource", "function " + name),
                    template(function, "request", "function " + name),
                    template(function, "response", "function " + name),
                    function.get("maxBatchSize") instanceof Number n ? n.intValue() : 0));
        }
        for (Object entry : list("resolvers")) {
            Map<?, ?> resolver = map(entry, "resolvers");
            String type = required(resolver, "type", "resolvers");
            String field = required(resolver, "field", "resolver of type " + type);
            String where = "resolver " + type + "." + field;
            boolean pipeline = "PIPELINE".equalsIgnoreCase(String.valueOf(resolver.get("kind")))
                    || resolver.get("functions") != null;
            List<String> functions = new ArrayList<>();
            if (resolver.get("functions") instanceof List<?> names) {
                names.forEach(n -> functions.add(String.valueOf(n)));
            }
            builder.resolver(new ResolverConfig(
                    type,
                    field,
                    pipeline ? ResolverConfig.Kind.PIPELINE : ResolverConfig.Kind.UNIT,
                    pipeline ? null : required(resolver, "dataSource", where),
                    template(resolver, "request", where),
                    template(resolver, "response", where),
                    functions,
                    resolver.get("maxBatchSize") instanceof Number n ? n.intValue() : 0));
        }
        return builder;
    }

    private String schema() {
        if (config.get("schemaText") != null) {
            return String.valueOf(config.get("schemaText"));
        }
        Object schema = config.get("schema");
        if (schema == null) {
            throw new InvalidApiException(source + " has no schema: give schema (a file) or schemaText (the SDL).");
        }
        String text = String.valueOf(schema);
        if (text.contains("type ") && text.contains("{")) {
            return text;
        }
        return ApiFiles.read(base.resolve(text));
    }

    private DataSource dataSource(Map<?, ?> spec) {
        String name = required(spec, "name", "dataSources");
        String type = String.valueOf(spec.get("type")).toUpperCase(Locale.ROOT);
        String where = "data source " + name;
        switch (type) {
            case "NONE":
                return DataSource.none(name);
            case "AWS_LAMBDA": {
                String function = spec.get("functionName") != null
                        ? String.valueOf(spec.get("functionName"))
                        : String.valueOf(spec.get("functionArn"));
                LambdaHandler handler = handler(function, name);
                if (handler != null) {
                    return DataSource.lambda(name, handler);
                }
                if (options.lambdaClient() != null && !"null".equals(function)) {
                    return DataSource.lambda(name, function, options.lambdaClient());
                }
                throw new MissingConnectionException(
                        Service.LAMBDA,
                        where + " calls Lambda function '" + function + "', but no handler was given for it",
                        "add LoadOptions.withLambda(\"" + function + "\", handler) or a LambdaClient");
            }
            case "AMAZON_DYNAMODB": {
                String table = required(spec, "tableName", where);
                URI endpoint = spec.get("endpoint") != null
                        ? URI.create(String.valueOf(spec.get("endpoint")))
                        : options.dynamoDbEndpoint();
                if (endpoint == null) {
                    throw new MissingConnectionException(
                            Service.DYNAMODB,
                            where + " needs a DynamoDB endpoint",
                            "give endpoint in the file or LoadOptions.withDynamoDbEndpoint(...)");
                }
                return DataSource.dynamoDb(name, table, endpoint);
            }
            case "HTTP": {
                String endpoint = required(spec, "endpoint", where);
                if ("states".equals(spec.get("signingServiceName"))) {
                    return stepFunctions(name, where);
                }
                return DataSource.http(name, endpoint);
            }
            case "STEP_FUNCTIONS":
                return stepFunctions(name, where);
            default:
                throw new InvalidApiException(where + " has type '" + spec.get("type")
                        + "': expected NONE, AWS_LAMBDA, AMAZON_DYNAMODB, HTTP or STEP_FUNCTIONS.");
        }
    }

    private DataSource stepFunctions(String name, String where) {
        if (options.engine() == null) {
            throw new MissingConnectionException(
                    Service.STEP_FUNCTIONS,
                    where + " calls Step Functions",
                    "give the engine that runs it with LoadOptions.withEngine(engine)");
        }
        return DataSource.stepFunctions(name, options.engine());
    }

    private LambdaHandler handler(String function, String dataSourceName) {
        LambdaHandler handler = options.lambdaHandlers().get(function);
        return handler != null ? handler : options.lambdaHandlers().get(dataSourceName);
    }

    private String template(Map<?, ?> spec, String which, String where) {
        if (spec.get(which) != null) {
            return String.valueOf(spec.get(which));
        }
        Object file = spec.get(which + "File");
        if (file != null) {
            return ApiFiles.read(base.resolve(String.valueOf(file)));
        }
        return null;
    }

    private List<?> list(String key) {
        Object value = config.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw new InvalidApiException(source + ": '" + key + "' must be a list.");
    }

    private Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InvalidApiException(source + ": each entry of '" + where + "' must be an object, found " + value);
    }

    private String required(Map<?, ?> spec, String key, String where) {
        Object value = spec.get(key);
        if (value == null) {
            throw new InvalidApiException(source + ": " + where + " needs '" + key + "'.");
        }
        return String.valueOf(value);
    }
}
