package dev.lockstep.engine.internal.path;

/**
 * Which characters make a workflow variable name: the one rule that Assign's keys are checked with, that a JSONPath
 * {@code $name} and a JSONata {@code $name} are read with, so a variable that can be assigned can also be read.
 *
 * <p>Names follow the rules for Unicode identifiers (Unicode Standard Annex #31): an ID_Start character, then
 * ID_Continue characters (https://states-language.net, "State Machine Variables"; the developer guide's "Passing data
 * between states with variables" describes the variables themselves). Java's Unicode identifier classes stand in for ID_Start and ID_Continue, without the
 * characters Java ignores in identifiers; an underscore is also accepted first, so that no name a JSONata author writes
 * ({@code $_total}) is refused.
 */
public final class VariableNameSyntax {

    private VariableNameSyntax() {}

    public static boolean isStart(int codePoint) {
        return codePoint == '_' || Character.isUnicodeIdentifierStart(codePoint);
    }

    public static boolean isPart(int codePoint) {
        return Character.isUnicodeIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }

    /** True when all of {@code text} is a name: a start character, then part characters. Length is not checked. */
    public static boolean isName(String text) {
        return !text.isEmpty() && isStart(text.codePointAt(0)) && end(text, 0) == text.length();
    }

    /**
     * Where a name that starts at {@code from} ends (exclusive): {@code from} when no start character stands there,
     * otherwise the index after its last part character.
     */
    public static int end(String text, int from) {
        if (from >= text.length() || !isStart(text.codePointAt(from))) {
            return from;
        }
        int at = from + Character.charCount(text.codePointAt(from));
        while (at < text.length() && isPart(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }
}
