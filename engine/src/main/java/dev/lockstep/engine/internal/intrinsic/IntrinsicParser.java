package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.JsonPath;
import dev.lockstep.engine.internal.path.PathSyntaxException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an intrinsic call such as {@code States.Format('{} items', States.ArrayLength($.items))} into a tree of
 * {@link Argument}s, in one pass with no backtracking.
 *
 * <pre>
 * call     = name ws* "(" ws* [ argument (ws* "," ws* argument)* ] ws* ")"
 * name     = "States." letter-or-digit+                  (case sensitive)
 * argument = string | number | "true" | "false" | "null" | path | call
 * string   = "'" ( "\'" | "\{" | "\}" | "\\" | any other character but "'" )* "'"
 * number   = "-"? digit+ ("." digit+)? (("e" | "E") ("+" | "-")? digit+)?
 * path     = "$" ...        (up to the next "," or ")" outside brackets, parentheses and quotes)
 * </pre>
 *
 * Whitespace is allowed between the tokens and after the closing parenthesis.
 */
final class IntrinsicParser {

    /** "You can nest up to 10 intrinsic functions within a field" (developer guide); the top call is level 1. */
    static final int MAX_DEPTH = 10;

    private static final String PREFIX = "States.";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final String ESCAPABLE = "'{}\\";
    private static final int MAX_QUOTED_TEXT = 200;

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /**
     * Parses the whole text as one call.
     *
     * @throws PathSyntaxException naming the function, the problem and its position
     */
    static Argument.Call parse(String text) {
        return new IntrinsicParser(text).parseWhole();
    }

    private Argument.Call parseWhole() {
        if (!text.startsWith(PREFIX)) {
            throw error(0, "an intrinsic function call starts with 'States.', such as States.Format('...', $.x)");
        }
        Argument.Call call = parseCall(1);
        skipWhitespace();
        if (pos < text.length()) {
            throw error(
                    pos,
                    "unexpected text '" + excerpt(pos) + "' after the closing parenthesis of "
                            + call.function().name() + "; a field holds one intrinsic call");
        }
        return call;
    }

    private Argument.Call parseCall(int depth) {
        int start = pos;
        String name = readWord();
        IntrinsicFunction function = FunctionTable.find(name);
        if (function == null) {
            throw unknownFunction(name, start);
        }
        if (depth > MAX_DEPTH) {
            throw error(
                    start,
                    name + " is nested " + depth + " levels deep, but intrinsic functions nest at most " + MAX_DEPTH
                            + " levels deep in a field");
        }
        skipWhitespace();
        if (peek() != '(') {
            throw error(pos, "expected '(' after " + name + ", found " + found());
        }
        pos++;
        List<Argument> arguments = new ArrayList<>();
        skipWhitespace();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                arguments.add(parseArgument(function, arguments.size(), depth));
                skipWhitespace();
                char next = peek();
                pos++;
                if (next == ')') {
                    break;
                }
                if (next != ',') {
                    pos--;
                    throw error(
                            pos,
                            "expected ',' or ')' after argument " + arguments.size() + " of " + name + ", found "
                                    + found());
                }
                skipWhitespace();
            }
        }
        if (!function.acceptsCount(arguments.size())) {
            throw error(
                    start,
                    name + " takes " + function.arityDescription() + ", but "
                            + IntrinsicFunction.count(arguments.size()) + (arguments.size() == 1 ? " was" : " were")
                            + " given");
        }
        return new Argument.Call(function, List.copyOf(arguments), start);
    }

    private Argument parseArgument(IntrinsicFunction function, int index, int depth) {
        char c = peek();
        if (c == '\'') {
            return parseString(function, index);
        }
        if (c == '$') {
            return parsePath(function, index);
        }
        if (c == '-' || isDigit(c)) {
            return parseNumber(function, index);
        }
        if (Character.isLetter(c)) {
            int start = pos;
            String word = readWord();
            switch (word) {
                case "true", "false", "null" -> {
                    expectDelimiter(function, index);
                    JsonNode value =
                            word.equals("null") ? Json.NODES.nullNode() : Json.NODES.booleanNode(word.equals("true"));
                    return new Argument.Literal(value, start);
                }
                default -> {
                    if (!word.startsWith(PREFIX)) {
                        throw error(
                                start,
                                "unexpected '" + word + "' as argument " + (index + 1) + " of " + function.name() + "; "
                                        + argumentForms());
                    }
                    pos = start;
                    return parseCall(depth + 1);
                }
            }
        }
        if (c == ')' || c == ',') {
            throw error(
                    pos,
                    "argument " + (index + 1) + " of " + function.name() + " is missing before '" + c + "'; "
                            + argumentForms());
        }
        if (pos >= text.length()) {
            throw error(pos, "the text ends inside " + function.name() + "(...): expected an argument and ')'");
        }
        throw error(
                pos,
                "unexpected " + found() + " as argument " + (index + 1) + " of " + function.name() + "; "
                        + argumentForms());
    }

    private Argument parseString(IntrinsicFunction function, int index) {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        String badEscape = null;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                String raw = text.substring(start + 1, pos);
                pos++;
                expectDelimiter(function, index);
                return new Argument.StringLiteral(raw, value.toString(), badEscape, start);
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char escaped = text.charAt(pos + 1);
                if (ESCAPABLE.indexOf(escaped) >= 0) {
                    value.append(escaped);
                    pos += 2;
                    continue;
                }
                if (badEscape == null) {
                    badEscape = "the backslash at position " + pos + " of the call escapes '" + escaped
                            + "', but only \\', \\{, \\} and \\\\ are escape sequences in intrinsic functions;"
                            + " write \\\\ for a backslash";
                }
            }
            value.append(c);
            pos++;
        }
        throw error(
                start,
                "the string that starts at position " + start + " (argument " + (index + 1) + " of " + function.name()
                        + ") has no closing single quote; write \\' for a quote inside a string");
    }

    private Argument parseNumber(IntrinsicFunction function, int index) {
        int start = pos;
        Matcher matcher = NUMBER.matcher(text).region(pos, text.length());
        if (!matcher.lookingAt()) {
            throw error(start, "'-' must be followed by digits in argument " + (index + 1) + " of " + function.name());
        }
        String token = matcher.group();
        pos = matcher.end();
        expectDelimiter(function, index);
        if (matcher.group(1) == null && matcher.group(2) == null) {
            return new Argument.Literal(Numbers.node(new BigInteger(token)), start);
        }
        double value;
        try {
            value = new BigDecimal(token).doubleValue();
        } catch (NumberFormatException exponentOutOfRange) {
            // BigDecimal refuses exponents outside the int range: 1e9999999999 is too large for a double, and
            // 1e-9999999999 underflows to 0 as 1e-400 does.
            String exponent = matcher.group(2);
            value = exponent != null && exponent.charAt(1) == '-' ? 0.0 : Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw error(
                    start,
                    "the number " + token + " in argument " + (index + 1) + " of " + function.name()
                            + " is out of range: a number must fit a 64-bit floating-point value");
        }
        // Decimals become doubles, as the engine reads decimals from JSON.
        return new Argument.Literal(Json.NODES.numberNode(value), start);
    }

    /**
     * A path runs to the next ',' or ')' that is outside brackets, parentheses and quotes, so {@code $['a, b']} and
     * filters such as {@code $.a[?(@.b > 1)]} stay whole. JsonPath checks the rest.
     */
    private Argument parsePath(IntrinsicFunction function, int index) {
        int start = pos;
        int brackets = 0;
        int parentheses = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == '\\') {
                    pos++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '\'' || c == '"') && (brackets > 0 || parentheses > 0)) {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']' && brackets > 0) {
                brackets--;
            } else if (c == '(') {
                parentheses++;
            } else if (c == ')' && parentheses > 0) {
                parentheses--;
            } else if ((c == ',' || c == ')') && brackets == 0 && parentheses == 0) {
                break;
            }
            pos++;
        }
        if (quote != 0 || brackets > 0 || parentheses > 0) {
            throw error(
                    start,
                    "the path that starts at position " + start + " (argument " + (index + 1) + " of " + function.name()
                            + ") is not closed: a quote, bracket or parenthesis is left open");
        }
        String pathText = text.substring(start, Math.min(pos, text.length())).stripTrailing();
        try {
            return new Argument.Path(pathText, JsonPath.compile(pathText), start);
        } catch (PathSyntaxException invalid) {
            throw error(
                    start + Math.max(0, invalid.position()),
                    "the path '" + pathText + "' (argument " + (index + 1) + " of " + function.name()
                            + ") is not valid: " + invalid.getMessage());
        }
    }

    /** After a literal comes whitespace, ',' or ')': {@code 12ab} or {@code 'a''b'} are not one argument. */
    private void expectDelimiter(IntrinsicFunction function, int index) {
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ',' && c != ')' && !Character.isWhitespace(c)) {
                throw error(
                        pos,
                        "unexpected " + found() + " right after argument " + (index + 1) + " of " + function.name()
                                + "; separate arguments with ','");
            }
        }
    }

    private String readWord() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_') {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private PathSyntaxException unknownFunction(String name, int start) {
        IntrinsicFunction sameButCase = FunctionTable.findIgnoringCase(name);
        String hint = sameButCase != null
                ? "; names are case sensitive: did you mean " + sameButCase.name() + "?"
                : "; the functions are "
                        + String.join(
                                ", ",
                                FunctionTable.all().stream()
                                        .map(IntrinsicFunction::name)
                                        .toList());
        return error(start, "unknown intrinsic function '" + name + "'" + hint);
    }

    private static String argumentForms() {
        return "an argument is a string in single quotes, a number, true, false, null, a path starting with $,"
                + " or an intrinsic call such as States.Array()";
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private String found() {
        return pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the text";
    }

    private String excerpt(int from) {
        String rest = text.substring(from);
        return rest.length() > 20 ? rest.substring(0, 20) + "..." : rest;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private PathSyntaxException error(int position, String problem) {
        String shown = text.length() > MAX_QUOTED_TEXT ? text.substring(0, MAX_QUOTED_TEXT) + "..." : text;
        return new PathSyntaxException(text, position, problem + " (at position " + position + " in '" + shown + "')");
    }
}
