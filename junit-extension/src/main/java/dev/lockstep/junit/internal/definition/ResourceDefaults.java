package dev.lockstep.junit.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Function;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for the resources state machines usually reference, in AWS's
 * formats (CloudFormation template reference, "Return values" of each resource type). Names come from the resource's
 * name property when it has one, otherwise from its logical id: AWS would generate a name with a random suffix, which
 * a test cannot know, and the logical id is what the template's author recognizes.
 */
final class ResourceDefaults {

    /** A resource as the defaults see it; {@code property} resolves a property to text, or null. */
    record Resource(
            String logicalId,
            String type,
            JsonNode properties,
            String region,
            String accountId,
            Function<String, String> property) {

        String nameOr(String nameProperty) {
            String name = nameProperty == null ? null : property.apply(nameProperty);
            return name != null && !name.isEmpty() ? name : logicalId;
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
                r.nameOr(r.type().startsWith("AWS::Serverless") ? "Name" : "StateMachineName");
            case "AWS::StepFunctions::Activity.Name" -> r.nameOr("Name");
            case "AWS::StepFunctions::Activity.Arn" -> arn(r, "states", "activity:" + r.nameOr("Name"));
            case "AWS::Events::EventBus.Arn" -> arn(r, "events", "event-bus/" + r.nameOr("Name"));
            case "AWS::Events::EventBus.Name" -> r.nameOr("Name");
            case "AWS::Logs::LogGroup.Arn" -> arn(r, "logs", "log-group:" + r.nameOr("LogGroupName") + ":*");
            default -> null;
        };
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
        String nameProperty = r.type().startsWith("AWS::Serverless") ? "Name" : "StateMachineName";
        return arn(r, "states", "stateMachine:" + r.nameOr(nameProperty));
    }
}
