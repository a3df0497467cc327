package dev.lockstep.junit.internal.definition;

import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;

/**
 * A state machine ready to deploy: parsed, validated and compiled once, then deployed on each test's engine.
 *
 * @param name the name to deploy under
 * @param definition the compiled definition
 * @param type its type
 * @param origin where it came from, for messages
 */
public record LoadedDefinition(String name, StateMachineDefinition definition, StateMachineType type, String origin) {}
