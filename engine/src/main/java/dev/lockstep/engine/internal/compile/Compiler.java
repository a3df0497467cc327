package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.model.ChoiceRule;
import dev.lockstep.engine.internal.model.DefinitionModel;
import dev.lockstep.engine.internal.model.QueryLanguage;
import dev.lockstep.engine.internal.model.Scope;
import dev.lockstep.engine.internal.model.StateModel;
import dev.lockstep.engine.internal.path.PayloadTemplate;
import dev.lockstep.engine.internal.path.ValueExpression;
import dev.lockstep.engine.spi.TaskResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a valid model into the executable graph: paths, templates and rules compiled once, transitions linked to
 * states. Execution never parses a string again.
 */
public final class Compiler {

    private Compiler() {}

    public static CompiledMachine compile(DefinitionModel model) {
        return new CompiledMachine(model.timeoutSeconds(), scope(model.scope()));
    }

    private static CompiledScope scope(Scope scope) {
        Map<String, CompiledState> states = new LinkedHashMap<>();
        for (StateModel state : scope.states().values()) {
            states.put(state.name(), state(state));
        }
        for (StateModel state : scope.states().values()) {
            link(state, states);
        }
        return new CompiledScope(states.get(scope.startAt()));
    }

    private static CompiledState state(StateModel state) {
        StateModel.Common model = state.common();
        boolean jsonata = model.queryLanguage() == QueryLanguage.JSONATA;
        String pointer = model.pointer();
        CompiledState.Common common = new CompiledState.Common(
                model.name(),
                model.type(),
                model.queryLanguage(),
                jsonata ? jsonataFlow(state) : jsonPathFlow(state),
                AssignField.of(model.assign(), jsonata, "Assign", pointer + "/Assign"),
                jsonata ? jsonataField(model.output(), "Output", pointer + "/Output") : null);
        if (state instanceof StateModel.Pass) {
            return new CompiledState.Pass(common, ((StateModel.Pass) state).result());
        }
        if (state instanceof StateModel.Succeed) {
            return new CompiledState.Succeed(common);
        }
        if (state instanceof StateModel.Fail) {
            StateModel.Fail fail = (StateModel.Fail) state;
            return new CompiledState.Fail(
                    common,
                    jsonata
                            ? FailField.jsonata(fail.error(), "Error", pointer + "/Error")
                            : FailField.of(fail.error(), fail.errorPath(), "ErrorPath"),
                    jsonata
                            ? FailField.jsonata(fail.cause(), "Cause", pointer + "/Cause")
                            : FailField.of(fail.cause(), fail.causePath(), "CausePath"));
        }
        if (state instanceof StateModel.Wait) {
            StateModel.Wait wait = (StateModel.Wait) state;
            return new CompiledState.Wait(
                    common,
                    jsonata
                            ? WaitDuration.jsonata(wait.seconds(), wait.timestamp(), pointer)
                            : WaitDuration.of(
                                    wait.seconds(), wait.timestamp(), wait.secondsPath(), wait.timestampPath()));
        }
        if (state instanceof StateModel.Choice) {
            StateModel.Choice choice = (StateModel.Choice) state;
            List<ChoiceBranch> branches = new ArrayList<>();
            for (int i = 0; i < choice.choices().size(); i++) {
                branches.add(branch(choice.choices().get(i), jsonata, "Choices[" + i + "]", pointer));
            }
            return new CompiledState.Choice(common, List.copyOf(branches));
        }
        if (state instanceof StateModel.Task) {
            StateModel.Task task = (StateModel.Task) state;
            return new CompiledState.Task(
                    common,
                    TaskResource.parse(task.resource()),
                    jsonata
                            ? TaskSeconds.jsonata(task.timeoutSeconds(), "TimeoutSeconds", pointer + "/TimeoutSeconds")
                            : TaskSeconds.of(task.timeoutSeconds(), task.timeoutSecondsPath(), "TimeoutSecondsPath"),
                    jsonata
                            ? TaskSeconds.jsonata(
                                    task.heartbeatSeconds(), "HeartbeatSeconds", pointer + "/HeartbeatSeconds")
                            : TaskSeconds.of(
                                    task.heartbeatSeconds(), task.heartbeatSecondsPath(), "HeartbeatSecondsPath"),
                    retriers(model.retry()),
                    catchers(model.catchers(), jsonata, pointer));
        }
        // Parallel and Map run in their own issue. Their data flow is compiled above like every state's (Items and
        // ItemSelector will join it); their scopes will open a child variable scope (see the execute package).
        return new CompiledState.Unsupported(common);
    }

    private static DataFlow jsonPathFlow(StateModel state) {
        StateModel.Common model = state.common();
        boolean selects = state instanceof StateModel.Task
                || state instanceof StateModel.Parallel
                || state instanceof StateModel.Map;
        return DataFlow.jsonPath(
                PathField.of(model.inputPath(), "InputPath"),
                PathField.of(model.outputPath(), "OutputPath"),
                template(model.parameters(), "Parameters"),
                selects ? template(model.resultSelector(), "ResultSelector") : null,
                ResultPathField.of(model.resultPath()),
                state instanceof StateModel.Task
                        ? template(((StateModel.Task) state).credentials(), "Credentials")
                        : null);
    }

    private static DataFlow jsonataFlow(StateModel state) {
        StateModel.Common model = state.common();
        String pointer = model.pointer();
        boolean hasResult = state instanceof StateModel.Task
                || state instanceof StateModel.Parallel
                || state instanceof StateModel.Map;
        JsonNode credentials = state instanceof StateModel.Task ? ((StateModel.Task) state).credentials() : null;
        return DataFlow.jsonata(
                jsonataField(model.arguments(), "Arguments", pointer + "/Arguments"),
                jsonataField(credentials, "Credentials", pointer + "/Credentials"),
                hasResult);
    }

    private static JsonataField jsonataField(JsonNode value, String location, String pointer) {
        return value == null ? null : JsonataField.compile(value, location, pointer);
    }

    private static ChoiceBranch branch(ChoiceRule rule, boolean jsonata, String location, String statePointer) {
        String pointer = statePointer + "/" + location;
        AssignField assign = AssignField.of(rule.assign(), jsonata, location + "/Assign", pointer + "/Assign");
        if (jsonata) {
            JsonNode condition = ((ChoiceRule.Condition) rule).condition();
            return new ChoiceBranch(
                    null,
                    JsonataField.compile(condition, location + "/Condition", pointer + "/Condition"),
                    rule.next(),
                    assign,
                    jsonataField(rule.output(), location + "/Output", pointer + "/Output"),
                    location + "/Condition");
        }
        return new ChoiceBranch(condition(rule), null, rule.next(), assign, null, null);
    }

    private static List<Retrier> retriers(List<StateModel.Retrier> models) {
        List<Retrier> retriers = new ArrayList<>();
        for (StateModel.Retrier model : models) {
            retriers.add(new Retrier(
                    model.errorEquals(),
                    model.intervalSeconds() == null
                            ? 1
                            : model.intervalSeconds().asDouble(),
                    model.maxAttempts() == null ? 3 : model.maxAttempts().asInt(),
                    model.backoffRate() == null ? 2.0 : model.backoffRate().asDouble(),
                    model.maxDelaySeconds() == null
                            ? -1
                            : model.maxDelaySeconds().asLong(),
                    "FULL".equals(model.jitterStrategy())));
        }
        return retriers;
    }

    private static List<Catcher> catchers(List<StateModel.Catcher> models, boolean jsonata, String statePointer) {
        List<Catcher> catchers = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            StateModel.Catcher model = models.get(i);
            String location = "Catch[" + i + "]";
            String pointer = statePointer + "/Catch/" + i;
            catchers.add(new Catcher(
                    model.errorEquals(),
                    ResultPathField.of(model.resultPath()),
                    model.next(),
                    AssignField.of(model.assign(), jsonata, location + "/Assign", pointer + "/Assign"),
                    jsonata ? jsonataField(model.output(), location + "/Output", pointer + "/Output") : null));
        }
        return catchers;
    }

    private static void link(StateModel model, Map<String, CompiledState> states) {
        CompiledState compiled = states.get(model.name());
        String next = model.common().next();
        if (next != null) {
            compiled.linkNext(states.get(next));
        }
        if (compiled instanceof CompiledState.Task) {
            for (Catcher catcher : ((CompiledState.Task) compiled).catchers()) {
                catcher.link(states.get(catcher.nextName()));
            }
        }
        if (compiled instanceof CompiledState.Choice && model instanceof StateModel.Choice) {
            CompiledState.Choice choice = (CompiledState.Choice) compiled;
            for (ChoiceBranch branch : choice.branches()) {
                branch.link(states.get(branch.nextName()));
            }
            String defaultNext = ((StateModel.Choice) model).defaultNext();
            if (defaultNext != null) {
                choice.linkDefault(states.get(defaultNext));
            }
        }
    }

    private static ChoiceCondition condition(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.Comparison) {
            ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) rule;
            return Comparisons.compile(comparison.variable(), comparison.operator(), comparison.value());
        }
        if (rule instanceof ChoiceRule.And) {
            List<ChoiceCondition> all = conditions(((ChoiceRule.And) rule).rules());
            return context -> {
                for (ChoiceCondition condition : all) {
                    if (!condition.test(context)) {
                        return false; // AWS short-circuits: IsPresent guards the rules after it
                    }
                }
                return true;
            };
        }
        if (rule instanceof ChoiceRule.Or) {
            List<ChoiceCondition> any = conditions(((ChoiceRule.Or) rule).rules());
            return context -> {
                for (ChoiceCondition condition : any) {
                    if (condition.test(context)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (rule instanceof ChoiceRule.Not) {
            ChoiceCondition inner = condition(((ChoiceRule.Not) rule).rule());
            return context -> !inner.test(context);
        }
        throw new IllegalStateException("a JSONata Condition in a JSONPath Choice state at " + rule.pointer());
    }

    private static List<ChoiceCondition> conditions(List<ChoiceRule> rules) {
        List<ChoiceCondition> conditions = new ArrayList<>();
        for (ChoiceRule rule : rules) {
            conditions.add(condition(rule));
        }
        return List.copyOf(conditions);
    }

    private static ValueExpression template(JsonNode template, String fieldName) {
        return template == null ? null : PayloadTemplate.compile(template, fieldName);
    }
}
