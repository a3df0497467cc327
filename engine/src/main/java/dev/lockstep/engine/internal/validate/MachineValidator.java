package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fields of a state machine: the top level, and the nested machines of Parallel branches and Map item
 * processors, whose states it hands to {@link StateValidator}.
 */
final class MachineValidator {

    /** AWS reports a definition without either as {@code These fields are required: [States, StartAt]}. */
    private static final List<String> REQUIRED = List.of("States", "StartAt");

    private static final Set<String> TOP_LEVEL_FIELDS =
            Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");
    private static final Set<String> BRANCH_FIELDS = Set.of("Comment", "StartAt", "States");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("Comment", "StartAt", "States", "ProcessorConfig");
    private static final Set<String> PROCESSOR_CONFIG_FIELDS = Set.of("Mode", "ExecutionType");

    private MachineValidator() {}

    static void validateTopLevel(JsonNode root, ValidationContext context) {
        Checks checks = context.checks;
        Location at = Location.ROOT;
        checks.required(root, at, REQUIRED);
        checks.unknownFields(root, at, TOP_LEVEL_FIELDS);
        ifPresent(root, "Comment", value -> checks.string(value, at.field("Comment")));
        ifPresent(root, "Version", value -> checks.enumeration(value, at.field("Version"), List.of("1.0")));
        // The ASL spec says only "an integer"; AWS's other duration fields stop at 99999999 seconds.
        ifPresent(
                root,
                "TimeoutSeconds",
                value -> checks.integer(value, at.field("TimeoutSeconds"), 1, Checks.MAX_SECONDS));
        ifPresent(root, "QueryLanguage", value -> queryLanguage(value, at.field("QueryLanguage"), context));
        ifPresent(root, "StartAt", value -> checks.string(value, at.field("StartAt")));
        context.machineLanguage(QueryLanguage.resolve(root.get("QueryLanguage"), QueryLanguage.JSONPATH));
        context.scopes.add(new ValidationContext.Scope(at, root.get("StartAt"), root.get("States"), true));
        ifPresent(root, "States", value -> states(value, at.field("States"), context));
    }

    /**
     * A Parallel branch ({@code processor} false) or a Map's ItemProcessor or Iterator ({@code processor} true).
     * Neither carries a QueryLanguage of its own: measured against AWS, {@code Field 'QueryLanguage' is not supported}
     * at the branch or processor.
     */
    static void validateNested(JsonNode machine, Location at, boolean processor, ValidationContext context) {
        Checks checks = context.checks;
        if (!checks.object(machine, at)) {
            return;
        }
        checks.required(machine, at, REQUIRED);
        checks.unknownFields(machine, at, processor ? PROCESSOR_FIELDS : BRANCH_FIELDS);
        ifPresent(machine, "Comment", value -> checks.string(value, at.field("Comment")));
        ifPresent(machine, "StartAt", value -> checks.string(value, at.field("StartAt")));
        if (processor) {
            ifPresent(
                    machine, "ProcessorConfig", value -> processorConfig(value, at.field("ProcessorConfig"), context));
        }
        context.scopes.add(new ValidationContext.Scope(at, machine.get("StartAt"), machine.get("States"), false));
        ifPresent(machine, "States", value -> states(value, at.field("States"), context));
    }

    /** The top-level or a state's QueryLanguage: reported against the enum at the field (measured against AWS). */
    static void queryLanguage(JsonNode value, Location at, ValidationContext context) {
        context.checks.enumeration(value, at, QueryLanguage.NAMES);
    }

    private static void states(JsonNode states, Location at, ValidationContext context) {
        if (!context.checks.object(states, at)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            StateValidator.validate(state.getKey(), state.getValue(), at.field(state.getKey()), context);
        }
    }

    /**
     * Mode INLINE or DISTRIBUTED; a distributed processor runs child executions and must say which type. A lint
     * tool quotes AWS: {@code These fields are required: [ExecutionType]} without it, and
     * {@code Field 'ExecutionType' is not supported} with an INLINE mode.
     */
    private static void processorConfig(JsonNode config, Location at, ValidationContext context) {
        Checks checks = context.checks;
        if (!checks.object(config, at)) {
            return;
        }
        checks.unknownFields(config, at, PROCESSOR_CONFIG_FIELDS);
        JsonNode mode = config.get("Mode");
        if (mode != null && mode.isTextual()) {
            if (mode.textValue().equals("DISTRIBUTED") && !config.has("ExecutionType")) {
                context.diagnostics.schema(ValidationMessages.required(List.of("ExecutionType")), at);
            }
            if (mode.textValue().equals("INLINE") && config.has("ExecutionType")) {
                context.diagnostics.schema(ValidationMessages.notSupported("ExecutionType"), at);
            }
        }
        ifPresent(
                config, "Mode", value -> checks.enumeration(value, at.field("Mode"), List.of("INLINE", "DISTRIBUTED")));
        ifPresent(
                config,
                "ExecutionType",
                value -> checks.enumeration(value, at.field("ExecutionType"), List.of("STANDARD", "EXPRESS")));
    }

    private static void ifPresent(JsonNode object, String field, Consumer<JsonNode> check) {
        JsonNode value = object.get(field);
        if (value != null) {
            check.accept(value);
        }
    }
}
