package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.StateMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Intrinsic functions in an API's template resolve as they do in the JUnit extension's templates (one resolver for
 * both), and a template Lockstep cannot resolve is an {@link InvalidApiException} that says where and what to do, never
 * a raw Java exception. Return values from the CloudFormation template reference: AWS::Serverless::StateMachine's Ref
 * is the state machine's ARN, named by its Name property (SAM specification).
 */
class TemplateIntrinsicsTest {

    final Engine engine = Engine.create();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void a_sam_state_machine_is_referenced_by_its_name_property_not_its_logical_id() throws IOException {
        StateMachine orders =
                engine.deploy("Orders", "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}");
        Path template = write("""
                Resources:
                  Api:
                    Type: AWS::AppSync::GraphQLApi
                    Properties: {Name: workflows}
                  Schema:
                    Type: AWS::AppSync::GraphQLSchema
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      Definition: "type Query { ok: String } type Mutation { start(id: ID!): String }"
                  OrdersWorkflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Name: Orders
                  Workflows:
                    Type: AWS::AppSync::DataSource
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      Name: Workflows
                      Type: HTTP
                      HttpConfig:
                        Endpoint: !Sub "https://states.${AWS::Region}.amazonaws.com/"
                  StartResolver:
                    Type: AWS::AppSync::Resolver
                    Properties:
                      ApiId: !GetAtt Api.ApiId
                      TypeName: Mutation
                      FieldName: start
                      DataSourceName: !GetAtt Workflows.Name
                      RequestMappingTemplate: !Sub |
                        {"version": "2018-05-29", "method": "POST", "resourcePath": "/",
                         "params": {"headers": {"content-type": "application/x-amz-json-1.0",
                                                "x-amz-target": "AWSStepFunctions.StartExecution"},
                                    "body": {"stateMachineArn": "${OrdersWorkflow}",
                                             "input": $util.toJson($util.toJson($ctx.args))}}}
                      ResponseMappingTemplate: $util.toJson($util.parseJson($ctx.result.body).executionArn)
                """);

        GraphQlApi api = GraphQlApi.load(template, LoadOptions.defaults().withEngine(engine));
        GraphQlResponse response = api.execute("mutation { start(id: \"7\") }");

        assertThat(orders.executions()).hasSize(1);
        assertThat(response.data().get("start").asText())
                .isEqualTo(orders.executions().get(0).arn());
    }

    /** Malformed intrinsics, as the API's Name; what follows the JSON pointer in the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                    {"Fn::Join": "orders"}                     | has Fn::Join "orders"; expected [delimiter, [values]]
                    {"Fn::Join": ["-", "orders"]}              | has Fn::Join whose values are not a list: "orders"
                    {"Fn::Join": ["-", [{"a": 1}]]}            | has a Fn::Join argument that is not a string: {"a":1}
                    {"Fn::Select": ["2", ["a", "b"]]}          | has Fn::Select index 2 outside ["a","b"]
                    {"Fn::Select": ["first", ["a", "b"]]}      | has Fn::Select index 'first', which is not a whole number from 0
                    {"Fn::Select": ["0"]}                      | has Fn::Select ["0"]; expected [index, [values]]
                    {"Fn::GetAtt": "Api"}                      | has Fn::GetAtt "Api"; expected [LogicalId, Attribute] or "LogicalId.Attribute"
                    {"Fn::If": ["Prod", "a", "b"]}             | uses Fn::If, which Lockstep does not evaluate: write the value it stands for instead, or a Ref to a parameter supplied with LoadOptions.withParameter("...", "...")
                    """)
    void a_malformed_intrinsic_is_an_invalid_api_that_says_what_was_expected(String name, String problem)
            throws IOException {
        Path template = apiNamed(name);

        assertThatThrownBy(() -> GraphQlApi.load(template))
                .isInstanceOf(InvalidApiException.class)
                .hasMessage(template + " at /Resources/Api/Properties/Name " + problem);
    }

    @Test
    void an_unknown_reference_is_an_invalid_api_that_says_how_to_supply_it() throws IOException {
        Path template = apiNamed("{\"Ref\": \"ApiName\"}");

        assertThatThrownBy(() -> GraphQlApi.load(template))
                .isInstanceOf(InvalidApiException.class)
                .hasMessage(template + " at /Resources/Api/Properties/Name references ApiName, which is neither a"
                        + " parameter, a resource nor a pseudo parameter of the template: supply it with"
                        + " LoadOptions.withParameter(\"ApiName\", \"...\")");
        assertThat(GraphQlApi.load(template, LoadOptions.defaults().withParameter("ApiName", "orders"))
                        .name())
                .isEqualTo("orders");
    }

    @Test
    void an_unknown_attribute_is_an_invalid_api_instead_of_text() throws IOException {
        Path template = apiNamed("{\"Fn::GetAtt\": [\"Api\", \"Nickname\"]}");

        assertThatThrownBy(() -> GraphQlApi.load(template))
                .isInstanceOf(InvalidApiException.class)
                .hasMessage(template + " at /Resources/Api/Properties/Name has Fn::GetAtt Api.Nickname of a"
                        + " AWS::AppSync::GraphQLApi, which Lockstep cannot guess: supply it with"
                        + " LoadOptions.withParameter(\"Api.Nickname\", \"...\")");
    }

    @Test
    void the_stack_name_is_the_template_file_name_as_in_the_extension() throws IOException {
        Path template = apiNamed("{\"Fn::Sub\": \"${AWS::StackName}-api\"}");

        assertThat(GraphQlApi.load(template).name()).isEqualTo("api-api");
    }

    /** A template whose API's Name is {@code name} (JSON), with a schema and nothing else. */
    private Path apiNamed(String name) throws IOException {
        Path file = dir.resolve("api.template.json");
        Files.writeString(file, """
                {"Resources": {
                  "Api": {"Type": "AWS::AppSync::GraphQLApi", "Properties": {"Name": %s}},
                  "Schema": {"Type": "AWS::AppSync::GraphQLSchema",
                             "Properties": {"Definition": "type Query { ok: String }"}}}}
                """.formatted(name));
        return file;
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
