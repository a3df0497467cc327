package dev.lockstep.engine.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One state of a definition. Fields a state type does not allow are absent (the validator has checked), so every
 * state carries the same {@link Common} part and its type-specific fields.
 */
public sealed interface StateModel
        permits StateModel.Pass,
                StateModel.Wait,
                StateModel.Choice,
                StateModel.Succeed,
                StateModel.Fail,
                StateModel.Task,
                StateModel.Parallel,
                StateModel.Map {

    Common common();

    default String name() {
        return common().name();
    }

    default StateType type() {
        return common().type();
    }

    /**
     * What every state may have. JSON fields are kept as written: {@code null} means absent, a {@code NullNode} means
     * written as {@code null} (which matters for InputPath, OutputPath and ResultPath).
     *
     * @param name the state's name
     * @param type the state's type
     * @param pointer where the state is in the definition, e.g. {@code /States/Charge}
     * @param queryLanguage the state's effective query language
     * @param next the Next state's name, or null
     * @param end whether End is true
     */
    record Common(
            String name,
            StateType type,
            String pointer,
            QueryLanguage queryLanguage,
            String next,
            boolean end,
            JsonNode inputPath,
            JsonNode outputPath,
            JsonNode parameters,
            JsonNode resultSelector,
            JsonNode resultPath,
            JsonNode arguments,
            JsonNode output,
            JsonNode assign,
            List<Retrier> retry,
            List<Catcher> catchers) {}

    /** A Retry entry. Numbers are as written or AWS's defaults. */
    record Retrier(
            List<String> errorEquals,
            JsonNode intervalSeconds,
            JsonNode maxAttempts,
            JsonNode backoffRate,
            JsonNode maxDelaySeconds,
            String jitterStrategy,
            String pointer) {}

    /** A Catch entry. */
    record Catcher(
            List<String> errorEquals,
            String next,
            JsonNode resultPath,
            JsonNode output,
            JsonNode assign,
            String pointer) {}

    record Pass(Common common, JsonNode result) implements StateModel {}

    record Wait(Common common, JsonNode seconds, JsonNode timestamp, String secondsPath, String timestampPath)
            implements StateModel {}

    record Choice(Common common, List<ChoiceRule> choices, String defaultNext) implements StateModel {}

    record Succeed(Common common) implements StateModel {}

    record Fail(Common common, JsonNode error, JsonNode cause, String errorPath, String causePath)
            implements StateModel {}

    record Task(
            Common common,
            String resource,
            JsonNode timeoutSeconds,
            String timeoutSecondsPath,
            JsonNode heartbeatSeconds,
            String heartbeatSecondsPath,
            JsonNode credentials)
            implements StateModel {}

    record Parallel(Common common, List<Scope> branches) implements StateModel {}

    /**
     * A Map state. {@code processor} is ItemProcessor (or the legacy Iterator); the distributed-mode fields are kept as
     * written.
     */
    record Map(
            Common common,
            Scope processor,
            JsonNode processorConfig,
            String itemsPath,
            JsonNode items,
            JsonNode itemSelector,
            JsonNode itemReader,
            JsonNode itemBatcher,
            JsonNode resultWriter,
            JsonNode maxConcurrency,
            String maxConcurrencyPath,
            JsonNode toleratedFailurePercentage,
            String toleratedFailurePercentagePath,
            JsonNode toleratedFailureCount,
            String toleratedFailureCountPath,
            String label)
            implements StateModel {}
}
