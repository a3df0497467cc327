package dev.lockstep.engine.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.model.ChoiceRule;
import dev.lockstep.engine.internal.model.DefinitionModel;
import dev.lockstep.engine.internal.model.QueryLanguage;
import dev.lockstep.engine.internal.model.Scope;
import dev.lockstep.engine.internal.model.StateModel;
import dev.lockstep.engine.internal.model.StateType;
import dev.lockstep.engine.internal.validate.ComparisonOperators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the immutable model from a definition tree that has passed validation. It trusts the validator for shapes
 * and types; what it cannot read is a bug, reported as {@link IllegalStateException}.
 */
public final class ModelBuilder {

    private ModelBuilder() {}

    public static DefinitionModel build(JsonNode root) {
        QueryLanguage language = languageOf(root, QueryLanguage.JSONPATH);
        Scope scope = scope(root, "", language);
        JsonNode timeout = root.get("TimeoutSeconds");
        return new DefinitionModel(
                text(root, "Comment"), timeout == null ? null : timeout.asLong(), language, scope, root);
    }

    private static QueryLanguage languageOf(JsonNode node, QueryLanguage inherited) {
        JsonNode field = node.get("QueryLanguage");
        if (field == null || !field.isTextual()) {
            return inherited;
        }
        QueryLanguage language = QueryLanguage.fromAwsName(field.textValue());
        return language == null ? inherited : language;
    }

    private static Scope scope(JsonNode node, String pointer, QueryLanguage language) {
        Map<String, StateModel> states = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("States").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String statePointer = pointer + "/States/" + field.getKey();
            states.put(field.getKey(), state(field.getKey(), field.getValue(), statePointer, language));
        }
        return new Scope(text(node, "StartAt"), states, pointer);
    }

    private static StateModel state(String name, JsonNode node, String pointer, QueryLanguage inherited) {
        StateType type = StateType.fromAwsName(text(node, "Type"));
        if (type == null) {
            throw new IllegalStateException("state " + name + " has no valid Type at " + pointer);
        }
        QueryLanguage language = languageOf(node, inherited);
        StateModel.Common common = new StateModel.Common(
                name,
                type,
                pointer,
                language,
                text(node, "Next"),
                node.path("End").asBoolean(false),
                node.get("InputPath"),
                node.get("OutputPath"),
                node.get("Parameters"),
                node.get("ResultSelector"),
                node.get("ResultPath"),
                node.get("Arguments"),
                node.get("Output"),
                node.get("Assign"),
                retriers(node.path("Retry"), pointer + "/Retry"),
                catchers(node.path("Catch"), pointer + "/Catch"));
        switch (type) {
            case PASS:
                return new StateModel.Pass(common, node.get("Result"));
            case WAIT:
                return new StateModel.Wait(
                        common,
                        node.get("Seconds"),
                        node.get("Timestamp"),
                        text(node, "SecondsPath"),
                        text(node, "TimestampPath"));
            case CHOICE:
                return new StateModel.Choice(
                        common, choiceRules(node.path("Choices"), pointer + "/Choices", true), text(node, "Default"));
            case SUCCEED:
                return new StateModel.Succeed(common);
            case FAIL:
                return new StateModel.Fail(
                        common, node.get("Error"), node.get("Cause"), text(node, "ErrorPath"), text(node, "CausePath"));
            case TASK:
                return new StateModel.Task(
                        common,
                        text(node, "Resource"),
                        node.get("TimeoutSeconds"),
                        text(node, "TimeoutSecondsPath"),
                        node.get("HeartbeatSeconds"),
                        text(node, "HeartbeatSecondsPath"),
                        node.get("Credentials"));
            case PARALLEL: {
                List<Scope> branches = new ArrayList<>();
                JsonNode list = node.path("Branches");
                for (int i = 0; i < list.size(); i++) {
                    branches.add(scope(list.get(i), pointer + "/Branches[" + i + "]", language));
                }
                return new StateModel.Parallel(common, branches);
            }
            case MAP: {
                boolean legacy = !node.has("ItemProcessor") && node.has("Iterator");
                String processorField = legacy ? "Iterator" : "ItemProcessor";
                JsonNode processor = node.path(processorField);
                return new StateModel.Map(
                        common,
                        scope(processor, pointer + "/" + processorField, language),
                        processor.get("ProcessorConfig"),
                        text(node, "ItemsPath"),
                        node.get("Items"),
                        node.has("ItemSelector") ? node.get("ItemSelector") : legacy ? node.get("Parameters") : null,
                        node.get("ItemReader"),
                        node.get("ItemBatcher"),
                        node.get("ResultWriter"),
                        node.get("MaxConcurrency"),
                        text(node, "MaxConcurrencyPath"),
                        node.get("ToleratedFailurePercentage"),
                        text(node, "ToleratedFailurePercentagePath"),
                        node.get("ToleratedFailureCount"),
                        text(node, "ToleratedFailureCountPath"),
                        text(node, "Label"));
            }
            default:
                throw new IllegalStateException("unknown state type " + type);
        }
    }

    private static List<StateModel.Retrier> retriers(JsonNode list, String pointer) {
        List<StateModel.Retrier> retriers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            retriers.add(new StateModel.Retrier(
                    strings(node.path("ErrorEquals")),
                    node.get("IntervalSeconds"),
                    node.get("MaxAttempts"),
                    node.get("BackoffRate"),
                    node.get("MaxDelaySeconds"),
                    text(node, "JitterStrategy"),
                    pointer + "[" + i + "]"));
        }
        return List.copyOf(retriers);
    }

    private static List<StateModel.Catcher> catchers(JsonNode list, String pointer) {
        List<StateModel.Catcher> catchers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            catchers.add(new StateModel.Catcher(
                    strings(node.path("ErrorEquals")),
                    text(node, "Next"),
                    node.get("ResultPath"),
                    node.get("Output"),
                    node.get("Assign"),
                    pointer + "[" + i + "]"));
        }
        return List.copyOf(catchers);
    }

    private static List<ChoiceRule> choiceRules(JsonNode list, String pointer, boolean topLevel) {
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rules.add(choiceRule(list.get(i), pointer + "[" + i + "]", topLevel));
        }
        return List.copyOf(rules);
    }

    private static ChoiceRule choiceRule(JsonNode node, String pointer, boolean topLevel) {
        String next = topLevel ? text(node, "Next") : null;
        JsonNode assign = topLevel ? node.get("Assign") : null;
        JsonNode output = topLevel ? node.get("Output") : null;
        if (node.has("Condition")) {
            return new ChoiceRule.Condition(node.get("Condition"), pointer, next, assign, output);
        }
        if (node.has("And")) {
            return new ChoiceRule.And(
                    choiceRules(node.get("And"), pointer + "/And", false), pointer, next, assign, output);
        }
        if (node.has("Or")) {
            return new ChoiceRule.Or(
                    choiceRules(node.get("Or"), pointer + "/Or", false), pointer, next, assign, output);
        }
        if (node.has("Not")) {
            return new ChoiceRule.Not(
                    choiceRule(node.get("Not"), pointer + "/Not", false), pointer, next, assign, output);
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (ComparisonOperators.contains(name)) {
                return new ChoiceRule.Comparison(
                        text(node, "Variable"), name, node.get(name), pointer, next, assign, output);
            }
        }
        throw new IllegalStateException("Choice rule without an operator at " + pointer);
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : list) {
            values.add(value.asText());
        }
        return List.copyOf(values);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
