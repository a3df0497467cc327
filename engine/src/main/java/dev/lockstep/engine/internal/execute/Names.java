package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.InvalidNameException;

/** Names and ARNs as AWS forms and checks them (API reference: StartExecution, CreateStateMachine "name"). */
public final class Names {

    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private Names() {}

    /**
     * Throws {@link InvalidNameException} when AWS would refuse {@code name} for a {@code what}. AWS's rule (API
     * reference: CreateStateMachine and StartExecution, "name"): 1 to 80 characters and none of white space
     * (non-breaking spaces included), brackets {@code < > { } [ ]}, wildcards {@code ? *}, special characters
     * {@code " # % \ ^ | ~ ` $ & , ; : /}, control characters (U+0000-001F, U+007F-009F, U+FFFE-FFFF), surrogates
     * (U+D800-DFFF: a character outside the Basic Multilingual Plane is fine, half of one is not) or U+10FFFF.
     */
    public static void check(String name, String what) {
        if (name == null || name.isEmpty() || name.length() > 80) {
            throw new InvalidNameException(
                    "Invalid Name: '" + name + "' (a " + what + " name must be 1 to 80 characters long)");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (refused(c)) {
                throw new InvalidNameException("Invalid Name: '" + name + "' (a " + what
                        + " name must not contain white space, brackets, wildcards, control characters, surrogates or"
                        + " any of \" # % \\ ^ | ~ ` $ & , ; : /; found '" + printable(c) + "' at position " + i
                        + ")");
            }
            i += Character.charCount(c);
        }
    }

    private static boolean refused(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || FORBIDDEN.indexOf(c) >= 0
                || c <= 0x1F
                || (c >= 0x7F && c <= 0x9F)
                || c == 0xFFFE
                || c == 0xFFFF
                || isSurrogate(c) // codePointAt gives a surrogate only when it is not half of a pair
                || c == 0x10FFFF;
    }

    private static boolean isSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    private static String printable(int c) {
        return Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isWhitespace(c) || isSurrogate(c)
                ? String.format("\\u%04x", c)
                : new String(Character.toChars(c));
    }

    static String stateMachineArn(String region, String account, String name) {
        return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
    }

    static String executionArn(String region, String account, String machine, String name) {
        return "arn:aws:states:" + region + ":" + account + ":execution:" + machine + ":" + name;
    }

    static String expressExecutionArn(String region, String account, String machine, String name, String id) {
        return "arn:aws:states:" + region + ":" + account + ":express:" + machine + ":" + name + ":" + id;
    }
}
