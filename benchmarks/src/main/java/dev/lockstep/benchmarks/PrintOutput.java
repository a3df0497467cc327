package dev.lockstep.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionStatus;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.InvalidExecutionInputException;
import dev.lockstep.engine.StateMachineDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a definition once on Lockstep and prints the execution's output as compact JSON, so that compare-peers.sh can
 * check that a peer computes the same result from the same files before it compares speeds.
 *
 * <p>{@code java -cp benchmarks.jar dev.lockstep.benchmarks.PrintOutput DEFINITION_FILE INPUT_FILE}. Exit code 0 with
 * the output on stdout when the execution succeeds; 1 with the error on stderr otherwise; 2 for a usage error.
 */
public final class PrintOutput {

    private PrintOutput() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: PrintOutput DEFINITION_FILE INPUT_FILE");
            return 2;
        }
        String definitionText;
        String inputText;
        try {
            definitionText = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
            inputText = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            return 2;
        }
        try (Engine engine = Engine.create()) {
            Execution execution = engine.deploy("PrintOutput", StateMachineDefinition.parse(definitionText))
                    .run(inputText);
            if (execution.status() != ExecutionStatus.SUCCEEDED) {
                err.println("The execution ended " + execution.status() + ": " + execution.error() + ": "
                        + execution.cause());
                return 1;
            }
            out.println(new ObjectMapper().writeValueAsString(execution.output()));
            return 0;
        } catch (InvalidDefinitionException e) {
            err.println(args[0] + " is not a valid definition: " + e.getMessage());
            return 1;
        } catch (InvalidExecutionInputException e) {
            err.println(args[1] + " is not a valid execution input: " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            err.println("The output could not be written as JSON: " + e.getOriginalMessage());
            return 1;
        }
    }
}
