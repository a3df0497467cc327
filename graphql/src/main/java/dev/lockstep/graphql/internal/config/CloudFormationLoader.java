package dev.lockstep.graphql.internal.config;

import dev.lockstep.graphql.DataSource;
import dev.lockstep.graphql.FunctionConfig;
import dev.lockstep.graphql.GraphQlApi;
import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.graphql.ResolverConfig;
import dev.lockstep.graphql.spi.LambdaHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API from a CloudFormation, SAM or CDK-synthesized template: the {@code AWS::AppSync::GraphQLApi},
 * {@code GraphQLSchema}, {@code DataSource}, {@code Resolver}, {@code FunctionConfiguration} and {@code ApiKey}
 * resources, with {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join} and {@code Fn::Select} resolved
 * as CloudFormation would (physical names: the resource's name property, else its logical id). Schemas and mapping
 * templates may be inline or in local files ({@code DefinitionS3Location}, {@code *MappingTemplateS3Location} as a path).
 */
final class CloudFormationLoader {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final Map<?, ?> resources;
    private final Map<?, ?> template;
    private final Path base;
    private final LoadOptions options;
    private final String source;
    private final String region;
    private final String account;

    CloudFormationLoader(Map<?, ?> template, Path base, LoadOptions options, String source) {
        this.template = template;
        this.resources = (Map<?, ?>) template.get("Resources");
        this.base = base;
        this.options = options;
        this.source = source;
        this.region = options.parameters()
                .getOrDefault(
                        "AWS::Region",
                        options.engine() != null ? options.engine().region() : "us-east-1");
        this.account = options.parameters()
                .getOrDefault(
                        "AWS::AccountId",
                        options.engine() != null ? options.engine().accountId() : "123456789012");
    }

    GraphQlApi.Builder load() {
        List<String> apis = ofType("AWS::AppSync::GraphQLApi");
        if (apis.isEmpty()) {
            throw new InvalidApiException(source + " has no AWS::AppSync::GraphQLApi resource.");
        }
        if (apis.size() > 1) {
            throw new InvalidApiException(
                    source + " defines " + apis.size() + " GraphQL APIs (" + apis + "); load one template per API.");
        }
        String apiId = apis.get(0);
        Map<?, ?> apiProperties = properties(apiId);
        GraphQlApi.Builder builder = GraphQlApi.builder();
        builder.name(text(apiProperties.get("Name"), apiId));
        if (apiProperties.get("QueryDepthLimit") instanceof Number n && n.intValue() > 0) {
            builder.queryDepthLimit(n.intValue());
        }
        if (apiProperties.get("ResolverCountLimit") instanceof Number n && n.intValue() > 0) {
            builder.resolverCountLimit(n.intValue());
        }
        builder.schema(schema());
        List<String> keys = ofType("AWS::AppSync::ApiKey");
        if ("API_KEY".equals(text(apiProperties.get("AuthenticationType"), ""))) {
            for (String key : keys) {
                builder.apiKey(apiKeyValue(key));
            }
        }
        for (String id : ofType("AWS::AppSync::DataSource")) {
            builder.dataSource(dataSource(id));
        }
        for (String id : ofType("AWS::AppSync::FunctionConfiguration")) {
            Map<?, ?> p = properties(id);
            String name = text(p.get("Name"), id);
            checkVtl(p, "function " + name);
            builder.function(new FunctionConfig(
                    name,
                    text(p.get("DataSourceName"), null),
                    mappingTemplate(p, "Request"),
                    mappingTemplate(p, "Response"),
                    p.get("MaxBatchSize") instanceof Number n ? n.intValue() : 0));
        }
        for (String id : ofType("AWS::AppSync::Resolver")) {
            Map<?, ?> p = properties(id);
            String type = text(p.get("TypeName"), null);
            String field = text(p.get("FieldName"), null);
            checkVtl(p, "resolver " + type + "." + field);
            boolean pipeline = "PIPELINE".equals(text(p.get("Kind"), "UNIT"));
            List<String> functions = new ArrayList<>();
            if (pipeline
                    && p.get("PipelineConfig") instanceof Map<?, ?> config
                    && config.get("Functions") instanceof List<?> ids) {
                for (Object function : ids) {
                    functions.add(functionName(function));
                }
            }
            builder.resolver(new ResolverConfig(
                    type,
                    field,
                    pipeline ? ResolverConfig.Kind.PIPELINE : ResolverConfig.Kind.UNIT,
                    pipeline ? null : text(p.get("DataSourceName"), null),
                    mappingTemplate(p, "Request"),
                    mappingTemplate(p, "Response"),
                    functions,
                    p.get("MaxBatchSize") instanceof Number n ? n.intValue() : 0));
        }
        return builder;
    }

    /** The key an ApiKey resource stands for here: {@code da2-} and its logical id, in lower case. */
    static String apiKeyValue(String logicalId) {
        return "da2-" + logicalId.toLowerCase(java.util.Locale.ROOT);
    }

    private String schema() {
        List<String> schemas = ofType("AWS::AppSync::GraphQLSchema");
        if (schemas.isEmpty()) {
            throw new InvalidApiException(source + " has no AWS::AppSync::GraphQLSchema resource.");
        }
        Map<?, ?> p = properties(schemas.get(0));
        if (p.get("Definition") != null) {
            return text(p.get("Definition"), null);
        }
        if (p.get("DefinitionS3Location") != null) {
            return localFile(text(p.get("DefinitionS3Location"), null), "schema " + schemas.get(0));
        }
        throw new InvalidApiException(
                "Schema " + schemas.get(0) + " in " + source + " has neither Definition nor DefinitionS3Location.");
    }

    private void checkVtl(Map<?, ?> p, String where) {
        if (p.get("Code") != null || p.get("CodeS3Location") != null || p.get("Runtime") != null) {
            throw new InvalidApiException(where + " in " + source + " uses the APPSYNC_JS runtime, which Lockstep does"
                    + " not run yet: only VTL mapping templates are supported.");
        }
    }

    private String mappingTemplate(Map<?, ?> p, String which) {
        Object inline = p.get(which + "MappingTemplate");
        if (inline != null) {
            return text(inline, null);
        }
        Object location = p.get(which + "MappingTemplateS3Location");
        if (location != null) {
            return localFile(text(location, null), which.toLowerCase(java.util.Locale.ROOT) + " mapping template");
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
        Map<?, ?> p = properties(id);
        String name = text(p.get("Name"), id);
        String type = text(p.get("Type"), "");
        String where = "data source " + name + " (" + id + ")";
        switch (type) {
            case "NONE":
                return DataSource.none(name);
            case "AMAZON_DYNAMODB": {
                Map<?, ?> config = (Map<?, ?>) p.get("DynamoDBConfig");
                String table = text(config == null ? null : config.get("TableName"), null);
                if (table == null) {
                    throw new InvalidApiException(where + " has no DynamoDBConfig.TableName.");
                }
                URI endpoint = options.dynamoDbEndpoint();
                if (endpoint == null) {
                    throw new InvalidApiException(
                            where + " needs a DynamoDB endpoint: LoadOptions.withDynamoDbEndpoint(...).");
                }
                return DataSource.dynamoDb(name, table, endpoint);
            }
            case "AWS_LAMBDA": {
                Map<?, ?> config = (Map<?, ?>) p.get("LambdaConfig");
                String arn = text(config == null ? null : config.get("LambdaFunctionArn"), null);
                String functionName = arn != null && arn.contains(":function:")
                        ? arn.substring(arn.indexOf(":function:") + ":function:".length())
                        : arn;
                String logicalId = config == null ? null : logicalIdOf(config.get("LambdaFunctionArn"));
                LambdaHandler handler = first(functionName, logicalId, name, id);
                if (handler != null) {
                    return DataSource.lambda(name, handler);
                }
                if (options.lambdaClient() != null && arn != null) {
                    return DataSource.lambda(name, arn, options.lambdaClient());
                }
                throw new InvalidApiException(where + " calls Lambda function " + functionName
                        + ": give a handler with LoadOptions.withLambda(\"" + functionName
                        + "\", handler) or a LambdaClient.");
            }
            case "HTTP": {
                Map<?, ?> config = (Map<?, ?>) p.get("HttpConfig");
                String endpoint = text(config == null ? null : config.get("Endpoint"), null);
                if (signsFor(config, "states") || (endpoint != null && endpoint.contains("states."))) {
                    if (options.engine() == null) {
                        throw new InvalidApiException(where + " calls Step Functions: give the engine that runs it"
                                + " with LoadOptions.withEngine(engine).");
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

    private static boolean signsFor(Map<?, ?> httpConfig, String service) {
        if (httpConfig != null
                && httpConfig.get("AuthorizationConfig") instanceof Map<?, ?> auth
                && auth.get("AwsIamConfig") instanceof Map<?, ?> iam) {
            return service.equals(String.valueOf(iam.get("SigningServiceName")));
        }
        return false;
    }

    private String functionName(Object reference) {
        String logicalId = logicalIdOf(reference);
        if (logicalId != null && resources.containsKey(logicalId)) {
            return text(properties(logicalId).get("Name"), logicalId);
        }
        return text(reference, null);
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at, or null. */
    private static String logicalIdOf(Object reference) {
        if (reference instanceof Map<?, ?> map) {
            if (map.get("Ref") != null) {
                return String.valueOf(map.get("Ref"));
            }
            if (map.get("Fn::GetAtt") instanceof List<?> att && !att.isEmpty()) {
                return String.valueOf(att.get(0));
            }
            if (map.get("Fn::GetAtt") instanceof String att) {
                return att.contains(".") ? att.substring(0, att.indexOf('.')) : att;
            }
        }
        return null;
    }

    private List<String> ofType(String type) {
        List<String> ids = new ArrayList<>();
        resources.forEach((id, resource) -> {
            if (resource instanceof Map<?, ?> r && type.equals(r.get("Type"))) {
                ids.add(String.valueOf(id));
            }
        });
        return ids;
    }

    private Map<?, ?> properties(String id) {
        Object resource = resources.get(id);
        if (resource instanceof Map<?, ?> r && r.get("Properties") instanceof Map<?, ?> p) {
            return p;
        }
        return Map.of();
    }

    /** A property's value as text, intrinsics resolved. */
    private String text(Object value, String fallback) {
        Object resolved = resolve(value);
        return resolved == null ? fallback : String.valueOf(resolved);
    }

    private Object resolve(Object value) {
        if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
            return value;
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        String function = String.valueOf(entry.getKey());
        Object argument = entry.getValue();
        return switch (function) {
            case "Ref" -> ref(String.valueOf(argument));
            case "Fn::GetAtt" -> {
                List<?> parts = argument instanceof List<?> list
                        ? list
                        : List.of(String.valueOf(argument).split("\\.", 2));
                yield getAtt(String.valueOf(parts.get(0)), String.valueOf(resolve(parts.get(1))));
            }
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> {
                List<?> parts = (List<?>) argument;
                List<String> items = new ArrayList<>();
                Object values = resolve(parts.get(1));
                if (values instanceof List<?> list) {
                    list.forEach(item -> items.add(String.valueOf(resolve(item))));
                }
                yield String.join(String.valueOf(parts.get(0)), items);
            }
            case "Fn::Select" -> {
                List<?> parts = (List<?>) argument;
                Object list = resolve(parts.get(1));
                int index = Integer.parseInt(String.valueOf(resolve(parts.get(0))));
                yield list instanceof List<?> l ? resolve(l.get(index)) : null;
            }
            default -> value;
        };
    }

    private Object ref(String name) {
        if (options.parameters().containsKey(name)) {
            return options.parameters().get(name);
        }
        switch (name) {
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return account;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return "lockstep";
            case "AWS::NoValue":
                return null;
            default:
                break;
        }
        if (template.get("Parameters") instanceof Map<?, ?> parameters
                && parameters.get(name) instanceof Map<?, ?> parameter) {
            return parameter.get("Default");
        }
        Object resource = resources.get(name);
        if (!(resource instanceof Map<?, ?> r)) {
            return name;
        }
        String type = String.valueOf(r.get("Type"));
        Map<?, ?> p = properties(name);
        return switch (type) {
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> text(p.get("TableName"), name);
            case "AWS::Lambda::Function", "AWS::Serverless::Function" -> text(p.get("FunctionName"), name);
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> stateMachineArn(name);
            case "AWS::AppSync::GraphQLApi" -> "arn:aws:appsync:" + region + ":" + account + ":apis/" + name;
            case "AWS::AppSync::DataSource" ->
                "arn:aws:appsync:" + region + ":" + account + ":apis/api/datasources/" + text(p.get("Name"), name);
            case "AWS::AppSync::FunctionConfiguration" ->
                "arn:aws:appsync:" + region + ":" + account + ":apis/api/functions/" + name;
            default -> name;
        };
    }

    private Object getAtt(String id, String attribute) {
        Object resource = resources.get(id);
        if (!(resource instanceof Map<?, ?> r)) {
            return id + "." + attribute;
        }
        String type = String.valueOf(r.get("Type"));
        Map<?, ?> p = properties(id);
        return switch (attribute) {
            case "Arn" ->
                switch (type) {
                    case "AWS::Lambda::Function", "AWS::Serverless::Function" ->
                        "arn:aws:lambda:" + region + ":" + account + ":function:" + text(p.get("FunctionName"), id);
                    case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" ->
                        "arn:aws:dynamodb:" + region + ":" + account + ":table/" + text(p.get("TableName"), id);
                    case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> stateMachineArn(id);
                    default -> ref(id);
                };
            case "Name" -> text(p.get("Name"), text(p.get("StateMachineName"), id));
            case "ApiId", "FunctionId", "DataSourceArn", "FunctionArn" -> id;
            case "GraphQLUrl" -> "https://" + id + ".appsync-api." + region + ".amazonaws.com/graphql";
            case "ApiKey" -> apiKeyValue(id);
            default -> id + "." + attribute;
        };
    }

    private String stateMachineArn(String id) {
        String name = text(properties(id).get("StateMachineName"), id);
        return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
    }

    private String sub(Object argument) {
        String text;
        Map<?, ?> variables = Map.of();
        if (argument instanceof List<?> list) {
            text = String.valueOf(list.get(0));
            if (list.size() > 1 && list.get(1) instanceof Map<?, ?> vars) {
                variables = vars;
            }
        } else {
            text = String.valueOf(argument);
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        Map<String, Object> resolvedVariables = new LinkedHashMap<>();
        variables.forEach((k, v) -> resolvedVariables.put(String.valueOf(k), resolve(v)));
        while (m.find()) {
            String name = m.group(1);
            Object value;
            if (resolvedVariables.containsKey(name)) {
                value = resolvedVariables.get(name);
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                value = getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
            } else {
                value = ref(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        // ${!Literal} writes ${Literal}
        return out.toString().replace("${!", "${");
    }
}
