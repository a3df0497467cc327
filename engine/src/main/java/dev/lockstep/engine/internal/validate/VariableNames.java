package dev.lockstep.engine.internal.validate;

import dev.lockstep.engine.internal.path.VariableNameSyntax;
import java.util.Optional;

/**
 * Names of workflow variables, as the States Language defines them ("State Machine Variables"): at most 80
 * characters, made as {@link VariableNameSyntax} says, and never {@code states}.
 */
final class VariableNames {

    /** What is wrong with a name: a diagnostic code and message. */
    record Problem(String code, String message) {}

    private static final int MAX_LENGTH = 80;

    private VariableNames() {}

    static Optional<Problem> problem(String name) {
        if ("states".equals(name)) {
            return Optional.of(
                    new Problem(DiagnosticCodes.RESERVED_VARIABLE_NAME, ValidationMessages.reservedVariableName()));
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(
                    new Problem(DiagnosticCodes.INVALID_VARIABLE_NAME, ValidationMessages.variableNameTooLong(name)));
        }
        if (!VariableNameSyntax.isName(name)) {
            return Optional.of(
                    new Problem(DiagnosticCodes.INVALID_VARIABLE_NAME, ValidationMessages.invalidVariableName(name)));
        }
        return Optional.empty();
    }
}
