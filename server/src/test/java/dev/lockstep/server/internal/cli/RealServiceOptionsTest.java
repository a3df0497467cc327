package dev.lockstep.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.graphql.InvalidApiException;
import dev.lockstep.graphql.MissingConnectionException;
import dev.lockstep.graphql.MissingConnectionException.Service;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@code serve} reads Step Functions Local's endpoint variables (developer guide: "Setting configuration options
 * for Step Functions Local") beside its {@code --endpoint} options.
 */
class RealServiceOptionsTest {

    private final StringWriter warnings = new StringWriter();

    private RealServiceOptions.Endpoints endpoints(List<String> options, Map<String, String> environment) {
        RealServiceOptions realServices = new RealServiceOptions();
        realServices.endpoints.addAll(options);
        return realServices.endpoints(environment::get, new PrintWriter(warnings, true));
    }

    @Test
    void step_functions_locals_variables_name_the_endpoint_of_each_service() {
        RealServiceOptions.Endpoints endpoints = endpoints(
                List.of(),
                Map.of(
                        "LAMBDA_ENDPOINT", "http://localhost:3001",
                        "SQS_ENDPOINT", "http://localhost:9324",
                        "SNS_ENDPOINT", "http://localhost:9911",
                        "DYNAMODB_ENDPOINT", "http://localhost:8000",
                        "EVENTBRIDGE_ENDPOINT", "http://localhost:4010"));

        assertThat(endpoints.byService())
                .containsOnly(
                        Map.entry("lambda", URI.create("http://localhost:3001")),
                        Map.entry("sqs", URI.create("http://localhost:9324")),
                        Map.entry("sns", URI.create("http://localhost:9911")),
                        Map.entry("dynamodb", URI.create("http://localhost:8000")),
                        Map.entry("events", URI.create("http://localhost:4010")));
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void an_endpoint_option_wins_over_the_variable_of_its_service() {
        RealServiceOptions.Endpoints endpoints = endpoints(
                List.of("SQS=http://localhost:4566", "eventbridge=http://localhost:4567"),
                Map.of("SQS_ENDPOINT", "http://localhost:9324", "LAMBDA_ENDPOINT", "http://localhost:3001"));

        assertThat(endpoints.of("sqs")).isEqualTo(URI.create("http://localhost:4566"));
        assertThat(endpoints.of("events")).isEqualTo(URI.create("http://localhost:4567"));
        assertThat(endpoints.of("lambda")).isEqualTo(URI.create("http://localhost:3001"));
        assertThat(endpoints.of("sns")).isNull();
    }

    @Test
    void an_endpoint_for_every_service_leaves_the_variables_unread() {
        RealServiceOptions.Endpoints endpoints =
                endpoints(List.of("http://localhost:4566"), Map.of("SQS_ENDPOINT", "http://localhost:9324"));

        assertThat(endpoints.of("sqs")).isEqualTo(URI.create("http://localhost:4566"));
        assertThat(endpoints.of("dynamodb")).isEqualTo(URI.create("http://localhost:4566"));
    }

    @Test
    void variables_of_services_lockstep_does_not_call_are_ignored_with_a_warning_saying_what_to_do() {
        RealServiceOptions.Endpoints endpoints = endpoints(
                List.of(), Map.of("ECS_ENDPOINT", "http://localhost:5000", "STEP_FUNCTIONS_ENDPOINT", "http://x:1"));

        assertThat(endpoints.isEmpty()).isTrue();
        assertThat(warnings.toString().lines())
                .containsExactly(
                        "lockstep serve: ignoring ECS_ENDPOINT: Lockstep calls Lambda, SQS, SNS, DynamoDB and"
                                + " EventBridge for real; mock ECS tasks in the MockConfigFile.",
                        "lockstep serve: ignoring STEP_FUNCTIONS_ENDPOINT: Lockstep calls Lambda, SQS, SNS, DynamoDB"
                                + " and EventBridge for real; states:startExecution runs the child execution on this"
                                + " server's own engine.");
    }

    @Test
    void a_data_source_that_cannot_be_connected_is_explained_with_the_command_line_option() {
        MissingConnectionException lambda = new MissingConnectionException(
                Service.LAMBDA, "data source Todos calls Lambda function 'todos'", "add LoadOptions.withLambda(...)");
        MissingConnectionException dynamoDb = new MissingConnectionException(
                Service.DYNAMODB,
                "data source Items needs a DynamoDB endpoint",
                "LoadOptions.withDynamoDbEndpoint(...)");

        assertThat(RealServiceOptions.graphqlProblem(lambda))
                .isEqualTo("data source Todos calls Lambda function 'todos': give its endpoint with --endpoint"
                        + " lambda=URL (or LAMBDA_ENDPOINT).");
        assertThat(RealServiceOptions.graphqlProblem(dynamoDb))
                .isEqualTo("data source Items needs a DynamoDB endpoint: give it with --endpoint dynamodb=URL (or"
                        + " DYNAMODB_ENDPOINT).");
        assertThat(RealServiceOptions.graphqlProblem(new InvalidApiException("schema: line 3: unexpected '}'")))
                .isEqualTo("schema: line 3: unexpected '}'");
    }
}
