package dev.lockstep.engine.internal.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.VariableNameSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSONata that state machines write most, evaluated directly on Jackson nodes: paths from {@code $states.input},
 * {@code $states.context}, {@code $states.result}, {@code $states.errorOutput} or a variable, with field names and
 * number indexes; object and array constructors; literals; and {@code $merge}. It gives the results JSONata gives (a
 * property test compares the two); whenever a value would need what it does not model (a path that maps over an
 * array, an array spliced into an array constructor), it gives up and the JSONata library evaluates the expression.
 * Expressions outside this subset never reach it.
 */
final class FastPath {

    /** Thrown when a value needs full JSONata; the caller evaluates the expression with the library instead. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** A compiled node of the subset; returns null for undefined. */
    abstract static class Node {
        abstract JsonNode evaluate(JsonataScope scope);

        /** True for an array constructor, which an enclosing array constructor keeps nested. */
        boolean isArrayConstructor() {
            return false;
        }
    }

    private FastPath() {}

    /** The expression compiled for the fast path, or null when it is outside the subset. */
    static Node compile(String text) {
        try {
            Parser parser = new Parser(text);
            Node node = parser.expression();
            parser.skipSpace();
            return parser.atEnd() ? node : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            skipSpace();
            if (atEnd()) {
                throw new Unsupported();
            }
            return text.charAt(at);
        }

        private boolean accept(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new Unsupported();
            }
        }

        Node expression() {
            char c = peek();
            if (c == '$') {
                return dollar();
            }
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '(') {
                at++;
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (c == '"' || c == '\'') {
                return new Literal(Json.NODES.textNode(string()));
            }
            if (c == '-' || Character.isDigit(c)) {
                return new Literal(number());
            }
            String word = name();
            switch (word) {
                case "true":
                    return new Literal(Json.NODES.booleanNode(true));
                case "false":
                    return new Literal(Json.NODES.booleanNode(false));
                case "null":
                    return new Literal(Json.NODES.nullNode());
                default:
                    throw new Unsupported(); // a bare name reads the context item, which AWS does not have
            }
        }

        private Node dollar() {
            at++; // $
            if (atEnd() || !VariableNameSyntax.isStart(text.codePointAt(at))) {
                throw new Unsupported();
            }
            String name = name();
            if (name.equals("merge") && peek() == '(') {
                at++;
                Node argument = expression();
                expect(')');
                return new Merge(argument);
            }
            Root root;
            if (name.equals("states")) {
                expect('.');
                String part = name();
                switch (part) {
                    case "input":
                        root = Root.INPUT;
                        break;
                    case "context":
                        root = Root.CONTEXT;
                        break;
                    case "result":
                        root = Root.RESULT;
                        break;
                    case "errorOutput":
                        root = Root.ERROR_OUTPUT;
                        break;
                    default:
                        throw new Unsupported();
                }
                name = null;
            } else {
                if (!atEnd() && text.charAt(at) == '(') {
                    throw new Unsupported(); // another function
                }
                root = Root.VARIABLE;
            }
            List<Object> steps = new ArrayList<>();
            while (true) {
                skipSpace();
                if (atEnd()) {
                    break;
                }
                char c = text.charAt(at);
                if (c == '.') {
                    at++;
                    steps.add(name());
                } else if (c == '[') {
                    at++;
                    JsonNode index = number();
                    if (!index.isIntegralNumber()) {
                        throw new Unsupported();
                    }
                    expect(']');
                    steps.add(index.intValue());
                } else {
                    break;
                }
            }
            return new Path(root, name, steps.toArray());
        }

        private Node object() {
            expect('{');
            List<String> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (!accept('}')) {
                do {
                    char c = peek();
                    if (c != '"' && c != '\'') {
                        throw new Unsupported();
                    }
                    String key = string();
                    if (!seen.add(key)) {
                        throw new Unsupported(); // JSONata's D1009, left to the library
                    }
                    expect(':');
                    keys.add(key);
                    values.add(expression());
                } while (accept(','));
                expect('}');
            }
            return new ObjectConstructor(keys.toArray(new String[0]), values.toArray(new Node[0]));
        }

        private Node array() {
            expect('[');
            List<Node> values = new ArrayList<>();
            if (!accept(']')) {
                do {
                    values.add(expression());
                } while (accept(','));
                expect(']');
            }
            return new ArrayConstructor(values.toArray(new Node[0]));
        }

        private String name() {
            skipSpace();
            int start = at;
            at = VariableNameSyntax.end(text, start);
            if (at == start) {
                throw new Unsupported();
            }
            return text.substring(start, at);
        }

        private String string() {
            char quote = text.charAt(at++);
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw new Unsupported();
                }
                char c = text.charAt(at++);
                if (c == quote) {
                    return value.toString();
                }
                if (c == '\\') {
                    if (atEnd()) {
                        throw new Unsupported();
                    }
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case '"':
                        case '\\':
                        case '/':
                        case '\'':
                            value.append(escaped);
                            break;
                        case 'b':
                            value.append('\b');
                            break;
                        case 'f':
                            value.append('\f');
                            break;
                        case 'n':
                            value.append('\n');
                            break;
                        case 'r':
                            value.append('\r');
                            break;
                        case 't':
                            value.append('\t');
                            break;
                        default:
                            throw new Unsupported(); // \\u and the rest: left to the library
                    }
                } else {
                    value.append(c);
                }
            }
        }

        private JsonNode number() {
            skipSpace();
            int start = at;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length()
                    && (Character.isDigit(text.charAt(at)) || "+-.eE".indexOf(text.charAt(at)) >= 0)) {
                if ((text.charAt(at) == '+' || text.charAt(at) == '-') && "eE".indexOf(text.charAt(at - 1)) < 0) {
                    break;
                }
                at++;
            }
            try {
                double value = Double.parseDouble(text.substring(start, at));
                return JsonataValues.numberNode(value);
            } catch (NumberFormatException | JsonataValues.NotJson e) {
                throw new Unsupported();
            }
        }
    }

    /** A value as JSONata hands it on: a number in JSONata's model (1.0 is 1), anything else as it is. */
    private static JsonNode number(JsonNode value) {
        if (value.isNumber() && !value.isInt() && !value.isLong()) {
            return JsonataValues.toJson(JsonataValues.toJsonata(value));
        }
        return value;
    }

    private enum Root {
        INPUT,
        CONTEXT,
        RESULT,
        ERROR_OUTPUT,
        VARIABLE
    }

    private static final class Literal extends Node {
        private final JsonNode value;

        Literal(JsonNode value) {
            this.value = value;
        }

        @Override
        JsonNode evaluate(JsonataScope scope) {
            return value;
        }
    }

    private static final class Path extends Node {
        private final Root root;
        private final String variable;
        private final Object[] steps;

        Path(Root root, String variable, Object[] steps) {
            this.root = root;
            this.variable = variable;
            this.steps = steps;
        }

        @Override
        JsonNode evaluate(JsonataScope scope) {
            JsonNode value;
            switch (root) {
                case INPUT:
                    value = scope.input();
                    break;
                case CONTEXT:
                    value = scope.context();
                    break;
                case RESULT:
                    value = scope.result();
                    break;
                case ERROR_OUTPUT:
                    value = scope.errorOutput();
                    break;
                default:
                    value = scope.variable(variable);
            }
            for (Object step : steps) {
                if (value == null) {
                    return null;
                }
                if (step instanceof String) {
                    if (value.isArray()) {
                        throw GiveUp.INSTANCE; // JSONata maps the step over the array
                    }
                    value = value.isObject() ? value.get((String) step) : null;
                } else {
                    int index = (Integer) step;
                    if (value.isArray()) {
                        int position = index < 0 ? value.size() + index : index;
                        value = position >= 0 && position < value.size() ? value.get(position) : null;
                        if (value != null && value.isArray()) {
                            throw GiveUp.INSTANCE;
                        }
                    } else if (index != 0 && index != -1) {
                        value = null; // a single value is a sequence of one
                    }
                }
            }
            return value == null ? null : number(value);
        }
    }

    private static final class ObjectConstructor extends Node {
        private final String[] keys;
        private final Node[] values;

        ObjectConstructor(String[] keys, Node[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        JsonNode evaluate(JsonataScope scope) {
            ObjectNode object = Json.NODES.objectNode();
            for (int i = 0; i < keys.length; i++) {
                JsonNode value = values[i].evaluate(scope);
                if (value != null) { // JSONata leaves out a key whose value is undefined
                    object.set(keys[i], value);
                }
            }
            return object;
        }
    }

    private static final class ArrayConstructor extends Node {
        private final Node[] values;

        ArrayConstructor(Node[] values) {
            this.values = values;
        }

        @Override
        boolean isArrayConstructor() {
            return true;
        }

        @Override
        JsonNode evaluate(JsonataScope scope) {
            ArrayNode array = Json.NODES.arrayNode(values.length);
            for (Node node : values) {
                JsonNode value = node.evaluate(scope);
                if (value == null) {
                    continue; // undefined items are left out
                }
                if (value.isArray() && !node.isArrayConstructor()) {
                    throw GiveUp.INSTANCE; // JSONata splices such an array into the constructor
                }
                array.add(value);
            }
            return array;
        }
    }

    private static final class Merge extends Node {
        private final Node argument;

        Merge(Node argument) {
            this.argument = argument;
        }

        @Override
        JsonNode evaluate(JsonataScope scope) {
            if (scope.variable("merge") != null) {
                throw GiveUp.INSTANCE; // a workflow variable named merge hides the function
            }
            JsonNode value = argument.evaluate(scope);
            if (value == null) {
                return null;
            }
            if (!value.isArray() && !value.isObject()) {
                throw GiveUp.INSTANCE;
            }
            ObjectNode merged = Json.NODES.objectNode();
            for (JsonNode element : value.isObject() ? List.of(value) : value) {
                if (!element.isObject()) {
                    throw GiveUp.INSTANCE; // JSONata's signature error, in JSONata's words
                }
                Iterator<Map.Entry<String, JsonNode>> fields = element.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    merged.set(field.getKey(), number(field.getValue()));
                }
            }
            return merged;
        }
    }
}
