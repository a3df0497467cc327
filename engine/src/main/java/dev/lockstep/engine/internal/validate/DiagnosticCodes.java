package dev.lockstep.engine.internal.validate;

/**
 * The diagnostic codes of ValidateStateMachineDefinition (API reference: ValidateStateMachineDefinitionDiagnostic),
 * plus the two variable-name codes third-party tooling reports from CreateStateMachine.
 */
public final class DiagnosticCodes {

    public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
    public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
    public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
    public static final String MISSING_END_STATE = "MISSING_END_STATE";
    public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
    public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
    public static final String TOO_DEEPLY_NESTED = "TOO_DEEPLY_NESTED";

    /**
     * Not in AWS's documented list; a lint tool quotes CreateStateMachine with it for a badly formed variable name
     * in Assign. Unverified against AWS.
     */
    public static final String INVALID_VARIABLE_NAME = "INVALID_VARIABLE_NAME";

    /** As {@link #INVALID_VARIABLE_NAME}, for an Assign that sets the reserved variable {@code states}. */
    public static final String RESERVED_VARIABLE_NAME = "RESERVED_VARIABLE_NAME";

    public static final String NO_DOLLAR = "NO_DOLLAR";
    public static final String NO_PATH = "NO_PATH";
    public static final String PASS_RESULT_IS_STATIC = "PASS_RESULT_IS_STATIC";

    /**
     * Lockstep's own warning, not AWS's: a literal argument makes an intrinsic call fail whenever it runs, e.g.
     * {@code States.Hash($.x, 'SHA-224')}. AWS accepts such a definition and fails the execution, so this is never an
     * error. AWS says ValidateStateMachineDefinition "might add new diagnostics in the future" (API reference:
     * ValidateStateMachineDefinitionDiagnostic).
     */
    public static final String INTRINSIC_ALWAYS_FAILS = "INTRINSIC_ALWAYS_FAILS";

    private DiagnosticCodes() {}
}
