package dev.lockstep.graphql.internal.cloudformation;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The names a template's state machine goes by, and the one it is deployed under: its explicit name ({@code
 * StateMachineName}, or SAM's {@code Name}), else its CDK construct id, else its logical id. AWS would generate a name
 * with a random suffix, which a test cannot know; the construct id is what a CDK app's author wrote, the logical id
 * what a template's author wrote. Every place that names a state machine (its deployment, {@code Ref} and {@code
 * Fn::GetAtt ... Arn}/{@code Name}) asks this one rule, so a parent's {@code startExecution.sync} on {@code {"Ref":
 * "Child1A2B3C"}} reaches the machine deployed as {@code Child}.
 *
 * @param logicalId the resource's logical id
 * @param cdkId its CDK construct id, or null
 * @param explicitName its name property, resolved, or null
 */
@API(status = INTERNAL, since = "0.1.0")
public record StateMachineNames(String logicalId, String cdkId, String explicitName) {

    /** The name it is deployed under. */
    public String name() {
        return explicitName != null ? explicitName : cdkId != null ? cdkId : logicalId;
    }

    /** Every name a test may select it by, logical id first. */
    public List<String> aliases() {
        List<String> aliases = new ArrayList<>();
        aliases.add(logicalId);
        if (cdkId != null) {
            aliases.add(cdkId);
        }
        if (explicitName != null) {
            aliases.add(explicitName);
        }
        return List.copyOf(new LinkedHashSet<>(aliases));
    }

    /** The property that names a state machine of this resource type. */
    static String nameProperty(String resourceType) {
        return resourceType.startsWith("AWS::Serverless") ? "Name" : "StateMachineName";
    }

    /** CDK records each resource's construct path, e.g. {@code OrdersStack/OrderWorkflow/Resource}. */
    static String cdkConstructId(JsonNode resource) {
        String path = resource.path("Metadata").path("aws:cdk:path").asText(null);
        if (path == null || path.isEmpty()) {
            return null;
        }
        String[] parts = path.split("/");
        if (parts.length >= 2 && parts[parts.length - 1].equals("Resource")) {
            return parts[parts.length - 2];
        }
        return parts[parts.length - 1];
    }
}
