package dev.lockstep.server.internal.sfn;

/**
 * AWS's rule for state machine and execution names (API reference: CreateStateMachine and StartExecution, "name"): no
 * white space, brackets {@code < > { } [ ]}, wildcards {@code ? *}, special characters {@code " # % \ ^ | ~ ` $ & , ; :
 * /}, control characters (U+0000-001F, U+007F-009F, U+FFFE-FFFF) or unpaired surrogates. Lengths (1 to 80) are checked
 * as model constraints before this rule.
 */
final class ResourceNames {

    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private ResourceNames() {}

    static boolean isValid(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || FORBIDDEN.indexOf(c) >= 0
                    || c <= 0x1F
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
