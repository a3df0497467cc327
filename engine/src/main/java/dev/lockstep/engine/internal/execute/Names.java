package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.InvalidNameException;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Names and ARNs as AWS forms and checks them (API reference: StartExecution, CreateStateMachine "name"). */
final class Names {

    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private Names() {}

    /** Throws {@link InvalidNameException} when AWS would refuse {@code name} for a {@code what}. */
    static void check(String name, String what) {
        if (name == null || name.isEmpty() || name.length() > 80) {
            throw new InvalidNameException(
                    "Invalid Name: '" + name + "' (a " + what + " name must be 1 to 80 characters long)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)
                    || FORBIDDEN.indexOf(c) >= 0
                    || c <= 0x1F
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                throw new InvalidNameException("Invalid Name: '" + name + "' (a " + what
                        + " name must not contain whitespace, brackets, wildcards, control characters or any of "
                        + "\" # % \\ ^ | ~ ` $ & , ; : /; found '" + printable(c) + "' at position " + i + ")");
            }
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04x", (int) c) : "" + c;
    }

    /** A version 4 UUID drawn from {@code random}: the same seed gives the same names. */
    static String uuid(RandomGenerator random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
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
