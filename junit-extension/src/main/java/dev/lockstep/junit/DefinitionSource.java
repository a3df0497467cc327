package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.StateMachineType;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a state machine comes from: a classpath resource or a file, holding a definition or a template, and how to
 * deploy it. Immutable; {@link StateMachine @StateMachine} and {@link LockstepExtension.Builder#stateMachine} make
 * these.
 *
 * @param location the classpath resource or file path
 * @param onClasspath whether {@code location} is a classpath resource (true) or a file (false)
 * @param name the name to deploy under, or null for the default
 * @param select for templates with several state machines, the one to deploy, or null for all
 * @param type the type of a plain definition
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DefinitionSource(
        String location, boolean onClasspath, String name, String select, StateMachineType type) {

    public DefinitionSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        name = blankToNull(name);
        select = blankToNull(select);
    }

    /** A classpath resource, e.g. {@code "workflows/orders.asl.json"}. */
    public static DefinitionSource classpath(String resource) {
        return new DefinitionSource(resource, true, null, null, StateMachineType.STANDARD);
    }

    /** A file, e.g. {@code "infra/cdk.out/OrdersStack.template.json"}. */
    public static DefinitionSource file(String path) {
        return new DefinitionSource(path, false, null, null, StateMachineType.STANDARD);
    }

    /** The same source deployed under {@code newName}. */
    public DefinitionSource named(String newName) {
        return new DefinitionSource(location, onClasspath, newName, select, type);
    }

    /** The same source, keeping only the template's state machine {@code logicalIdOrName}. */
    public DefinitionSource selecting(String logicalIdOrName) {
        return new DefinitionSource(location, onClasspath, name, logicalIdOrName, type);
    }

    /** The same source deployed as {@code newType}. */
    public DefinitionSource ofType(StateMachineType newType) {
        return new DefinitionSource(location, onClasspath, name, select, newType);
    }

    /** As people write it: {@code classpath:orders.asl.json} or {@code file:infra/template.yaml}. */
    @Override
    public String toString() {
        return (onClasspath ? "classpath:" : "file:") + location + (select == null ? "" : "#" + select);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
