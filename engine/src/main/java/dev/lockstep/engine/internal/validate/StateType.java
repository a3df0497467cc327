package dev.lockstep.engine.internal.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eight state types and the fields each accepts besides Type, Comment and QueryLanguage. The sets are the ones
 * a lint tool measured with ValidateStateMachineDefinition (8 types x 50 fields), and agree with the States Language
 * tables (https://states-language.net, "Table of State Types and Fields"). Whether a field also suits the state's
 * query language is a separate question ({@link StateFields}).
 */
enum StateType {
    PASS("Pass", "InputPath", "OutputPath", "Output", "Assign", "Next", "End", "Parameters", "ResultPath", "Result"),
    TASK(
            "Task",
            "InputPath",
            "OutputPath",
            "Output",
            "Assign",
            "Next",
            "End",
            "Resource",
            "Arguments",
            "Parameters",
            "ResultSelector",
            "ResultPath",
            "TimeoutSeconds",
            "TimeoutSecondsPath",
            "HeartbeatSeconds",
            "HeartbeatSecondsPath",
            "Credentials",
            "Catch",
            "Retry"),
    CHOICE("Choice", "InputPath", "OutputPath", "Output", "Assign", "Choices", "Default"),
    WAIT(
            "Wait",
            "InputPath",
            "OutputPath",
            "Output",
            "Assign",
            "Next",
            "End",
            "Seconds",
            "SecondsPath",
            "Timestamp",
            "TimestampPath"),
    SUCCEED("Succeed", "InputPath", "OutputPath", "Output"),
    FAIL("Fail", "Error", "ErrorPath", "Cause", "CausePath"),
    PARALLEL(
            "Parallel",
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
            "Catch",
            "Retry",
            "Branches"),
    MAP(
            "Map",
            "InputPath",
            "OutputPath",
            "Output",
            "Assign",
            "Next",
            "End",
            "Parameters",
            "ResultSelector",
            "ResultPath",
            "Catch",
            "Retry",
            "ItemProcessor",
            "Iterator",
            "Items",
            "ItemsPath",
            "ItemSelector",
            "ItemReader",
            "ItemBatcher",
            "ResultWriter",
            "MaxConcurrency",
            "MaxConcurrencyPath",
            "ToleratedFailurePercentage",
            "ToleratedFailurePercentagePath",
            "ToleratedFailureCount",
            "ToleratedFailureCountPath",
            "Label");

    /** Every type name, in the order AWS's documentation lists them. */
    static final List<String> NAMES =
            Arrays.stream(values()).map(type -> type.text).toList();

    final String text;
    private final Set<String> fields;

    StateType(String text, String... fields) {
        this.text = text;
        this.fields = Set.of(fields);
    }

    static Optional<StateType> named(String text) {
        return Arrays.stream(values()).filter(type -> type.text.equals(text)).findFirst();
    }

    boolean accepts(String field) {
        return StateFields.COMMON.contains(field) || fields.contains(field);
    }

    /** Pass, Task, Wait, Parallel and Map need exactly one of Next and End. */
    boolean transitions() {
        return fields.contains("Next");
    }
}
