package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.path.EvaluationContext;

/** A compiled Choice rule: true when the state's input (and context, and variables) match. */
@FunctionalInterface
public interface ChoiceCondition {

    /**
     * @throws dev.lockstep.engine.internal.error.StatesError {@code States.Runtime} when a path the rule needs is
     *     missing
     */
    boolean test(EvaluationContext context);
}
