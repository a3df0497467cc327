package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One state: its name, its Type, which fields it may have, and then each field's value. Diagnostics come in that
 * order, as AWS's do where they were measured: first what is missing or not allowed (located at the state), then
 * what is wrong with a value (located at the field).
 */
final class StateValidator {

    /** Fields that exclude each other; both present is reported at the first. */
    private static final Map<String, String> EXCLUSIVE = Map.of(
            "TimeoutSeconds", "TimeoutSecondsPath",
            "HeartbeatSeconds", "HeartbeatSecondsPath",
            "Error", "ErrorPath",
            "Cause", "CausePath",
            "MaxConcurrency", "MaxConcurrencyPath",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
            "ToleratedFailureCount", "ToleratedFailureCountPath",
            "Parameters", "ItemSelector");

    private static final int MAX_NAME_LENGTH = 80;

    private StateValidator() {}

    static void validate(String name, JsonNode node, Location at, ValidationContext context) {
        context.declarations.add(new ValidationContext.StateDeclaration(name, at));
        name(name, at, context);
        if (!context.checks.object(node, at)) {
            return;
        }
        JsonNode queryLanguage = node.get("QueryLanguage");
        QueryLanguage language = QueryLanguage.resolve(queryLanguage, context.machineLanguage());
        Optional<StateType> type = type(node, at, context);
        if (type.isEmpty()) {
            if (queryLanguage != null) {
                MachineValidator.queryLanguage(queryLanguage, at.field("QueryLanguage"), context);
            }
            return;
        }
        StateScope state = new StateScope(node, at, type.get(), language, context);
        structure(state);
        boolean downgrade = context.machineLanguage() == QueryLanguage.JSONATA
                && queryLanguage != null
                && queryLanguage.isTextual()
                && QueryLanguage.JSONPATH.text.equals(queryLanguage.textValue());
        supportedFields(state, downgrade);
        for (String field : StateFields.ORDER) {
            if (node.has(field) && state.type().accepts(field) && !StateFields.foreignTo(field, language)) {
                value(field, state);
            }
        }
    }

    /** The States Language caps a state name at 80 Unicode characters (https://states-language.net, "States"). */
    private static void name(String name, Location at, ValidationContext context) {
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            context.diagnostics.error(DiagnosticCodes.INVALID_STATE_NAME, ValidationMessages.stateNameEmpty(), at);
        } else if (length > MAX_NAME_LENGTH) {
            context.diagnostics.error(
                    DiagnosticCodes.INVALID_STATE_NAME, ValidationMessages.stateNameTooLong(name, length), at);
        }
    }

    private static Optional<StateType> type(JsonNode node, Location at, ValidationContext context) {
        JsonNode type = node.get("Type");
        if (type == null) {
            context.checks.required(node, at, List.of("Type"));
            return Optional.empty();
        }
        if (!context.checks.string(type, at.field("Type"))) {
            return Optional.empty();
        }
        Optional<StateType> named = StateType.named(type.textValue());
        if (named.isEmpty()) {
            context.diagnostics.schema(ValidationMessages.oneOf(StateType.NAMES), at.field("Type"));
        }
        return named;
    }

    /** Required fields and fields that come in groups, located at the state. */
    private static void structure(StateScope state) {
        Checks checks = state.checks();
        switch (state.type()) {
            case TASK -> checks.required(state.node(), state.at(), List.of("Resource"));
            case CHOICE -> checks.required(state.node(), state.at(), List.of("Choices"));
            case PARALLEL -> checks.required(state.node(), state.at(), List.of("Branches"));
            case WAIT -> WaitRules.structure(state);
            case MAP -> exactlyOne(state, List.of("ItemProcessor", "Iterator"));
            default -> {}
        }
        if (state.type().transitions()) {
            boolean next = state.has("Next");
            JsonNode endField = state.get("End");
            boolean end = endField != null && endField.isBoolean() && endField.booleanValue();
            if (next && end) {
                state.diagnostics().schema(ValidationMessages.onlyOneOf(List.of("Next", "End")), state.at());
            } else if (!next && !end) {
                state.diagnostics().schema(ValidationMessages.exactlyOneRequired(List.of("Next", "End")), state.at());
            }
        }
    }

    /** Exactly one of {@code fields}; none or several is reported at the state. */
    static void exactlyOne(StateScope state, List<String> fields) {
        List<String> present = fields.stream().filter(state::has).toList();
        if (present.isEmpty()) {
            state.diagnostics().schema(ValidationMessages.exactlyOneRequired(fields), state.at());
        } else if (present.size() > 1) {
            state.diagnostics().schema(ValidationMessages.onlyOneOf(present), state.at());
        }
    }

    /**
     * Fields the state type does not take, and fields of the other query language, in {@link StateFields#ORDER};
     * then unknown fields in document order. All are located at the state, as AWS locates them. A state that goes
     * back to JSONPath under a JSONata machine gets that one diagnostic instead of the query-language ones (measured
     * against AWS).
     */
    private static void supportedFields(StateScope state, boolean downgrade) {
        Diagnostics diagnostics = state.diagnostics();
        if (downgrade) {
            diagnostics.schema(ValidationMessages.queryLanguageDowngrade(), state.at());
        }
        for (String field : StateFields.ORDER) {
            if (!state.has(field)) {
                continue;
            }
            if (!state.type().accepts(field)) {
                diagnostics.schema(ValidationMessages.notSupported(field), state.at());
            } else if (!downgrade && StateFields.foreignTo(field, state.language())) {
                diagnostics.schema(StateFields.foreignMessage(field, state.language()), state.at());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = state.node().fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!StateFields.ORDER.contains(field)) {
                unknown.add(field);
            }
        }
        unknown.forEach(field -> diagnostics.schema(ValidationMessages.notSupported(field), state.at()));
    }

    private static void value(String field, StateScope state) {
        JsonNode value = state.get(field);
        Location at = state.field(field);
        String exclusive = EXCLUSIVE.get(field);
        if (exclusive != null && state.hasOwn(exclusive) && state.type().accepts(exclusive)) {
            state.diagnostics().schema(ValidationMessages.onlyOneOf(List.of(field, exclusive)), at);
        }
        Checks checks = state.checks();
        PathChecks paths = state.paths();
        switch (field) {
            case "Type" -> {
                // checked with the state's structure, before its fields
            }
            case "QueryLanguage" -> MachineValidator.queryLanguage(value, at, state.context());
            case "Comment", "Next", "Default" -> checks.string(value, at);
            case "End" -> checks.bool(value, at);
            case "InputPath", "OutputPath" -> paths.path(value, at, field);
            case "ResultPath" -> paths.resultPath(value, at, field);
            case "Parameters", "ResultSelector" -> paths.template(value, at, field);
            case "Result" -> passResult(value, at, state);
            case "Output", "Arguments" -> checks.jsonataStrings(value, at);
            case "Assign" -> paths.assign(value, at, state.language());
            case "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath" ->
                TaskRules.field(field, value, at, state);
            case "Credentials" -> TaskRules.credentials(value, at, state);
            case "Retry" -> ErrorHandlingRules.retry(value, at, state);
            case "Catch" -> ErrorHandlingRules.catchers(value, at, state);
            case "Choices" -> ChoiceRules.choices(value, at, state);
            case "Seconds", "SecondsPath", "Timestamp", "TimestampPath" -> WaitRules.field(field, value, at, state);
            case "Error", "ErrorPath", "Cause", "CausePath" -> FailRules.field(field, value, at, state);
            case "Branches" -> ParallelRules.branches(value, at, state);
            default -> MapRules.field(field, value, at, state);
        }
    }

    /**
     * A Pass Result is literal: AWS leaves {@code .$} keys in it as they are (LocalStack recording
     * test_state_pass_result_jsonpaths), so it only warns.
     */
    private static void passResult(JsonNode value, Location at, StateScope state) {
        if (hasDynamicKey(value)) {
            state.diagnostics()
                    .warning(DiagnosticCodes.PASS_RESULT_IS_STATIC, ValidationMessages.passResultIsStatic(), at);
        }
    }

    private static boolean hasDynamicKey(JsonNode value) {
        if (value.isObject()) {
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                if (names.next().endsWith(".$")) {
                    return true;
                }
            }
        }
        for (JsonNode child : value) {
            if (hasDynamicKey(child)) {
                return true;
            }
        }
        return false;
    }
}
