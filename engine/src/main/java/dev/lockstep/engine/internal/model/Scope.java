package dev.lockstep.engine.internal.model;

import java.util.Map;

/**
 * A set of states with a start: the state machine itself, a Parallel branch or a Map item processor.
 *
 * @param startAt the first state's name
 * @param states the states by name, in definition order
 * @param pointer where the scope is in the definition ({@code ""} for the top level, e.g. {@code /States/P/Branches[0]})
 */
public record Scope(String startAt, Map<String, StateModel> states, String pointer) {

    public Scope {
        states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
    }
}
