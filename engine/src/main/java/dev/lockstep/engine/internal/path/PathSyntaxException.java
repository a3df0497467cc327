package dev.lockstep.engine.internal.path;

/** A path or template that cannot be compiled; the message says what is wrong and where in the text. */
public final class PathSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;

    public PathSyntaxException(String text, int position, String problem) {
        super(problem);
        this.text = text;
        this.position = position;
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /** Zero-based index in {@link #text()} where the problem was found, or -1 if not known. */
    public int position() {
        return position;
    }
}
