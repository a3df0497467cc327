/**
 * Definition validation as AWS's CreateStateMachine and ValidateStateMachineDefinition do it.
 *
 * <p>{@link dev.lockstep.engine.internal.validate.DefinitionValidator} runs two passes. The first walks the machine
 * and every state in document order; nested machines (Parallel branches, Map item processors) are walked where their
 * parent state declares them. For each state it reports, in this order: its name, its Type, required fields and
 * fields that come in groups (Next/End, the Wait fields), fields the type or the query language does not take (all
 * located at the state, in {@code StateFields.ORDER}, which reproduces the order AWS was measured to use), and then
 * each field's value at the field's own location. The second pass checks the graph: duplicate names across the whole
 * definition, then per scope (top level first, nested scopes in document order) transition targets, the terminal
 * state (top level only) and reachability.
 *
 * <p>All wording is in {@link dev.lockstep.engine.internal.validate.ValidationMessages}; path, template and
 * intrinsic syntax is judged by the compilers of the {@code path} and {@code intrinsic} packages so that validation
 * and execution can never disagree.
 */
package dev.lockstep.engine.internal.validate;
