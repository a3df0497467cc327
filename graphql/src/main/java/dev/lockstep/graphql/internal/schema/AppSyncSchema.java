package dev.lockstep.graphql.internal.schema;

import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an AppSync schema (SDL) into an executable graphql-java schema: AppSync's scalars and directives are
 * predeclared, as the service does, and AppSync's own rules are checked (no custom scalars, no {@code AWS} prefix on
 * your types, a Query type).
 */
public final class AppSyncSchema {

    /** AppSync declares these itself; a schema uses them without declaring them. */
    private static final String AWS_DEFINITIONS = String.join(
            "\n",
            "directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION",
            "directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION",
            "directive @aws_api_key on FIELD_DEFINITION | OBJECT",
            "directive @aws_iam on FIELD_DEFINITION | OBJECT",
            "directive @aws_oidc on FIELD_DEFINITION | OBJECT",
            "directive @aws_lambda on FIELD_DEFINITION | OBJECT",
            "directive @aws_cognito_user_pools(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT",
            "directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION",
            "directive @canonical on OBJECT | FIELD_DEFINITION | INPUT_OBJECT | ENUM | UNION | INTERFACE | SCALAR",
            "directive @hidden on OBJECT | FIELD_DEFINITION | INPUT_OBJECT | ENUM | UNION | INTERFACE | SCALAR",
            "directive @renamed(to: String!) on OBJECT | FIELD_DEFINITION | INPUT_OBJECT | ENUM | UNION | INTERFACE"
                    + " | SCALAR");

    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private final TypeDefinitionRegistry registry;

    private AppSyncSchema(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Parses and checks an AppSync schema.
     *
     * @throws SchemaException with AppSync's wording when the schema is not valid
     */
    public static AppSyncSchema parse(String sdl) {
        if (sdl == null || sdl.isBlank()) {
            throw new SchemaException("The schema definition is empty: give the SDL text of the API's schema.");
        }
        TypeDefinitionRegistry registry;
        try {
            registry = new SchemaParser().parse(sdl);
        } catch (InvalidSyntaxException e) {
            throw new SchemaException(
                    "Failed to parse schema document - ensure it's a valid SDL-formatted document. " + e.getMessage());
        } catch (SchemaProblem e) {
            boolean syntax =
                    e.getErrors().stream().anyMatch(err -> err.getErrorType() == graphql.ErrorType.InvalidSyntax);
            throw new SchemaException((syntax
                            ? "Failed to parse schema document - ensure it's a valid SDL-formatted document. "
                            : "Schema validation failed. ")
                    + messages(e.getErrors()));
        }
        checkAppSyncRules(registry);
        addAwsDefinitions(registry);
        return new AppSyncSchema(registry);
    }

    private static void checkAppSyncRules(TypeDefinitionRegistry registry) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ScalarTypeDefinition> scalar : registry.scalars().entrySet()) {
            String name = scalar.getKey();
            if (!BUILT_IN_SCALARS.contains(name) && !AwsScalars.NAMES.contains(name)) {
                problems.add("Custom scalar '" + name + "' is not supported: AppSync allows only the default scalars"
                        + " and the AWS scalars (" + String.join(", ", AwsScalars.NAMES) + ").");
            }
        }
        for (TypeDefinition<?> type : registry.types().values()) {
            if (type.getName().startsWith("AWS")) {
                problems.add("Type '" + type.getName() + "' uses the reserved prefix AWS: you cannot use AWS as a"
                        + " prefix for custom types.");
            }
        }
        if (!problems.isEmpty()) {
            throw new SchemaException("Schema validation failed. " + String.join(" ", problems));
        }
        if (registry.schemaDefinition().isPresent()) {
            SchemaDefinition schema = registry.schemaDefinition().get();
            boolean hasQuery = schema.getOperationTypeDefinitions().stream()
                    .anyMatch(op -> op.getName().equals("query"));
            if (!hasQuery) {
                throw new SchemaException("A schema MUST have a 'query' operation defined.");
            }
        } else if (registry.getType("Query", ObjectTypeDefinition.class).isEmpty()) {
            throw new SchemaException("There is no top level schema object defined.");
        }
    }

    private static void addAwsDefinitions(TypeDefinitionRegistry registry) {
        TypeDefinitionRegistry aws = new SchemaParser().parse(AWS_DEFINITIONS);
        for (Definition<?> definition : aws.getDirectiveDefinitions().values()) {
            DirectiveDefinition directive = (DirectiveDefinition) definition;
            if (registry.getDirectiveDefinition(directive.getName()).isEmpty()) {
                registry.add(directive);
            }
        }
        for (String name : AwsScalars.NAMES) {
            if (!registry.scalars().containsKey(name)) {
                registry.add(ScalarTypeDefinition.newScalarTypeDefinition()
                        .name(name)
                        .build());
            }
        }
    }

    /** The type names that have fields to resolve: every object type's name, e.g. for checking resolvers. */
    public boolean hasField(String typeName, String fieldName) {
        return registry.getType(typeName, ObjectTypeDefinition.class)
                        .map(type -> type.getFieldDefinitions().stream()
                                .anyMatch(f -> f.getName().equals(fieldName)))
                        .orElse(false)
                || registry.objectTypeExtensions().getOrDefault(typeName, List.of()).stream()
                        .anyMatch(ext -> ext.getFieldDefinitions().stream()
                                .anyMatch(f -> f.getName().equals(fieldName)));
    }

    /** The object type that holds an operation's root fields, e.g. {@code Mutation}. */
    public String operationTypeName(String operation) {
        return registry.schemaDefinition()
                .flatMap(schema -> schema.getOperationTypeDefinitions().stream()
                        .filter(op -> op.getName().equals(operation))
                        .findFirst())
                .map(op -> op.getTypeName().getName())
                .orElse(Character.toUpperCase(operation.charAt(0)) + operation.substring(1));
    }

    /**
     * Builds the executable schema.
     *
     * @param fetchers the data fetcher of every field that has a resolver
     * @param defaultFetcher for fields without a resolver (reads the field from the parent's value)
     * @param typeResolver picks the concrete type of an interface or union value
     */
    public GraphQLSchema build(
            Map<FieldCoordinates, DataFetcher<?>> fetchers,
            DataFetcher<Object> defaultFetcher,
            TypeResolver typeResolver) {
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry()
                .defaultDataFetcher(graphql.schema.DataFetcherFactories.useDataFetcher(defaultFetcher));
        fetchers.forEach(code::dataFetcher);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().codeRegistry(code);
        AwsScalars.all().forEach(wiring::scalar);
        registry.types().values().forEach(type -> {
            if (type instanceof graphql.language.InterfaceTypeDefinition
                    || type instanceof graphql.language.UnionTypeDefinition) {
                wiring.type(type.getName(), builder -> builder.typeResolver(typeResolver));
            }
        });
        try {
            return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        } catch (SchemaProblem e) {
            throw new SchemaException("Schema validation failed. " + messages(e.getErrors()));
        } catch (RuntimeException e) {
            throw new SchemaException("Schema validation failed. " + e.getMessage());
        }
    }

    private static String messages(List<GraphQLError> errors) {
        List<String> messages = new ArrayList<>();
        for (GraphQLError error : errors) {
            messages.add(error.getMessage());
        }
        return String.join(" ", messages);
    }
}
