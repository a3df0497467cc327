package dev.lockstep.graphql.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.FunctionConfig;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.graphql.MissingConnectionException;
import dev.lockstep.graphql.MissingConnectionException.Service;
import dev.lockstep.graphql.ResolverConfig;
import dev.lockstep.graphql.internal.cloudformation.TemplateException;
import dev.lockstep.graphql.internal.cloudformation.TemplateResolver;
import dev.lockstep.graphql.internal.cloudformation.TemplateTree;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An API from a CloudFormation, SAM or CDK-synthesized template: the {@code AWS::AppSync::GraphQLApi},
 * {@code GraphQLSchema}, {@code DataSource}, {@code Resolver}, {@code FunctionConfiguration} and {@code ApiKey}
 * resources, with {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select} and {@code
 * Fn::Split} resolved by the {@link TemplateResolver} the JUnit extension's templates use too (physical names: the
 * resource's name property, else its logical id; state machines: their name, else CDK construct id, else logical id).
 * Schemas and mapping templates may be inline or in local files ({@code DefinitionS3Location},
 * {@code *MappingTemplateS3Location} as a path).
 */
final class CloudFormationLoader {

    private final JsonNode resources;
    private final Path base;
    private final LoadOptions options;
    private final String source;
    private final TemplateResolver resolver;

    CloudFormationLoader(Map<?, ?> template, Path base, LoadOptions options, String source) {
        JsonNode tree = TemplateTree.JSON.valueToTree(template);
        this.resources = tree.path("Resources");
        this.base = base;
        this.options = options;
        this.source = source;
        String region = options.parameters()
                .getOrDefault(
                        "AWS::Region",
                        options.engine() != null ? options.engine().region() : "us-east-1");
        String account = options.parameters()
                .getOrDefault(
                        "AWS::AccountId",
                        options.engine() != null ? options.engine().accountId() : "123456789012");
        this.resolver = new TemplateResolver(
                tree,
                options.parameters(),
                region,
                account,
                TemplateResolver.stackName(source),
                source,
                name -> "LoadOptions.withParameter(\"" + name + "\", \"...\")");
    }

    GraphQlApi.Builder load() {
        try {
            return api();
        } catch (TemplateException e) {
            throw new InvalidApiException(e.getMessage(), e);
        }
    }

    private GraphQlApi.Builder api() {
        List<String> apis = ofType("AWS::AppSync::GraphQLApi");
        if (apis.isEmpty()) {
            throw new InvalidApiException(source + " has no AWS::AppSync::GraphQLApi resource.");
        }
        if (apis.size() > 1) {
            throw new InvalidApiException(
                    source + " defines " + apis.size() + " GraphQL APIs (" + apis + "); load one template per API.");
        }
        String apiId = apis.get(0);
        Properties api = properties(apiId);
        GraphQlApi.Builder builder = GraphQlApi.builder();
        builder.name(api.text("Name", apiId));
        int depthLimit = api.number("QueryDepthLimit");
        if (depthLimit > 0) {
            builder.queryDepthLimit(depthLimit);
        }
        int resolverLimit = api.number("ResolverCountLimit");
        if (resolverLimit > 0) {
            builder.resolverCountLimit(resolverLimit);
        }
        builder.schema(schema());
        if ("API_KEY".equals(api.text("AuthenticationType", ""))) {
            for (String key : ofType("AWS::AppSync::ApiKey")) {
                builder.apiKey(resolver.attribute(key, "ApiKey", "/Resources/" + key));
            }
        }
        for (String id : ofType("AWS::AppSync::DataSource")) {
            builder.dataSource(dataSource(id));
        }
        for (String id : ofType("AWS::AppSync::FunctionConfiguration")) {
            Properties p = properties(id);
            String name = p.text("Name", id);
            checkVtl(p, "function " + name);
            builder.function(new FunctionConfig(
                    name,
                    p.text("DataSourceName", null),
                    mappingTemplate(p, "Request"),
                    mappingTemplate(p, "Response"),
                    p.number("MaxBatchSize")));
        }
        for (String id : ofType("AWS::AppSync::Resolver")) {
            Properties p = properties(id);
            String type = p.text("TypeName", null);
            String field = p.text("FieldName", null);
            checkVtl(p, "resolver " + type + "." + field);
            boolean pipeline = "PIPELINE".equals(p.text("Kind", "UNIT"));
            List<String> functions = new ArrayList<>();
            if (pipeline) {
                for (JsonNode function : p.raw("PipelineConfig").path("Functions")) {
                    functions.add(functionName(function, p.where("PipelineConfig") + "/Functions"));
                }
            }
            builder.resolver(new ResolverConfig(
                    type,
                    field,
                    pipeline ? ResolverConfig.Kind.PIPELINE : ResolverConfig.Kind.UNIT,
                    pipeline ? null : p.text("DataSourceName", null),
                    mappingTemplate(p, "Request"),
                    mappingTemplate(p, "Response"),
                    functions,
                    p.number("MaxBatchSize")));
        }
        return builder;
    }

    private String schema() {
        List<String> schemas = ofType("AWS::AppSync::GraphQLSchema");
        if (schemas.isEmpty()) {
            throw new InvalidApiException(source + " has no AWS::AppSync::GraphQLSchema resource.");
        }
        Properties p = properties(schemas.get(0));
        String inline = p.text("Definition", null);
        if (inline != null) {
            return inline;
        }
        String location = p.text("DefinitionS3Location", null);
        if (location != null) {
            return localFile(location, "schema " + schemas.get(0));
        }
        throw new InvalidApiException(
                "Schema " + schemas.get(0) + " in " + source + " has neither Definition nor DefinitionS3Location.");
    }

    private void checkVtl(Properties p, String where) {
        if (p.has("Code") || p.has("CodeS3Location") || p.has("Runtime")) {
            throw new InvalidApiException(where + " in " + source + " uses the APPSYNC_JS runtime, which Lockstep does"
                    + " not run yet: only VTL mapping templates are supported.");
        }
    }

    private String mappingTemplate(Properties p, String which) {
        String inline = p.text(which + "MappingTemplate", null);
        if (inline != null) {
            return inline;
        }
        String location = p.text(which + "MappingTemplateS3Location", null);
        if (location != null) {
            return localFile(location, which.toLowerCase(Locale.ROOT) + " mapping template");
        }
        return null;
    }

    private String localFile(String location, String what) {
        if (location.startsWith("s3://") || location.startsWith("https://")) {
            throw new InvalidApiException("The " + what + " is at " + location
                    + ", which Lockstep cannot fetch: keep it" + " inline or as a path relative to " + base + ".");
        }
        return ApiFiles.read(base.resolve(location));
    }

    private DataSource dataSource(String id) {
        Properties p = properties(id);
        String name = p.text("Name", id);
        String type = p.text("Type", "");
        String where = "data source " + name + " (" + id + ")";
        switch (type) {
            case "NONE":
                return DataSource.none(name);
            case "AMAZON_DYNAMODB": {
                String table = p.nested("DynamoDBConfig").text("TableName", null);
                if (table == null) {
                    throw new InvalidApiException(where + " has no DynamoDBConfig.TableName.");
                }
                URI endpoint = options.dynamoDbEndpoint();
                if (endpoint == null) {
                    throw new MissingConnectionException(
                            Service.DYNAMODB,
                            where + " needs a DynamoDB endpoint",
                            "LoadOptions.withDynamoDbEndpoint(...)");
                }
                return DataSource.dynamoDb(name, table, endpoint);
            }
            case "AWS_LAMBDA": {
                Properties config = p.nested("LambdaConfig");
                String arn = config.text("LambdaFunctionArn", null);
                String functionName = arn != null && arn.contains(":function:")
                        ? arn.substring(arn.indexOf(":function:") + ":function:".length())
                        : arn;
                String logicalId = logicalIdOf(config.raw("LambdaFunctionArn"));
                LambdaHandler handler = first(functionName, logicalId, name, id);
                if (handler != null) {
                    return DataSource.lambda(name, handler);
                }
                if (options.lambdaClient() != null && arn != null) {
                    return DataSource.lambda(name, arn, options.lambdaClient());
                }
                throw new MissingConnectionException(
                        Service.LAMBDA,
                        where + " calls Lambda function " + functionName,
                        "give a handler with LoadOptions.withLambda(\"" + functionName
                                + "\", handler) or a LambdaClient");
            }
            case "HTTP": {
                Properties config = p.nested("HttpConfig");
                String endpoint = config.text("Endpoint", null);
                String signingService = config.nested("AuthorizationConfig")
                        .nested("AwsIamConfig")
                        .text("SigningServiceName", null);
                if ("states".equals(signingService) || (endpoint != null && endpoint.contains("states."))) {
                    if (options.engine() == null) {
                        throw new MissingConnectionException(
                                Service.STEP_FUNCTIONS,
                                where + " calls Step Functions",
                                "give the engine that runs it with LoadOptions.withEngine(engine)");
                    }
                    return DataSource.stepFunctions(name, options.engine());
                }
                if (endpoint == null) {
                    throw new InvalidApiException(where + " has no HttpConfig.Endpoint.");
                }
                return DataSource.http(name, endpoint);
            }
            default:
                throw new InvalidApiException(
                        where + " has type '" + type
                                + "': Lockstep supports NONE, AWS_LAMBDA, AMAZON_DYNAMODB and HTTP (including Step Functions).");
        }
    }

    private LambdaHandler first(String... keys) {
        for (String key : keys) {
            if (key != null && options.lambdaHandlers().containsKey(key)) {
                return options.lambdaHandlers().get(key);
            }
        }
        return null;
    }

    /** A pipeline's function: by the Name of the FunctionConfiguration its FunctionId points at, else as written. */
    private String functionName(JsonNode reference, String where) {
        String logicalId = logicalIdOf(reference);
        if (logicalId != null && resources.path(logicalId).isObject()) {
            return properties(logicalId).text("Name", logicalId);
        }
        return resolver.text(reference, where);
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at, or null. */
    private static String logicalIdOf(JsonNode reference) {
        if (reference.path("Ref").isTextual()) {
            return reference.get("Ref").asText();
        }
        JsonNode att = reference.path("Fn::GetAtt");
        if (att.isArray() && att.size() > 0) {
            return att.get(0).asText();
        }
        if (att.isTextual()) {
            String text = att.asText();
            return text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        }
        return null;
    }

    private List<String> ofType(String type) {
        List<String> ids = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = resources.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> resource = fields.next();
            if (type.equals(resource.getValue().path("Type").asText())) {
                ids.add(resource.getKey());
            }
        }
        return ids;
    }

    private Properties properties(String id) {
        return new Properties(resources.path(id).path("Properties"), "/Resources/" + id + "/Properties");
    }

    /** A resource's properties (or a property's object), read with intrinsics resolved. */
    private final class Properties {
        private final JsonNode node;
        private final String pointer;

        Properties(JsonNode node, String pointer) {
            this.node = node;
            this.pointer = pointer;
        }

        String where(String name) {
            return pointer + "/" + name;
        }

        JsonNode raw(String name) {
            return node.path(name);
        }

        boolean has(String name) {
            return !node.path(name).isMissingNode() && !node.path(name).isNull();
        }

        /** A property's value as text, intrinsics resolved; {@code fallback} when it is absent. */
        String text(String name, String fallback) {
            if (!has(name)) {
                return fallback;
            }
            String value = resolver.text(node.get(name), where(name));
            return value == null ? fallback : value;
        }

        /** A whole-number property, or 0 when it is absent or not a number. */
        int number(String name) {
            JsonNode value = node.path(name);
            if (value.isNumber()) {
                return value.intValue();
            }
            String text = text(name, null);
            return text != null && text.matches("\\d{1,9}") ? Integer.parseInt(text) : 0;
        }

        Properties nested(String name) {
            return new Properties(node.path(name), where(name));
        }
    }
}
