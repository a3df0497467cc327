package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Parallel: "Branches" is a non-empty array of state machines, each with its own StartAt and States. */
final class ParallelRules {

    private ParallelRules() {}

    static void branches(JsonNode branches, Location at, StateScope state) {
        if (!state.checks().nonEmptyArray(branches, at)) {
            return;
        }
        for (int i = 0; i < branches.size(); i++) {
            MachineValidator.validateNested(branches.get(i), at.index(i), false, state.context());
        }
    }
}
