package dev.lockstep.benchmarks.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.junit.Lockstep;
import dev.lockstep.junit.LockstepTest;
import dev.lockstep.junit.StateMachine;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The measured class: 200 tests, each with the full per-test lifecycle of the extension (its own engine, the state
 * machine deployed, the execution recorded for the report and the coverage) and one execution of the ten-state
 * Parameters chain. Run by {@link ExtensionOverhead} through the Launcher API, never by Surefire.
 */
@LockstepTest
@StateMachine("definitions/pass-chain-10.asl.json")
public class TwoHundredTests {

    @RepeatedTest(ExtensionOverhead.TESTS)
    void runs_one_execution(Lockstep lockstep) {
        assertEquals(ExecutionStatus.SUCCEEDED, lockstep.run(Inputs.PASS_CHAIN).status());
    }
}
