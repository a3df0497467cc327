package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.fixtures.RealServices;
import dev.lockstep.graphql.LoadOptions;
import dev.lockstep.graphql.MissingConnectionException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Real-service mode for {@code run} and {@code serve}: {@code --endpoint [SERVICE=]URL}, and for {@code serve} the
 * endpoint variables of Step Functions Local ({@code LAMBDA_ENDPOINT}, {@code SQS_ENDPOINT} ...; developer guide:
 * "Setting configuration options for Step Functions Local"). A Task state that no mock answers calls the service at
 * its endpoint, as Step Functions Local calls the configured endpoint for states a test case does not mock (developer
 * guide: "Using mocked service integrations"). The calls go through {@link RealServices}.
 */
final class RealServiceOptions {

    /** The services called for real, by the name {@code --endpoint} takes, with the Task resources that call each. */
    private static final Map<String, List<String>> RESOURCES = Map.of(
            "lambda",
            List.of("arn:aws*:lambda:*:function:*", "arn:aws*:states:::lambda:*", "arn:aws*:states:::aws-sdk:lambda:*"),
            "sqs",
            List.of("arn:aws*:states:::sqs:*", "arn:aws*:states:::aws-sdk:sqs:*"),
            "sns",
            List.of("arn:aws*:states:::sns:*", "arn:aws*:states:::aws-sdk:sns:*"),
            "dynamodb",
            List.of("arn:aws*:states:::dynamodb:*", "arn:aws*:states:::aws-sdk:dynamodb:*"),
            "events",
            List.of("arn:aws*:states:::events:*", "arn:aws*:states:::aws-sdk:eventbridge:*"));

    private static final List<String> SERVICES = List.of("lambda", "sqs", "sns", "dynamodb", "events");

    /** Step Functions Local's variables for the services called for real ({@code EVENTBRIDGE_ENDPOINT} is ours). */
    private static final Map<String, String> VARIABLES = Map.of(
            "LAMBDA_ENDPOINT", "lambda",
            "SQS_ENDPOINT", "sqs",
            "SNS_ENDPOINT", "sns",
            "DYNAMODB_ENDPOINT", "dynamodb",
            "EVENTBRIDGE_ENDPOINT", "events");

    /** Step Functions Local's variables for services Lockstep does not call, and what to do instead. */
    private static final Map<String, String> NOT_CALLED = Map.of(
            "BATCH_ENDPOINT", "mock Batch tasks in the MockConfigFile",
            "ECS_ENDPOINT", "mock ECS tasks in the MockConfigFile",
            "GLUE_ENDPOINT", "mock Glue tasks in the MockConfigFile",
            "SAGE_MAKER_ENDPOINT", "mock SageMaker tasks in the MockConfigFile",
            "STEP_FUNCTIONS_ENDPOINT", "states:startExecution runs the child execution on this server's own engine");

    /** The placeholder credentials for endpoints that accept any (LocalStack, a local emulator). */
    private static final AwsBasicCredentials PLACEHOLDER = AwsBasicCredentials.create("lockstep", "lockstep");

    @Option(
            names = "--endpoint",
            paramLabel = "[SERVICE=]URL",
            description = {
                "Task states no mock answers call this endpoint for real: SERVICE is lambda, sqs, sns, dynamodb or"
                        + " events (EventBridge); without SERVICE= every one of them (e.g. LocalStack's"
                        + " http://localhost:4566). Repeat for several. Credentials: the AWS SDK's default chain,"
                        + " else placeholder ones."
            })
    List<String> endpoints = new ArrayList<>();

    /** What {@code --endpoint} and the variables ask for: an endpoint for every service, and one per service. */
    record Endpoints(URI all, Map<String, URI> byService) {

        boolean isEmpty() {
            return all == null && byService.isEmpty();
        }

        /** The endpoint {@code service} is called at, or null when it is not called for real. */
        URI of(String service) {
            return byService.getOrDefault(service, all);
        }
    }

    /**
     * The endpoints of the {@code --endpoint} options.
     *
     * @throws IllegalArgumentException with the line to print when an option is malformed
     */
    Endpoints endpoints() {
        return endpoints(Map.of());
    }

    /**
     * The endpoints of the {@code --endpoint} options and, for services those do not name, of Step Functions Local's
     * variables in {@code environment}. Variables of services Lockstep does not call are reported on {@code warnings}.
     *
     * @throws IllegalArgumentException with the line to print when an option or a variable is malformed
     */
    Endpoints endpoints(Function<String, String> environment, PrintWriter warnings) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : new java.util.TreeSet<>(VARIABLES.keySet())) {
            variables.put(name, environment.apply(name));
        }
        for (String name : new java.util.TreeSet<>(NOT_CALLED.keySet())) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                warnings.println("lockstep serve: ignoring " + name + ": Lockstep calls Lambda, SQS, SNS, DynamoDB"
                        + " and EventBridge for real; " + NOT_CALLED.get(name) + ".");
            }
        }
        return endpoints(variables);
    }

    private Endpoints endpoints(Map<String, String> variables) {
        URI all = null;
        Map<String, URI> byService = new LinkedHashMap<>();
        for (String option : endpoints) {
            int equals = option.indexOf('=');
            if (equals < 0) {
                all = uri(option, "--endpoint");
                continue;
            }
            String service = serviceName(option.substring(0, equals));
            byService.put(service, uri(option.substring(equals + 1), "--endpoint " + service));
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String service = VARIABLES.get(variable.getKey());
            String value = variable.getValue();
            if (value != null && !value.isBlank() && !byService.containsKey(service) && all == null) {
                byService.put(service, uri(value.strip(), variable.getKey()));
            }
        }
        return new Endpoints(all, Map.copyOf(byService));
    }

    private static String serviceName(String given) {
        String service = given.strip().toLowerCase(Locale.ROOT);
        if (service.equals("eventbridge")) {
            return "events";
        }
        if (!RESOURCES.containsKey(service)) {
            throw new IllegalArgumentException("--endpoint names a service Lockstep does not call: '" + given
                    + "'; give lambda, sqs, sns, dynamodb or events (EventBridge), e.g. --endpoint"
                    + " sqs=http://localhost:4566, or a URL alone for every one of them. Mock other services' tasks"
                    + " in the MockConfigFile.");
        }
        return service;
    }

    private static URI uri(String text, String where) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                where + " expects an http or https URL such as http://localhost:4566; got '" + text + "'");
    }

    /**
     * The credentials the calls sign with: {@code preferred} when given, else the AWS SDK's default chain (environment,
     * profile, container, instance), else placeholder credentials, which local endpoints accept.
     */
    static AwsCredentialsProvider credentials(AwsCredentialsProvider preferred) {
        if (preferred != null) {
            return preferred;
        }
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(
                        DefaultCredentialsProvider.builder().build(), StaticCredentialsProvider.create(PLACEHOLDER))
                .build();
    }

    /**
     * Registers, on {@code engine}, real-service handlers for the Task states of every service with an endpoint. Task
     * states a MockConfigFile test case mocks keep their mocked responses: the engine asks its handlers only for the
     * others. Returns the handler, for the caller to close with the engine, or null when no endpoint was given.
     */
    static RealServices register(
            Engine engine, Endpoints endpoints, String region, AwsCredentialsProvider credentials) {
        if (endpoints.isEmpty()) {
            return null;
        }
        RealServices.Builder builder = RealServices.builder().region(region).credentials(credentials);
        if (endpoints.all() != null) {
            builder.endpoint(endpoints.all());
        }
        endpoints.byService().forEach(builder::endpoint);
        RealServices services = builder.build();
        TaskHandlers tasks = engine.tasks();
        for (String service : SERVICES) {
            if (endpoints.of(service) != null) {
                RESOURCES.get(service).forEach(pattern -> tasks.register(TaskMatcher.resource(pattern), services));
            }
        }
        return services;
    }

    /**
     * {@code options} with the DynamoDB endpoint and a Lambda client for the GraphQL API's data sources, where
     * endpoints for them were given. DynamoDB data sources sign with placeholder credentials in us-east-1:
     * LoadOptions takes an endpoint for them, not a client.
     */
    static LoadOptions graphql(
            LoadOptions options,
            Endpoints endpoints,
            String region,
            AwsCredentialsProvider credentials,
            List<AutoCloseable> resources) {
        LoadOptions result = options;
        URI dynamoDb = endpoints.of("dynamodb");
        if (dynamoDb != null) {
            result = result.withDynamoDbEndpoint(dynamoDb);
        }
        URI lambda = endpoints.of("lambda");
        if (lambda != null) {
            LambdaClient client = LambdaClient.builder()
                    .endpointOverride(lambda)
                    .region(Region.of(region))
                    .credentialsProvider(credentials)
                    // A function may run for 15 minutes.
                    .httpClient(UrlConnectionHttpClient.builder()
                            .socketTimeout(Duration.ofMinutes(15))
                            .build())
                    .build();
            resources.add(client);
            result = result.withLambdaClient(client);
        }
        return result;
    }

    /**
     * A GraphQL loading error as the command line says it: a data source that cannot be connected gets the option and
     * variable that connect it, not the Java API's advice.
     */
    static String graphqlProblem(RuntimeException e) {
        if (!(e instanceof MissingConnectionException missing)) {
            return e.getMessage();
        }
        return switch (missing.service()) {
            case LAMBDA -> missing.problem() + ": give its endpoint with --endpoint lambda=URL (or LAMBDA_ENDPOINT).";
            case DYNAMODB -> missing.problem() + ": give it with --endpoint dynamodb=URL (or DYNAMODB_ENDPOINT).";
            // lockstep serve always hands its engine to the API, so this is not reached from the command line.
            case STEP_FUNCTIONS -> e.getMessage();
        };
    }
}
