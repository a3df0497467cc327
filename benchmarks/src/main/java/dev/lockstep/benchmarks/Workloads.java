package dev.lockstep.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.engine.StateMachineDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The definitions and inputs the benchmarks run. They live in {@code benchmarks/definitions/} and reach the classpath
 * as {@code definitions/...}, so that the JMH benchmarks and the peer script (compare-peers.sh) run the very same
 * files.
 */
public final class Workloads {

    /** Ten Pass states with Parameters (paths into the input and into {@code $$}) and a ResultPath each. */
    public static final String PASS_CHAIN = "pass-chain-10.asl.json";

    /**
     * The JSONata twin of {@link #PASS_CHAIN}: each state builds the same result with one Output expression (paths into
     * {@code $states.input} and {@code $states.context}) and merges it into its input, as the ResultPath does there.
     */
    public static final String JSONATA_PASS_CHAIN = "pass-chain-10-jsonata.asl.json";

    /** Ten bare Pass states: what a transition costs when a state does no data work. */
    public static final String BARE_PASS_CHAIN = "pass-chain-10-bare.asl.json";

    /** The input both chains start from. */
    public static final String PASS_CHAIN_INPUT = "pass-chain-10.input.json";

    /**
     * State transitions in one execution of either chain: ten states entered. AWS counts a transition each time a
     * state of the workflow runs (Step Functions pricing: "state transitions").
     */
    public static final int TRANSITIONS_PER_EXECUTION = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workloads() {}

    /** Reads and parses the definition {@code fileName} from {@code definitions/} on the classpath. */
    public static StateMachineDefinition definition(String fileName) {
        return StateMachineDefinition.parse(text(fileName));
    }

    /** Reads the JSON document {@code fileName} from {@code definitions/} on the classpath. */
    public static JsonNode json(String fileName) {
        String text = text(fileName);
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "definitions/" + fileName + " is not JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(),
                    e);
        }
    }

    /** The text of {@code definitions/fileName} on the classpath, UTF-8. */
    public static String text(String fileName) {
        return resource("definitions/" + fileName);
    }

    /** The text of the classpath resource {@code path} (a file of {@code benchmarks/definitions} or {@code graphql}). */
    public static String resource(String path) {
        try (InputStream in = Workloads.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the classpath: is benchmarks/" + path
                        + " missing, or the jar built from an old checkout?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
