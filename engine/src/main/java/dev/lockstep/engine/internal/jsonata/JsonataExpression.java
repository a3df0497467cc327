package dev.lockstep.engine.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.path.VariableNameSyntax;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One JSONata expression, parsed once when the definition is compiled and evaluated each time its state runs.
 * Evaluation has no context item ({@code $} is undefined, as on AWS); it reads {@code $states} and the workflow
 * variables the expression names. Thread-safe: every evaluation gets its own frame.
 */
public final class JsonataExpression {

    /**
     * How deep one evaluation may nest. AWS refuses the 101st level (measured by floci: {@code 1+1+...+1} of 100 terms
     * passes, 101 fail); the library counts levels as JSONata does.
     */
    static final int MAX_DEPTH = 100;

    /** How long one evaluation may run: JSONata's own default bound; AWS publishes none. */
    static final long TIMEOUT_MILLIS = 5_000;

    private static final Pattern FUNCTION_WORD = Pattern.compile("\\bObject\\b");

    private final String text;
    private final FastPath.Node fast;
    private final Jsonata compiled;
    private final String[] variables;
    private final boolean readsStates;

    private JsonataExpression(String text, Jsonata compiled, String[] variables, boolean readsStates) {
        this.text = text;
        this.fast = FastPath.compile(text);
        this.compiled = compiled;
        this.variables = variables;
        this.readsStates = readsStates;
    }

    /**
     * Parses {@code text}, the expression between {@code {%} and {@code %}}.
     *
     * @throws JsonataSyntaxException when it is not a JSONata expression, with the parser's message
     */
    public static JsonataExpression compile(String text) {
        Jsonata compiled;
        try {
            compiled = Jsonata.jsonata(text);
        } catch (JException e) {
            throw new JsonataSyntaxException(text, messageOf(e));
        } catch (RuntimeException e) {
            throw new JsonataSyntaxException(text, String.valueOf(e.getMessage()));
        }
        compiled.setValidateInput(false); // inputs are JSON already
        compiled.setOutputConvertNulls(false); // keeps JSON null apart from undefined, and leaves inputs untouched
        StepFunctionsFunctions.install(compiled);
        Set<String> names = variableNames(text);
        boolean readsStates = names.remove("states");
        return new JsonataExpression(text, compiled, names.toArray(new String[0]), readsStates);
    }

    /**
     * The names after every {@code $} in {@code text}, read as Assign's keys are checked, so that {@code $café} (with
     * a combining accent) binds the variable café. A {@code $} inside a string literal adds a name that is simply never
     * found, which is harmless.
     */
    private static Set<String> variableNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (int dollar = text.indexOf('$'); dollar >= 0; dollar = text.indexOf('$', dollar + 1)) {
            int end = VariableNameSyntax.end(text, dollar + 1);
            if (end > dollar + 1) {
                names.add(text.substring(dollar + 1, end));
            }
        }
        return names;
    }

    /** The expression as written between the delimiters, trimmed. */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression in {@code scope}.
     *
     * @return the value, or {@code null} when the expression evaluates to undefined (JSON null is a {@code NullNode})
     * @throws JsonataEvaluationException when evaluation fails, with JSONata's code and message
     */
    public JsonNode evaluate(JsonataScope scope) {
        if (fast != null) {
            try {
                return fast.evaluate(scope);
            } catch (FastPath.GiveUp needsJsonata) {
                // a value the fast path does not model: JSONata decides
            }
        }
        return evaluateWithJsonata(scope);
    }

    /** Evaluates with the JSONata library only: what the fast path is checked against. */
    JsonNode evaluateWithJsonata(JsonataScope scope) {
        Jsonata.Frame frame = new Jsonata.Frame(null);
        if (readsStates) {
            frame.bind("states", new StatesView(scope));
        }
        for (String name : variables) {
            JsonNode value = scope.variable(name);
            if (value != null) {
                frame.bind(name, JsonataValues.toJsonata(value));
            }
        }
        EvaluationBounds.install(frame, TIMEOUT_MILLIS, MAX_DEPTH);
        Object result;
        try {
            result = StepFunctionsFunctions.within(scope, () -> compiled.evaluate(null, frame));
        } catch (JException e) {
            throw new JsonataEvaluationException(messageOf(e));
        } catch (StackOverflowError e) {
            throw new JsonataEvaluationException("Stack overflow error: the expression nests too deeply.");
        } catch (RuntimeException e) {
            throw new JsonataEvaluationException(messageOf(e));
        }
        try {
            return JsonataValues.toJson(result);
        } catch (JsonataValues.NotJson e) {
            throw new JsonataEvaluationException("The expression's value is not JSON: " + e.getMessage() + ".");
        }
    }

    /**
     * JSONata's message as jsonata-js (and so AWS) words it: {@code CODE: message}. The library words the catalog with
     * "Object" where JSONata says "function", and leaves the operator placeholder unfilled.
     */
    private static String messageOf(RuntimeException e) {
        if (e instanceof JException) {
            JException j = (JException) e;
            String code = j.getError();
            String message = j.getMessage();
            if (code == null || code.contains(" ")) {
                // thrown with the whole message in place of a code (our functions, and some of the library's)
                return code == null ? String.valueOf(message) : code;
            }
            message = message == null ? "" : message;
            message = FUNCTION_WORD.matcher(message).replaceAll("function").replace(" {{token}}", "");
            return code + ": " + message;
        }
        if (e.getCause() instanceof RuntimeException && e.getCause() != e) {
            return messageOf((RuntimeException) e.getCause());
        }
        String message = e.getMessage();
        return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
        return "{% " + text + " %}";
    }

    /**
     * {@code $states}: input, result, errorOutput and context, each present only where the state has it. The context
     * object is built only when an expression reads it.
     */
    private static final class StatesView extends AbstractMap<String, Object> {
        private final JsonataScope scope;
        private Object input;

        StatesView(JsonataScope scope) {
            this.scope = scope;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String)) {
                return null;
            }
            switch ((String) key) {
                case "input":
                    if (input == null) {
                        input = JsonataValues.toJsonata(scope.input()); // read again and again: one view
                    }
                    return input;
                case "result":
                    return JsonataValues.toJsonata(scope.result());
                case "errorOutput":
                    return JsonataValues.toJsonata(scope.errorOutput());
                case "context":
                    return JsonataValues.toJsonata(scope.context());
                default:
                    return null;
            }
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(4);
            for (String key : new String[] {"input", "result", "errorOutput", "context"}) {
                Object value = get(key);
                if (value != null) {
                    entries.add(new SimpleImmutableEntry<>(key, value));
                }
            }
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }
    }
}
