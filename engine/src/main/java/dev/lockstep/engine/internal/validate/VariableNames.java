package dev.lockstep.engine.internal.validate;

import java.util.Optional;

/**
 * Names of workflow variables, as the States Language defines them ("State Machine Variables"): at most 80
 * characters, a Unicode ID_Start character then ID_Continue characters, and never {@code states}.
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
        if (!isIdentifier(name)) {
            return Optional.of(
                    new Problem(DiagnosticCodes.INVALID_VARIABLE_NAME, ValidationMessages.invalidVariableName(name)));
        }
        return Optional.empty();
    }

    /**
     * Java's Unicode identifier classes stand in for ID_Start and ID_Continue; an underscore is also accepted first,
     * so that no name a JSONata author writes ($_total) is refused.
     */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isUnicodeIdentifierStart(first) && first != '_') {
            return false;
        }
        return name.codePoints()
                .skip(1)
                .allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
