package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph checks, after the field checks: duplicate state names across the whole definition, transition targets
 * that name no state of their scope, unreachable states, and a top level without a terminal state. The rules follow
 * what was measured against AWS (research notes, section 2.3): MISSING_END_STATE only at the top level, where it
 * replaces the unreachable-state check; missing targets first; StartAt counts as a transition.
 */
final class TransitionValidator {

    /** A transition out of a state: the state it names, and where the name is written. */
    private record Transition(String target, Location at) {}

    private TransitionValidator() {}

    static void validate(ValidationContext context) {
        duplicates(context);
        for (ValidationContext.Scope scope : context.scopes) {
            scope(scope, context.diagnostics);
        }
    }

    /** "State names MUST be unique within the scope of the whole state machine" (https://states-language.net). */
    private static void duplicates(ValidationContext context) {
        Set<String> seen = new HashSet<>();
        for (ValidationContext.StateDeclaration declaration : context.declarations) {
            if (!seen.add(declaration.name())) {
                context.diagnostics.error(
                        DiagnosticCodes.DUPLICATE_STATE_NAME,
                        ValidationMessages.duplicateStateName(declaration.name()),
                        declaration.at());
            }
        }
    }

    private static void scope(ValidationContext.Scope scope, Diagnostics diagnostics) {
        if (scope.states() == null || !scope.states().isObject()) {
            return;
        }
        JsonNode states = scope.states();
        Map<String, List<String>> edges = new LinkedHashMap<>();
        JsonNode startAt = scope.startAt();
        boolean startKnown = startAt != null && startAt.isTextual() && states.has(startAt.textValue());
        if (startAt != null && startAt.isTextual() && !startKnown) {
            diagnostics.error(
                    DiagnosticCodes.MISSING_TRANSITION_TARGET,
                    ValidationMessages.missingNextTarget(startAt.textValue()),
                    scope.at().field("StartAt"));
        }
        Location statesAt = scope.at().field("States");
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            List<String> targets = new ArrayList<>();
            for (Transition transition : transitions(state.getValue(), statesAt.field(state.getKey()))) {
                if (states.has(transition.target())) {
                    targets.add(transition.target());
                } else {
                    diagnostics.error(
                            DiagnosticCodes.MISSING_TRANSITION_TARGET,
                            ValidationMessages.missingNextTarget(transition.target()),
                            transition.at());
                }
            }
            edges.put(state.getKey(), targets);
        }
        if (scope.topLevel() && !hasTerminal(states)) {
            diagnostics.error(DiagnosticCodes.MISSING_END_STATE, ValidationMessages.noTerminalState(), null);
            return;
        }
        if (startAt == null || !startAt.isTextual()) {
            return;
        }
        Set<String> reached = reachable(startKnown ? startAt.textValue() : null, edges);
        for (String name : edges.keySet()) {
            if (!reached.contains(name)) {
                diagnostics.error(
                        DiagnosticCodes.MISSING_TRANSITION_TARGET,
                        ValidationMessages.notReachable(name),
                        statesAt.field(name));
            }
        }
    }

    /** Next, Choices[i].Next, Default and Catch[i].Next, in that order, wherever they are strings. */
    private static List<Transition> transitions(JsonNode state, Location at) {
        List<Transition> transitions = new ArrayList<>();
        if (!state.isObject()) {
            return transitions;
        }
        add(transitions, state.get("Next"), at.field("Next"));
        JsonNode choices = state.get("Choices");
        if (choices != null && choices.isArray()) {
            for (int i = 0; i < choices.size(); i++) {
                JsonNode rule = choices.get(i);
                if (rule.isObject()) {
                    add(
                            transitions,
                            rule.get("Next"),
                            at.field("Choices").index(i).field("Next"));
                }
            }
        }
        add(transitions, state.get("Default"), at.field("Default"));
        JsonNode catchers = state.get("Catch");
        if (catchers != null && catchers.isArray()) {
            for (int i = 0; i < catchers.size(); i++) {
                JsonNode catcher = catchers.get(i);
                if (catcher.isObject()) {
                    add(
                            transitions,
                            catcher.get("Next"),
                            at.field("Catch").index(i).field("Next"));
                }
            }
        }
        return transitions;
    }

    private static void add(List<Transition> transitions, JsonNode target, Location at) {
        if (target != null && target.isTextual()) {
            transitions.add(new Transition(target.textValue(), at));
        }
    }

    /** A Succeed or Fail state, or a state with {@code "End": true}. */
    private static boolean hasTerminal(JsonNode states) {
        for (JsonNode state : states) {
            if (!state.isObject()) {
                continue;
            }
            JsonNode type = state.get("Type");
            JsonNode end = state.get("End");
            boolean terminalType = type != null && ("Succeed".equals(type.asText()) || "Fail".equals(type.asText()));
            if (terminalType || (end != null && end.isBoolean() && end.booleanValue())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> reachable(String start, Map<String, List<String>> edges) {
        Set<String> reached = new HashSet<>();
        if (start == null) {
            return reached;
        }
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        Map<String, List<String>> graph = new HashMap<>(edges);
        while (!pending.isEmpty()) {
            String state = pending.pop();
            if (reached.add(state)) {
                pending.addAll(graph.getOrDefault(state, List.of()));
            }
        }
        return reached;
    }
}
