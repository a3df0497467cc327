package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled ResultPath: a Reference Path on {@code $} that says where a result goes in the state's input.
 *
 * <p>SKELETON: the path helper replaces this implementation.
 */
public final class ReferencePath {

    private final String text;

    private ReferencePath(String text) {
        this.text = text;
    }

    /** Compiles a ResultPath; throws {@link PathSyntaxException} when it is not a Reference Path on {@code $}. */
    public static ReferencePath compile(String text) {
        return new ReferencePath(text);
    }

    public String text() {
        return text;
    }

    /**
     * A new value: {@code input} with {@code result} placed at this path ({@code $} gives {@code result} itself).
     * Neither argument is changed.
     *
     * @throws dev.lockstep.engine.internal.error.StatesError when the path cannot be applied to the input
     */
    public JsonNode apply(JsonNode input, JsonNode result) {
        return result;
    }
}
