package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A compiled JSONPath as the States Language uses it (Jayway JsonPath semantics): {@code $} for the state input,
 * {@code $$} for the context object, {@code $name} for a variable.
 *
 * <p>Supported: dot and bracket names ({@code $.a}, {@code $['a b']}, {@code $["a"]}, {@code $.abc.['def ghi']}),
 * indexes ({@code [0]}, {@code [-1]}), unions ({@code [0,1]}, {@code ['a','b']}), slices ({@code [1:3]},
 * {@code [:2]}, {@code [-2:]}), wildcards ({@code .*}, {@code [*]}), deep scan ({@code ..name}) and filters
 * ({@code [?(@.price < 10 && @.isbn)]} with {@code == != < <= > >= =~ in nin}, {@code && || !} and parentheses).
 *
 * <p>As on AWS, JSONPath functions are not evaluated: {@code $.list.length()} reads a property named
 * {@code length()}, which is normally absent.
 *
 * <p>A compiled path is immutable and thread-safe; evaluating it never parses text.
 */
public final class JsonPath {

    /** What the path starts from. */
    public enum Root {
        INPUT,
        CONTEXT,
        VARIABLE
    }

    private final String text;
    private final Root root;
    private final String variableName;
    private final Steps steps;
    private final List<Integer> stepPositions;

    private JsonPath(String text, PathParser.Parsed parsed) {
        this.text = text;
        this.root = parsed.root();
        this.variableName = parsed.variableName();
        this.steps = new Steps(parsed.steps());
        this.stepPositions = List.copyOf(parsed.positions());
    }

    /** Compiles a path; throws {@link PathSyntaxException} naming the problem and its position. */
    public static JsonPath compile(String text) {
        return new JsonPath(text, PathParser.parse(text));
    }

    public String text() {
        return text;
    }

    public Root root() {
        return root;
    }

    /** The variable name for {@link Root#VARIABLE}, otherwise null. */
    public String variableName() {
        return variableName;
    }

    /** True when the path can only select one value: no wildcard, filter, slice, union or deep scan. */
    public boolean isDefinite() {
        return steps.definite();
    }

    /**
     * True when the path is a Reference Path as the States Language defines it: only names ({@code .a},
     * {@code ['a']}) and single indexes ({@code [0]}); no {@code @ .. , : ? *} and no functions. The root may be
     * {@code $}, {@code $$} or a variable; fields that forbid some roots (ResultPath) check that themselves.
     */
    public boolean isReferencePath() {
        return steps.referencePath();
    }

    /**
     * The path in Jayway's normalized bracket notation, e.g. {@code $['a']['b'][0]}, as AWS prints it in errors.
     *
     * <p>The root is always printed {@code $}: for {@code $$} and variable paths AWS hands the rest of the path to
     * Jayway with the context object or the variable's value as the document (ASL: "The first dollar sign is stripped,
     * and the remaining text ... is interpreted as the JSONPath applying to the Context Object"). Filters print as
     * {@code [?]}, as in Jayway.
     */
    public String normalized() {
        return steps.normalized(steps.size());
    }

    /**
     * Selects from the root the path names in {@code context}. A definite path yields the value, or {@code null} when
     * nothing is there; an indefinite path yields an array of all matches, possibly empty.
     */
    public JsonNode find(EvaluationContext context) {
        return find(document(context));
    }

    /**
     * Selects from {@code root}, whatever root the path names. A null root (an undefined variable) selects nothing:
     * {@code null}, or an empty array for an indefinite path.
     */
    public JsonNode find(JsonNode root) {
        return steps.find(root);
    }

    /**
     * Like {@link #find(EvaluationContext)}, but when the last step of a definite path is an array index past the end
     * of an array, the result is JSON null rather than nothing. Payload templates on AWS behave so: {@code "i.$":
     * "$.items[5]"} with two items gives {@code "i": null}, while a missing field fails the state.
     */
    public JsonNode findLenient(EvaluationContext context) {
        return findLenient(document(context));
    }

    /** {@link #findLenient(EvaluationContext)} from {@code root}. */
    public JsonNode findLenient(JsonNode root) {
        return steps.findLenient(root);
    }

    /**
     * The document this path is applied to in {@code context}: the input, the context object, or the variable's value
     * ({@code null} when the variable is not defined). AWS prints this document in "could not be found in the input"
     * errors.
     */
    public JsonNode document(EvaluationContext context) {
        return switch (root) {
            case INPUT -> context.input();
            case CONTEXT -> context.context();
            case VARIABLE -> context.variable(variableName);
        };
    }

    /**
     * Why this definite path finds nothing in {@code root}, as Jayway words it (AWS prints it after {@code Invalid path
     * '$.x' : }): {@code No results for path: $['a']['b']}, or {@code Missing property in path $['a']} when a field
     * before the last step is missing.
     */
    public String notFoundReason(JsonNode root) {
        return root == null ? "No results for path: " + normalized() : steps.notFoundReason(root);
    }

    /** Number of steps after the root. */
    int stepCount() {
        return steps.size();
    }

    Step step(int index) {
        return steps.get(index);
    }

    /** Where step {@code index} starts in {@link #text()}. */
    int stepPosition(int index) {
        return stepPositions.get(index);
    }

    @Override
    public String toString() {
        return text;
    }
}
