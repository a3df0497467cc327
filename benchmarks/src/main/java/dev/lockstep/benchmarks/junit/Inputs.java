package dev.lockstep.benchmarks.junit;

import dev.lockstep.benchmarks.Workloads;

/** The input both classes run with: the pass chain's own input file, read once. */
final class Inputs {

    static final String PASS_CHAIN = Workloads.text(Workloads.PASS_CHAIN_INPUT);

    private Inputs() {}
}
