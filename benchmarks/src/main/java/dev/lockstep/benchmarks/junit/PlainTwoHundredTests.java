package dev.lockstep.benchmarks.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.benchmarks.Workloads;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.StateMachineDefinition;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The baseline: the same 200 tests written by hand without the extension, each building an engine, deploying the
 * (already compiled) definition and running one execution. The difference to {@link TwoHundredTests} is what the
 * extension costs.
 */
public class PlainTwoHundredTests {

    /** Parsed on first use, inside the first test, as the extension parses it before its first test. */
    private static final class Definition {
        static final StateMachineDefinition PASS_CHAIN = Workloads.definition(Workloads.PASS_CHAIN);
    }

    @RepeatedTest(ExtensionOverhead.TESTS)
    void runs_one_execution() {
        try (Engine engine = Engine.create()) {
            assertEquals(
                    ExecutionStatus.SUCCEEDED,
                    engine.deploy("pass-chain-10", Definition.PASS_CHAIN)
                            .run(Inputs.PASS_CHAIN)
                            .status());
        }
    }
}
