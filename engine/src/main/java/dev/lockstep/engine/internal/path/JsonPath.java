package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled JSONPath as the States Language uses it (Jayway JsonPath semantics): {@code $} for the state input,
 * {@code $$} for the context object, {@code $name} for a variable.
 *
 * <p>SKELETON: the path helper replaces this implementation.
 */
public final class JsonPath {

    /** What the path starts from. */
    public enum Root {
        INPUT,
        CONTEXT,
        VARIABLE
    }

    private final String text;

    private JsonPath(String text) {
        this.text = text;
    }

    /** Compiles a path; throws {@link PathSyntaxException} naming the problem and its position. */
    public static JsonPath compile(String text) {
        return new JsonPath(text);
    }

    public String text() {
        return text;
    }

    public Root root() {
        return Root.INPUT;
    }

    /** The variable name for {@link Root#VARIABLE}, otherwise null. */
    public String variableName() {
        return null;
    }

    /** True when the path can only select one value: no wildcard, filter, slice, union or deep scan. */
    public boolean isDefinite() {
        return true;
    }

    /** True when the path is a Reference Path as the States Language defines it. */
    public boolean isReferencePath() {
        return true;
    }

    /** The path in Jayway's normalized bracket notation, e.g. {@code $['a']['b'][0]}, as AWS prints it in errors. */
    public String normalized() {
        return text;
    }

    /**
     * Selects from the root the path names in {@code context}. A definite path yields the value, or {@code null} when
     * nothing is there; an indefinite path yields an array of all matches, possibly empty.
     */
    public JsonNode find(EvaluationContext context) {
        return find(context.input());
    }

    /** Selects from {@code root}, whatever root the path names. */
    public JsonNode find(JsonNode root) {
        return "$".equals(text) ? root : null;
    }
}
