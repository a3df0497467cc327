package dev.lockstep.graphql.internal.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resolver both template readers share. Return values from the CloudFormation template reference
 * (AWS::StepFunctions::StateMachine: Ref is the ARN, Fn::GetAtt Name the name); AWS::NoValue removes the property it
 * stands for (CloudFormation user guide: "Pseudo parameters reference").
 */
class TemplateResolverTest {

    static final String CDK_TEMPLATE = """
            {"Resources": {
              "Child1A2B3C": {"Type": "AWS::StepFunctions::StateMachine",
                              "Properties": {"DefinitionString": "{}"},
                              "Metadata": {"aws:cdk:path": "Stack/Child/Resource"}},
              "Named4D5E6F": {"Type": "AWS::StepFunctions::StateMachine",
                              "Properties": {"StateMachineName": {"Fn::Sub": "${AWS::StackName}-named"}},
                              "Metadata": {"aws:cdk:path": "Stack/Named/Resource"}},
              "Plain": {"Type": "AWS::Serverless::StateMachine", "Properties": {}},
              "Sam": {"Type": "AWS::Serverless::StateMachine", "Properties": {"Name": "Orders"}}}}
            """;

    @Test
    void a_state_machine_is_named_by_its_name_then_its_construct_id_then_its_logical_id() throws IOException {
        TemplateResolver resolver = resolver(CDK_TEMPLATE);

        assertThat(resolver.stateMachineNames("Named4D5E6F").name()).isEqualTo("Stack-named");
        assertThat(resolver.stateMachineNames("Named4D5E6F").aliases())
                .containsExactly("Named4D5E6F", "Named", "Stack-named");
        assertThat(resolver.stateMachineNames("Child1A2B3C").name()).isEqualTo("Child");
        assertThat(resolver.stateMachineNames("Plain").name()).isEqualTo("Plain");
        assertThat(resolver.stateMachineNames("Sam").name()).isEqualTo("Orders");
    }

    @Test
    void ref_and_get_att_name_a_state_machine_as_it_is_deployed() throws IOException {
        TemplateResolver resolver = resolver(CDK_TEMPLATE);

        assertThat(resolver.ref("Child1A2B3C", "/x"))
                .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Child");
        assertThat(resolver.attribute("Child1A2B3C", "Arn", "/x"))
                .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Child");
        assertThat(resolver.attribute("Child1A2B3C", "Name", "/x")).isEqualTo("Child");
        assertThat(resolver.ref("Sam", "/x")).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Orders");
    }

    @Test
    void no_value_removes_the_property_or_list_item_it_stands_for() throws IOException {
        TemplateResolver resolver = resolver(CDK_TEMPLATE);

        JsonNode resolved = resolver.resolve(
                TemplateTree.read("{\"Keep\": 1, \"Drop\": {\"Ref\": \"AWS::NoValue\"},"
                        + " \"List\": [\"a\", {\"Ref\": \"AWS::NoValue\"}, \"b\"]}"),
                "/Definition");

        assertThat(resolved).isEqualTo(TemplateTree.read("{\"Keep\": 1, \"List\": [\"a\", \"b\"]}"));
        assertThat(resolver.text(TemplateTree.read("{\"Ref\": \"AWS::NoValue\"}"), "/Name"))
                .isNull();
    }

    @Test
    void a_function_lockstep_does_not_evaluate_says_how_the_caller_supplies_a_value() throws IOException {
        TemplateResolver resolver = resolver(CDK_TEMPLATE);

        assertThatThrownBy(() -> resolver.resolve(TemplateTree.read("{\"Fn::If\": [\"Prod\", \"a\", \"b\"]}"), "/P"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Stack.template.json at /P uses Fn::If, which Lockstep does not evaluate: write the value"
                        + " it stands for instead, or a Ref to a parameter supplied with supply(...)");
    }

    @Test
    void yaml_and_json_give_equal_trees_whole_numbers_and_short_forms_included() throws IOException {
        JsonNode yaml = TemplateTree.read("""
                Count: 3
                Big: 12345678901
                Arn: !GetAtt Queue.Arn
                Url: !Ref Queue
                """);

        assertThat(yaml)
                .isEqualTo(TemplateTree.read("{\"Count\": 3, \"Big\": 12345678901,"
                        + " \"Arn\": {\"Fn::GetAtt\": \"Queue.Arn\"}, \"Url\": {\"Ref\": \"Queue\"}}"));
    }

    private static TemplateResolver resolver(String template) throws IOException {
        return new TemplateResolver(
                TemplateTree.read(template),
                Map.of(),
                "us-east-1",
                "123456789012",
                TemplateResolver.stackName("cdk.out/Stack.template.json"),
                "Stack.template.json",
                name -> "supply(" + name + ")");
    }
}
