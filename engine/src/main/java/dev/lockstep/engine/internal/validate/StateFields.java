package dev.lockstep.engine.internal.validate;

import java.util.List;
import java.util.Set;

/** Field names of a state: the order diagnostics follow, and which fields belong to one query language only. */
final class StateFields {

    /** Fields every state accepts. */
    static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");

    /**
     * Every known state field, in the order a state's diagnostics are reported. AWS reports TimeoutSeconds, Catch,
     * Retry in that order whatever order a definition declares them in (floci's measurements); the rest follows the
     * data flow of a state, with nested state machines last so their diagnostics follow their parent's.
     */
    static final List<String> ORDER = List.of(
            "Type",
            "Comment",
            "QueryLanguage",
            "Resource",
            "InputPath",
            "OutputPath",
            "Output",
            "Assign",
            "Next",
            "End",
            "Arguments",
            "Parameters",
            "ResultSelector",
            "ResultPath",
            "Result",
            "TimeoutSeconds",
            "TimeoutSecondsPath",
            "HeartbeatSeconds",
            "HeartbeatSecondsPath",
            "Credentials",
            "Catch",
            "Retry",
            "Choices",
            "Default",
            "Seconds",
            "SecondsPath",
            "Timestamp",
            "TimestampPath",
            "Error",
            "ErrorPath",
            "Cause",
            "CausePath",
            "Branches",
            "Items",
            "ItemsPath",
            "ItemReader",
            "ItemSelector",
            "ItemBatcher",
            "ResultWriter",
            "MaxConcurrency",
            "MaxConcurrencyPath",
            "ToleratedFailurePercentage",
            "ToleratedFailurePercentagePath",
            "ToleratedFailureCount",
            "ToleratedFailureCountPath",
            "Label",
            "ItemProcessor",
            "Iterator");

    /** Fields of JSONPath states only (developer guide, "Transforming data with JSONata"). */
    static final Set<String> JSONPATH_ONLY = Set.of(
            "InputPath",
            "OutputPath",
            "ResultPath",
            "Parameters",
            "ResultSelector",
            "Result",
            "ItemsPath",
            "TimeoutSecondsPath",
            "HeartbeatSecondsPath",
            "SecondsPath",
            "TimestampPath",
            "MaxConcurrencyPath",
            "ToleratedFailurePercentagePath",
            "ToleratedFailureCountPath",
            "ErrorPath",
            "CausePath");

    /** Fields of JSONata states only. */
    static final Set<String> JSONATA_ONLY = Set.of("Output", "Arguments", "Items");

    private StateFields() {}

    /** True when {@code field} belongs to the other query language than {@code language}. */
    static boolean foreignTo(String field, QueryLanguage language) {
        return language == QueryLanguage.JSONPATH ? JSONATA_ONLY.contains(field) : JSONPATH_ONLY.contains(field);
    }

    /** The diagnostic message for a field of the other query language. */
    static String foreignMessage(String field, QueryLanguage language) {
        return language == QueryLanguage.JSONPATH
                ? ValidationMessages.onlyForJsonata(field)
                : ValidationMessages.onlyForJsonPath(field);
    }
}
