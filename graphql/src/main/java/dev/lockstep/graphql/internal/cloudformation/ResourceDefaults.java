package dev.lockstep.graphql.internal.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Function;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for the resources state machines and AppSync APIs usually reference,
 * in AWS's formats (CloudFormation template reference, "Return values" of each resource type, e.g.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-datasource.html).
 * Names come from the resource's name property when it has one, otherwise from its logical id (state machines:
 * {@link StateMachineNames}): AWS would generate a name with a random suffix, which a test cannot know, and the
 * logical id is what the template's author recognizes.
 */
final class ResourceDefaults {

    /** A resource as the defaults see it; {@code property} resolves a property to text, or null. */
    record Resource(
            String logicalId,
            String type,
            JsonNode resource,
            String region,
            String accountId,
            Function<String, String> property) {

        String nameOr(String nameProperty) {
            String name = nameProperty == null ? null : property.apply(nameProperty);
            return name != null && !name.isEmpty() ? name : logicalId;
        }

        StateMachineNames stateMachineNames() {
            String explicit = property.apply(StateMachineNames.nameProperty(type));
            return new StateMachineNames(
                    logicalId,
                    StateMachineNames.cdkConstructId(resource),
                    explicit == null || explicit.isEmpty() ? null : explicit);
        }
    }

    private ResourceDefaults() {}

    static String ref(Resource r) {
        return switch (r.type()) {
            case "AWS::Lambda::Function", "AWS::Serverless::Function" -> r.nameOr("FunctionName");
            case "AWS::SQS::Queue" -> queueUrl(r);
            case "AWS::SNS::Topic" -> topicArn(r);
            case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> r.nameOr("TableName");
            case "AWS::S3::Bucket" -> bucketName(r);
            case "AWS::IAM::Role" -> r.nameOr("RoleName");
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> stateMachineArn(r);
            case "AWS::StepFunctions::Activity" -> arn(r, "states", "activity:" + r.nameOr("Name"));
            case "AWS::Events::EventBus" -> r.nameOr("Name");
            case "AWS::Events::Rule" -> r.nameOr("Name");
            case "AWS::Logs::LogGroup" -> r.nameOr("LogGroupName");
            case "AWS::AppSync::GraphQLApi" -> apiArn(r);
            case "AWS::AppSync::DataSource" -> dataSourceArn(r);
            case "AWS::AppSync::FunctionConfiguration" -> functionArn(r);
            default -> null;
        };
    }

    static String attribute(Resource r, String attribute) {
        return switch (r.type() + "." + attribute) {
            case "AWS::Lambda::Function.Arn", "AWS::Serverless::Function.Arn" ->
                arn(r, "lambda", "function:" + r.nameOr("FunctionName"));
            case "AWS::SQS::Queue.Arn" -> arn(r, "sqs", r.nameOr("QueueName"));
            case "AWS::SQS::Queue.QueueName" -> r.nameOr("QueueName");
            case "AWS::SQS::Queue.QueueUrl" -> queueUrl(r);
            case "AWS::SNS::Topic.TopicArn" -> topicArn(r);
            case "AWS::SNS::Topic.TopicName" -> r.nameOr("TopicName");
            case "AWS::DynamoDB::Table.Arn", "AWS::Serverless::SimpleTable.Arn" ->
                arn(r, "dynamodb", "table/" + r.nameOr("TableName"));
            case "AWS::DynamoDB::Table.StreamArn" ->
                arn(r, "dynamodb", "table/" + r.nameOr("TableName")) + "/stream/1970-01-01T00:00:00.000";
            case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + bucketName(r);
            case "AWS::S3::Bucket.DomainName" -> bucketName(r) + ".s3.amazonaws.com";
            case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + r.accountId() + ":role/" + r.nameOr("RoleName");
            case "AWS::IAM::Role.RoleId" -> "AROA" + r.logicalId().toUpperCase(Locale.ROOT);
            case "AWS::StepFunctions::StateMachine.Arn", "AWS::Serverless::StateMachine.Arn" -> stateMachineArn(r);
            case "AWS::StepFunctions::StateMachine.Name", "AWS::Serverless::StateMachine.Name" ->
                r.stateMachineNames().name();
            case "AWS::StepFunctions::Activity.Name" -> r.nameOr("Name");
            case "AWS::StepFunctions::Activity.Arn" -> arn(r, "states", "activity:" + r.nameOr("Name"));
            case "AWS::Events::EventBus.Arn" -> arn(r, "events", "event-bus/" + r.nameOr("Name"));
            case "AWS::Events::EventBus.Name" -> r.nameOr("Name");
            case "AWS::Logs::LogGroup.Arn" -> arn(r, "logs", "log-group:" + r.nameOr("LogGroupName") + ":*");
            case "AWS::AppSync::GraphQLApi.ApiId" -> r.logicalId();
            case "AWS::AppSync::GraphQLApi.Arn" -> apiArn(r);
            case "AWS::AppSync::GraphQLApi.GraphQLUrl" ->
                "https://" + r.logicalId() + ".appsync-api." + r.region() + ".amazonaws.com/graphql";
            case "AWS::AppSync::DataSource.DataSourceArn" -> dataSourceArn(r);
            case "AWS::AppSync::DataSource.Name" -> r.nameOr("Name");
            case "AWS::AppSync::FunctionConfiguration.FunctionId" -> r.logicalId();
            case "AWS::AppSync::FunctionConfiguration.FunctionArn" -> functionArn(r);
            case "AWS::AppSync::FunctionConfiguration.Name" -> r.nameOr("Name");
            case "AWS::AppSync::FunctionConfiguration.DataSourceName" ->
                r.property().apply("DataSourceName");
            case "AWS::AppSync::ApiKey.ApiKey" -> apiKey(r.logicalId());
            default -> null;
        };
    }

    /** The key an ApiKey resource stands for here: {@code da2-} and its logical id, in lower case. */
    static String apiKey(String logicalId) {
        return "da2-" + logicalId.toLowerCase(Locale.ROOT);
    }

    private static String arn(Resource r, String service, String resource) {
        return "arn:aws:" + service + ":" + r.region() + ":" + r.accountId() + ":" + resource;
    }

    private static String queueUrl(Resource r) {
        return "https://sqs." + r.region() + ".amazonaws.com/" + r.accountId() + "/" + r.nameOr("QueueName");
    }

    private static String topicArn(Resource r) {
        return arn(r, "sns", r.nameOr("TopicName"));
    }

    private static String bucketName(Resource r) {
        return r.nameOr("BucketName").toLowerCase(Locale.ROOT);
    }

    private static String stateMachineArn(Resource r) {
        return arn(r, "states", "stateMachine:" + r.stateMachineNames().name());
    }

    private static String apiArn(Resource r) {
        return arn(r, "appsync", "apis/" + r.logicalId());
    }

    /** The API a data source or function belongs to: its ApiId property, usually {@code !GetAtt Api.ApiId}. */
    private static String apiIdOf(Resource r) {
        String apiId = r.property().apply("ApiId");
        return apiId != null && !apiId.isEmpty() ? apiId : "api";
    }

    private static String dataSourceArn(Resource r) {
        return arn(r, "appsync", "apis/" + apiIdOf(r) + "/datasources/" + r.nameOr("Name"));
    }

    private static String functionArn(Resource r) {
        return arn(r, "appsync", "apis/" + apiIdOf(r) + "/functions/" + r.logicalId());
    }
}
