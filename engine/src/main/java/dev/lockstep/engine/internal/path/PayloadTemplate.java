package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compiles a payload template (Parameters, ResultSelector, ItemSelector, Credentials): a JSON value whose object
 * keys ending in {@code .$} take their value from a path or an intrinsic function call.
 *
 * <p>SKELETON: the path helper replaces this implementation.
 */
public final class PayloadTemplate {

    private PayloadTemplate() {}

    /**
     * Compiles {@code template} for the field {@code fieldName} (used in error messages).
     *
     * @throws PathSyntaxException when a {@code .$} value is neither a valid path nor a valid intrinsic call
     */
    public static ValueExpression compile(JsonNode template, String fieldName) {
        return context -> template;
    }
}
