package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mutation that starts a workflow, the way AppSync's tutorial "Using HTTP resolvers ... AWS Step Functions"
 * does it: an HTTP data source signed for "states", a request template that POSTs StartExecution, and a response
 * template that reads the API's JSON answer. The workflow runs on the Lockstep engine in the same JVM.
 */
class StepFunctionsDataSourceTest {

    static final String DEFINITION = """
            {"StartAt": "Ship", "States": {
              "Ship": {"Type": "Pass", "Parameters": {"orderId.$": "$.orderId", "shipped": true}, "End": true}}}
            """;

    static final String SCHEMA = """
            type Query { status(arn: String!): String }
            type Mutation {
              placeOrder(orderId: ID!): Started
              placeOrderSync(orderId: ID!): AWSJSON
              placeOrderAt(arn: String!): Started
            }
            type Started { executionArn: String startDate: Float }
            """;

    static String request(String target, String arn) {
        return """
                {
                  "version": "2018-05-29",
                  "method": "POST",
                  "resourcePath": "/",
                  "params": {
                    "headers": {
                      "content-type": "application/x-amz-json-1.0",
                      "x-amz-target": "AWSStepFunctions.%s"
                    },
                    "body": {
                      "stateMachineArn": "%s",
                      "input": "{ \\"orderId\\": \\"$ctx.args.orderId\\" }"
                    }
                  }
                }
                """.formatted(target, arn);
    }

    static final String RESPONSE = """
            #if($ctx.result.statusCode == 200)
              $ctx.result.body
            #else
              #set($body = $util.parseJson($ctx.result.body))
              $util.error($body.message, $body.__type)
            #end
            """;

    final Engine engine =
            Engine.builder().startTime(Instant.parse("2026-03-01T12:00:00Z")).build();

    @AfterEach
    void close() {
        engine.close();
    }

    GraphQlApi api(StateMachine orders, StateMachine express) {
        return GraphQlApi.builder()
                .schema(SCHEMA)
                .dataSource(DataSource.stepFunctions("Workflows", engine))
                .resolver(ResolverConfig.unit(
                        "Mutation", "placeOrder", "Workflows", request("StartExecution", orders.arn()), RESPONSE))
                .resolver(ResolverConfig.unit(
                        "Mutation",
                        "placeOrderSync",
                        "Workflows",
                        request("StartSyncExecution", express.arn()),
                        "$util.toJson($util.parseJson($ctx.result.body).output)"))
                .resolver(ResolverConfig.unit(
                        "Mutation",
                        "placeOrderAt",
                        "Workflows",
                        request("StartExecution", "$ctx.args.arn").replace("$ctx.args.orderId", "x"),
                        RESPONSE))
                .build();
    }

    @Test
    void a_mutation_starts_a_workflow_and_both_can_be_asserted() {
        StateMachine orders = engine.deploy("Orders", DEFINITION);
        StateMachine express =
                engine.deploy("OrdersExpress", StateMachineDefinition.parse(DEFINITION), StateMachineType.EXPRESS);

        GraphQlResponse response =
                api(orders, express).execute("mutation { placeOrder(orderId: \"42\") { executionArn startDate } }");

        assertThat(orders.executions()).hasSize(1);
        Execution execution = orders.executions().get(0);
        assertThat(execution.awaitCompletion().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(Json.of("{'orderId': '42', 'shipped': true}"));
        assertThat(response.data().get("placeOrder").get("executionArn").asText())
                .isEqualTo(execution.arn());
        assertThat(response.data().get("placeOrder").get("startDate").asDouble())
                .isEqualTo(1772366400.0);
    }

    @Test
    void an_api_bound_to_a_second_engine_starts_executions_there_while_the_original_keeps_the_first() {
        StateMachine orders = engine.deploy("Orders", DEFINITION);
        StateMachine express =
                engine.deploy("OrdersExpress", StateMachineDefinition.parse(DEFINITION), StateMachineType.EXPRESS);
        GraphQlApi original = api(orders, express);
        try (Engine second = Engine.builder().build()) {
            StateMachine secondOrders = second.deploy("Orders", DEFINITION);
            GraphQlApi rebound = original.withEngine(second);

            GraphQlResponse onSecond = rebound.execute("mutation { placeOrder(orderId: \"2\") { executionArn } }");
            GraphQlResponse onFirst = original.execute("mutation { placeOrder(orderId: \"1\") { executionArn } }");

            assertThat(secondOrders.executions()).singleElement().satisfies(execution -> {
                assertThat(execution.input()).isEqualTo(Json.of("{'orderId': '2'}"));
                assertThat(execution.arn())
                        .isEqualTo(
                                onSecond.data().at("/placeOrder/executionArn").asText());
            });
            assertThat(orders.executions()).singleElement().satisfies(execution -> {
                assertThat(execution.input()).isEqualTo(Json.of("{'orderId': '1'}"));
                assertThat(execution.arn())
                        .isEqualTo(onFirst.data().at("/placeOrder/executionArn").asText());
            });
        }
    }

    @Test
    void an_api_bound_to_another_engine_answers_as_the_original_does() {
        GraphQlApi original = GraphQlApi.builder()
                .schema("type Query { hello: String }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "hello",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": \"hi\"}",
                        "$util.toJson($ctx.result)"))
                .name("Greetings")
                .build();

        GraphQlApi rebound = original.withEngine(engine);

        assertThat(rebound).isNotSameAs(original);
        assertThat(rebound.name()).isEqualTo("Greetings");
        assertThat(rebound.execute("{ hello }").bodyText())
                .isEqualTo(original.execute("{ hello }").bodyText());
    }

    @Test
    void start_sync_execution_returns_the_workflows_output() {
        StateMachine orders = engine.deploy("Orders", DEFINITION);
        StateMachine express =
                engine.deploy("OrdersExpress", StateMachineDefinition.parse(DEFINITION), StateMachineType.EXPRESS);

        GraphQlResponse response = api(orders, express).execute("mutation { placeOrderSync(orderId: \"7\") }");

        assertThat(Json.of(response.data().get("placeOrderSync").asText()))
                .isEqualTo(Json.of("{'orderId': '7', 'shipped': true}"));
    }

    @Test
    void an_unknown_state_machine_comes_back_as_step_functions_error() {
        StateMachine orders = engine.deploy("Orders", DEFINITION);
        StateMachine express =
                engine.deploy("OrdersExpress", StateMachineDefinition.parse(DEFINITION), StateMachineType.EXPRESS);
        String missing = "arn:aws:states:us-east-1:123456789012:stateMachine:Missing";

        GraphQlResponse response =
                api(orders, express).execute("mutation { placeOrderAt(arn: \"" + missing + "\") { executionArn } }");

        assertThat(response.errors().get(0).get("errorType").asText())
                .isEqualTo("com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist");
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("State Machine Does Not Exist: '" + missing + "'");
    }

    @Test
    void start_sync_execution_on_a_standard_machine_is_refused_as_aws_refuses_it() {
        StateMachine orders = engine.deploy("Orders", DEFINITION);
        GraphQlApi api = GraphQlApi.builder()
                .schema(SCHEMA)
                .dataSource(DataSource.stepFunctions("Workflows", engine))
                .resolver(ResolverConfig.unit(
                        "Mutation",
                        "placeOrderAt",
                        "Workflows",
                        request("StartSyncExecution", orders.arn()).replace("$ctx.args.orderId", "x"),
                        RESPONSE))
                .build();

        GraphQlResponse response = api.execute("mutation { placeOrderAt(arn: \"\") { executionArn } }");

        assertThat(orders.executions()).isEmpty();
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("This operation is not supported by this type of state machine");
    }

    static final String WAIT_THEN_SHIP = """
            {"StartAt": "Pause", "States": {
              "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Ship"},
              "Ship": {"Type": "Pass", "End": true}}}
            """;

    /** An API whose one mutation runs StartSyncExecution on {@code machine} and answers the API's JSON body. */
    static GraphQlApi syncApi(Engine engine, StateMachine machine, java.time.Duration timeout) {
        return GraphQlApi.builder()
                .schema("type Query { q: String } type Mutation { run(orderId: ID!): AWSJSON }")
                .dataSource(DataSource.stepFunctions("Workflows", engine))
                .resolver(ResolverConfig.unit(
                        "Mutation",
                        "run",
                        "Workflows",
                        request("StartSyncExecution", machine.arn()),
                        "$ctx.result.body"))
                .timeout(timeout)
                .build();
    }

    @Test
    void start_sync_execution_on_a_manual_clock_waits_until_the_request_times_out_and_stops_the_execution() {
        try (Engine manual = Engine.builder()
                .timeMode(dev.lockstep.engine.EngineClock.TimeMode.MANUAL)
                .build()) {
            StateMachine machine =
                    manual.deploy("Waits", StateMachineDefinition.parse(WAIT_THEN_SHIP), StateMachineType.EXPRESS);

            GraphQlResponse response = syncApi(manual, machine, java.time.Duration.ofMillis(200))
                    .execute("mutation { run(orderId: \"1\") }");

            assertThat(response.data().get("run").isNull()).isTrue();
            assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("ExecutionTimeout");
            Execution execution = machine.executions().get(0).awaitCompletion(java.time.Duration.ofSeconds(5));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
        }
    }

    @Test
    void start_sync_execution_on_a_real_clock_stops_a_wait_longer_than_the_request_may_run() {
        try (Engine real = Engine.builder()
                .timeMode(dev.lockstep.engine.EngineClock.TimeMode.REAL)
                .build()) {
            StateMachine machine =
                    real.deploy("Waits", StateMachineDefinition.parse(WAIT_THEN_SHIP), StateMachineType.EXPRESS);

            GraphQlResponse response = syncApi(real, machine, java.time.Duration.ofMillis(300))
                    .execute("mutation { run(orderId: \"1\") }");

            assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("ExecutionTimeout");
            Execution execution = machine.executions().get(0).awaitCompletion(java.time.Duration.ofSeconds(5));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        }
    }

    /**
     * API reference, StartSyncExecution: status is SUCCEEDED, FAILED or TIMED_OUT, error and cause come with a
     * failure, and billingDetails give the billed duration; Express workflows are billed in 100 ms steps at 64 MB.
     */
    @Test
    void start_sync_execution_reports_a_failure_with_its_error_and_bills_the_duration_in_100_ms_steps()
            throws Exception {
        StateMachine machine = engine.deploy("Fails", StateMachineDefinition.parse("""
                        {"StartAt": "Pause", "States": {
                          "Pause": {"Type": "Wait", "Seconds": 2, "Next": "Fail"},
                          "Fail": {"Type": "Fail", "Error": "OutOfStock", "Cause": "No lamps left"}}}
                        """), StateMachineType.EXPRESS);

        GraphQlResponse response =
                syncApi(engine, machine, GraphQlApi.DEFAULT_TIMEOUT).execute("mutation { run(orderId: \"1\") }");

        com.fasterxml.jackson.databind.JsonNode body = dev.lockstep.graphql.internal.json.Values.parse(
                response.data().get("run").asText());
        assertThat(body.get("status").asText()).isEqualTo("FAILED");
        assertThat(body.get("error").asText()).isEqualTo("OutOfStock");
        assertThat(body.get("cause").asText()).isEqualTo("No lamps left");
        assertThat(body.has("output")).isFalse();
        assertThat(body.get("stopDate").asDouble() - body.get("startDate").asDouble())
                .isEqualTo(2.0);
        assertThat(body.get("billingDetails"))
                .isEqualTo(Json.of("{'billedDurationInMilliseconds': 2000, 'billedMemoryUsedInMB': 64}"));
    }
}
