package dev.lockstep.engine.internal.jsonata;

/** A {@code {% %}} string whose content is not a JSONata expression; found when the definition is compiled. */
public final class JsonataSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private String location;

    public JsonataSyntaxException(String expression, String message) {
        super(message, null, false, false);
        this.expression = expression;
    }

    /** The expression as written between the delimiters. */
    public String expression() {
        return expression;
    }

    /** Where the expression is in the definition (a JSON pointer), once the compiler has said; else null. */
    public String location() {
        return location;
    }

    /** Sets where the expression is; returns this exception. */
    public JsonataSyntaxException at(String pointer) {
        if (location == null) {
            location = pointer;
        }
        return this;
    }
}
