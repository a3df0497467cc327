package dev.lockstep.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.ExecutionStatus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complete executions per second of a ten-state Pass chain on one thread, through the public API: one operation is
 * one {@code StateMachine.run(...)}, from StartExecution to ExecutionSucceeded, with the full history recorded (the
 * engine always records it). Multiply by {@link Workloads#TRANSITIONS_PER_EXECUTION} for state transitions per
 * second; {@code compare-peers.sh} does.
 *
 * <ul>
 *   <li>{@link #passChain()}: each state builds its result from Parameters (literals, paths into the input, a path
 *       into the context object {@code $$}) and places it with a ResultPath, so the document grows as it goes.
 *   <li>{@link #jsonataPassChain()}: the same chain written in JSONata, each state's Output one expression that
 *       merges the same result into its input. The ratio to {@link #passChain()} is what a JSONata state costs against
 *       its JSONPath twin.
 *   <li>{@link #barePassChain()}: the baseline, ten Pass states that pass their input on untouched. The ratio of the
 *       two is what the data work costs.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PassChainBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PassChainBenchmark {

    private FreshEngines passChain;
    private FreshEngines jsonataPassChain;
    private FreshEngines barePassChain;
    private ExecutionRequest request;

    @Setup(Level.Trial)
    public void deploy() {
        JsonNode input = Workloads.json(Workloads.PASS_CHAIN_INPUT);
        request = ExecutionRequest.withInput(input);
        passChain = new FreshEngines("PassChain", Workloads.definition(Workloads.PASS_CHAIN));
        jsonataPassChain = new FreshEngines("JsonataPassChain", Workloads.definition(Workloads.JSONATA_PASS_CHAIN));
        barePassChain = new FreshEngines("BarePassChain", Workloads.definition(Workloads.BARE_PASS_CHAIN));
        requireCompleteRun(passChain, Workloads.PASS_CHAIN);
        requireCompleteRun(jsonataPassChain, Workloads.JSONATA_PASS_CHAIN);
        requireCompleteRun(barePassChain, Workloads.BARE_PASS_CHAIN);
    }

    @TearDown(Level.Trial)
    public void close() {
        passChain.close();
        jsonataPassChain.close();
        barePassChain.close();
    }

    @Benchmark
    public Execution passChain() {
        return passChain.next().run(request);
    }

    @Benchmark
    public Execution jsonataPassChain() {
        return jsonataPassChain.next().run(request);
    }

    @Benchmark
    public Execution barePassChain() {
        return barePassChain.next().run(request);
    }

    /**
     * A benchmark of executions that fail, or that stop early, would report a meaningless rate: refuse to measure
     * unless one run succeeds through every state.
     */
    private void requireCompleteRun(FreshEngines machine, String definition) {
        Execution execution = machine.next().run(request);
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException(definition + " did not succeed, so there is nothing to measure: "
                    + execution.status() + " with error " + execution.error() + ": " + execution.cause());
        }
        int entered = execution.path().size();
        if (entered != Workloads.TRANSITIONS_PER_EXECUTION) {
            throw new IllegalStateException(
                    definition + " entered " + entered + " states, not the " + Workloads.TRANSITIONS_PER_EXECUTION
                            + " the transition rate is computed from: " + execution.path());
        }
    }
}
