package dev.lockstep.junit.internal.definition;

import dev.lockstep.engine.StateMachineType;
import java.util.List;

/**
 * A state machine found in a file: its name, the names a test may select it by, its definition text and type.
 *
 * @param name the name to deploy under
 * @param aliases every name {@code @StateMachine(select = ...)} may use: logical id, CDK construct id, key, name
 * @param definitionText the Amazon States Language text, every placeholder resolved
 * @param type its type
 * @param origin where it came from, for messages
 */
public record TemplateMachine(
        String name, List<String> aliases, String definitionText, StateMachineType type, String origin) {}
