package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.FilterExpression.Operand;
import dev.lockstep.engine.internal.path.FilterExpression.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads JSONPath text into steps, following Jayway's grammar as AWS accepts it. One instance reads one text; every
 * problem becomes a {@link PathSyntaxException} naming what was expected, what was found, and the position.
 */
final class PathParser {

    /** What a parsed path starts from, and its steps with the position each step starts at. */
    record Parsed(JsonPath.Root root, String variableName, List<Step> steps, List<Integer> positions) {}

    /** Filter JSON literals may use single quotes, as Jayway's json-smart parser allows. */
    private static final ObjectReader LENIENT_JSON = Json.MAPPER.reader().with(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

    /** Deeper filter nesting than this is surely a mistake, and would otherwise risk the stack. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private PathParser(String text) {
        this.text = text;
    }

    static Parsed parse(String text) {
        if (text == null) {
            throw new PathSyntaxException("null", -1, "Invalid JSONPath: a path must be a string starting with '$'");
        }
        return new PathParser(text).path();
    }

    private Parsed path() {
        if (text.isEmpty() || text.charAt(0) != '$') {
            throw error(0, "a path must start with '$'", describeHere(0));
        }
        pos = 1;
        JsonPath.Root root = JsonPath.Root.INPUT;
        String variable = null;
        if (pos < text.length() && text.charAt(pos) == '$') {
            root = JsonPath.Root.CONTEXT;
            pos++;
        } else if (pos < text.length() && VariableNameSyntax.isStart(text.codePointAt(pos))) {
            root = JsonPath.Root.VARIABLE;
            variable = variableName();
        } else if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            throw error(pos, "a variable name after '$' must start with a letter or '_'", describeHere(pos));
        }
        List<Step> steps = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        steps(steps, positions, false);
        if (pos < text.length()) {
            throw error(pos, "expected '.' or '[' to start the next step", describeHere(pos));
        }
        return new Parsed(root, variable, finish(steps), positions);
    }

    private String variableName() {
        int start = pos;
        pos = VariableNameSyntax.end(text, start);
        if (pos < text.length() && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
            throw error(
                    pos,
                    "a variable name may only hold letters, digits, '_' and the marks that combine with them; use '.'"
                            + " or '[' to go into the variable",
                    describeHere(pos));
        }
        return text.substring(start, pos);
    }

    /**
     * Reads steps until the text ends or, inside a filter, until something that is not a step. A property union is
     * merged into one object when it is the last step (Jayway's multi-property merge).
     */
    private void steps(List<Step> steps, List<Integer> positions, boolean inFilter) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int start = pos;
            if (c == '.') {
                steps.add(afterDot(inFilter));
            } else if (c == '[') {
                steps.add(bracket());
            } else if (inFilter) {
                return;
            } else {
                throw error(pos, "expected '.' or '[' to start the next step", describeHere(pos));
            }
            positions.add(start);
        }
    }

    /** A property union as the last step, or as the target of a last deep scan, merges (Jayway). */
    private static List<Step> finish(List<Step> steps) {
        if (steps.isEmpty()) {
            return steps;
        }
        int last = steps.size() - 1;
        if (steps.get(last) instanceof Step.Properties union) {
            steps.set(last, new Step.MergedProperties(union.names(), union.quote()));
        } else if (steps.get(last) instanceof Step.DeepScan scan && scan.target() instanceof Step.Properties union) {
            steps.set(last, new Step.DeepScan(new Step.MergedProperties(union.names(), union.quote())));
        }
        return steps;
    }

    private Step afterDot(boolean inFilter) {
        int dot = pos;
        pos++;
        boolean scan = pos < text.length() && text.charAt(pos) == '.';
        if (scan) {
            pos++;
        }
        if (pos >= text.length()) {
            throw error(dot, "a path cannot end with '" + (scan ? ".." : ".") + "'", "the end of the path");
        }
        Step target = dotTarget(inFilter, scan);
        return scan ? new Step.DeepScan(target) : target;
    }

    private Step dotTarget(boolean inFilter, boolean scan) {
        char c = text.charAt(pos);
        if (c == '[') {
            return bracket();
        }
        if (c == '*') {
            pos++;
            if (pos < text.length() && !isStepEnd(text.charAt(pos), inFilter)) {
                throw error(pos, "expected '.', '[' or the end of the path after '*'", describeHere(pos));
            }
            return new Step.Wildcard();
        }
        if (c == '.') {
            throw error(pos, "expected a name after '" + (scan ? ".." : ".") + "'", "another '.'");
        }
        return dotName(inFilter);
    }

    private boolean isStepEnd(char c, boolean inFilter) {
        return c == '.' || c == '[' || (inFilter && isFilterDelimiter(c));
    }

    private static boolean isFilterDelimiter(char c) {
        return Character.isWhitespace(c) || "()=!<>&|,]~".indexOf(c) >= 0;
    }

    /**
     * A name in dot notation. As in Jayway, it runs to the next '.', '[' or '('; a space is an error. A trailing
     * {@code ()} such as {@code length()} is kept as part of the name: AWS does not evaluate JSONPath functions and
     * reports such a path as not found ("Property ['length()'] not found in path $['list']").
     */
    private Step dotName(boolean inFilter) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '.' || c == '[') {
                break;
            }
            if (c == '(') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == ')' && pos > start) {
                    pos += 2;
                    return new Step.Property(text.substring(start, pos), '\'', true);
                }
                if (inFilter) {
                    break;
                }
                throw error(
                        pos,
                        "JSONPath functions with arguments are not supported in Step Functions",
                        describeHere(pos));
            }
            if (inFilter && isFilterDelimiter(c)) {
                break;
            }
            if (Character.isWhitespace(c)) {
                throw error(
                        pos,
                        "a name in dot notation cannot contain blanks; write it in brackets, e.g. $['my name']",
                        describeHere(pos));
            }
            pos++;
        }
        if (pos == start) {
            throw error(pos, "expected a name after '.'", describeHere(pos));
        }
        return new Step.Property(text.substring(start, pos), '\'', false);
    }

    /** {@code [...]}: quoted names, indexes, a slice, {@code *} or a filter. */
    private Step bracket() {
        int open = pos;
        pos++;
        skipBlanks();
        if (pos >= text.length()) {
            throw error(open, "'[' is never closed", "the end of the path");
        }
        char c = text.charAt(pos);
        Step step;
        if (c == '*') {
            pos++;
            step = new Step.Wildcard();
        } else if (c == '?') {
            step = filter();
        } else if (c == '\'' || c == '"') {
            step = quotedNames(c);
        } else if (c == '-' || c == ':' || isDigit(c)) {
            step = indexesOrSlice();
        } else {
            throw error(
                    pos,
                    "expected a quoted name, an index, a slice, '*' or a filter '?(...)' after '['",
                    describeHere(pos));
        }
        skipBlanks();
        expect(']', "to close the '[' at position " + open);
        return step;
    }

    private Step quotedNames(char quote) {
        List<String> names = new ArrayList<>();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) != quote) {
                throw error(pos, "expected a name in " + quote + "quotes" + quote, describeHere(pos));
            }
            names.add(quoted(quote));
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipBlanks();
            } else {
                break;
            }
        }
        return names.size() == 1
                ? new Step.Property(names.get(0), quote, false)
                : new Step.Properties(List.copyOf(names), quote);
    }

    /** A quoted string starting at the quote; backslash escapes as in Jayway ({@code \'}, {@code \\}, ...). */
    private String quoted(char quote) {
        int open = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return value.toString();
            }
            if (c == '\\') {
                pos++;
                if (pos >= text.length()) {
                    break;
                }
                value.append(escaped());
            } else {
                value.append(c);
                pos++;
            }
        }
        throw error(open, "the quoted text starting here is never closed", "the end of the path");
    }

    private char escaped() {
        char c = text.charAt(pos);
        pos++;
        switch (c) {
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 <= text.length()) {
                    String hex = text.substring(pos, pos + 4);
                    if (hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        pos += 4;
                        return (char) Integer.parseInt(hex, 16);
                    }
                }
                throw error(pos - 2, "'\\u' must be followed by four hexadecimal digits", describeHere(pos));
            default:
                // \' \" \\ \/ and any other escaped character stand for themselves.
                return c;
        }
    }

    private Step indexesOrSlice() {
        Integer first = text.charAt(pos) == ':' ? null : integer();
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            skipBlanks();
            Integer second = null;
            if (pos < text.length() && (text.charAt(pos) == '-' || isDigit(text.charAt(pos)))) {
                second = integer();
                skipBlanks();
            }
            if (pos < text.length() && text.charAt(pos) == ':') {
                throw error(pos, "slices with a step ([start:end:step]) are not supported by JSONPath", "':'");
            }
            return new Step.Slice(first, second);
        }
        if (pos < text.length() && text.charAt(pos) == ',') {
            List<Integer> indexes = new ArrayList<>();
            indexes.add(first);
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipBlanks();
                indexes.add(integer());
                skipBlanks();
            }
            return new Step.Indexes(indexes.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Step.Index(first);
    }

    private int integer() {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw error(pos, "expected digits of an array index", describeHere(pos));
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException tooLarge) {
            throw error(start, "the array index is too large", "'" + text.substring(start, pos) + "'");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- filters: [?( expression )] ------------------------------------------------------------------------------

    private Step filter() {
        int question = pos;
        pos++;
        skipBlanks();
        expect('(', "after '?': a filter is written [?(expression)]");
        nest();
        FilterExpression expression = or();
        depth--;
        skipBlanks();
        expect(')', "to close the filter started at position " + question);
        return new Step.Filter(expression);
    }

    private FilterExpression or() {
        List<FilterExpression> alternatives = new ArrayList<>();
        alternatives.add(and());
        while (consume("||")) {
            alternatives.add(and());
        }
        return alternatives.size() == 1
                ? alternatives.get(0)
                : new FilterExpression.Or(alternatives.toArray(new FilterExpression[0]));
    }

    private FilterExpression and() {
        List<FilterExpression> conditions = new ArrayList<>();
        conditions.add(unary());
        while (consume("&&")) {
            conditions.add(unary());
        }
        return conditions.size() == 1
                ? conditions.get(0)
                : new FilterExpression.And(conditions.toArray(new FilterExpression[0]));
    }

    private FilterExpression unary() {
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '!' && !lookingAt("!=")) {
            pos++;
            nest();
            FilterExpression negated = unary();
            depth--;
            return new FilterExpression.Not(negated);
        }
        if (pos < text.length() && text.charAt(pos) == '(') {
            int open = pos;
            pos++;
            nest();
            FilterExpression inner = or();
            depth--;
            skipBlanks();
            expect(')', "to close the '(' at position " + open);
            return inner;
        }
        return comparison();
    }

    private void nest() {
        if (++depth > MAX_DEPTH) {
            throw error(pos, "the filter is nested too deeply", "more than " + MAX_DEPTH + " levels");
        }
    }

    private FilterExpression comparison() {
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '/') {
            // Jayway also accepts the pattern first: /regex/ =~ @.name
            int patternStart = pos;
            Pattern pattern = regex();
            skipBlanks();
            if (!lookingAt("=~")) {
                throw error(patternStart, "a regular expression can only be used with '=~'", describeAt(pos));
            }
            pos += 2;
            skipBlanks();
            return new FilterExpression.RegexMatch(operand(), pattern);
        }
        Operand left = operand();
        skipBlanks();
        int operatorStart = pos;
        if (pos >= text.length() || lookingAt("&&") || lookingAt("||") || text.charAt(pos) == ')') {
            if (left instanceof Operand.PathOperand path) {
                return new FilterExpression.Exists(path);
            }
            throw error(operatorStart, "expected a comparison operator after the value", describeHere(operatorStart));
        }
        if (lookingAt("=~")) {
            pos += 2;
            skipBlanks();
            if (pos >= text.length() || text.charAt(pos) != '/') {
                throw error(pos, "expected a regular expression /.../ after '=~'", describeAt(pos));
            }
            return new FilterExpression.RegexMatch(left, regex());
        }
        Operator operator = operator(operatorStart);
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == '/') {
            throw error(pos, "a regular expression can only be used with '=~'", "'" + operator.symbol() + "'");
        }
        return new FilterExpression.Comparison(left, operator, operand());
    }

    private Operator operator(int start) {
        for (String symbol : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (lookingAt(symbol)) {
                pos += symbol.length();
                return switch (symbol) {
                    case "==" -> Operator.EQUAL;
                    case "!=" -> Operator.NOT_EQUAL;
                    case "<=" -> Operator.LESS_OR_EQUAL;
                    case ">=" -> Operator.GREATER_OR_EQUAL;
                    case "<" -> Operator.LESS;
                    default -> Operator.GREATER;
                };
            }
        }
        String word = word();
        switch (word) {
            case "in":
                return Operator.IN;
            case "nin":
                return Operator.NOT_IN;
            case "subsetof", "anyof", "noneof", "size", "empty", "contains":
                throw error(
                        start,
                        "the filter operator '" + word + "' is not supported; use ==, !=, <, <=, >, >=, =~, in or nin",
                        "'" + word + "'");
            default:
                if (lookingAt("=")) {
                    throw error(start, "use '==' to compare for equality", "a single '='");
                }
                throw error(
                        start, "expected a comparison operator (==, !=, <, <=, >, >=, =~, in, nin)", describeAt(start));
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Operand operand() {
        if (pos >= text.length()) {
            throw error(pos, "expected a value in the filter", "the end of the path");
        }
        char c = text.charAt(pos);
        int start = pos;
        if (c == '@' || c == '$') {
            return pathOperand(c == '$');
        }
        if (c == '\'' || c == '"') {
            return new Operand.Literal(Json.NODES.textNode(quoted(c)));
        }
        if (c == '-' || isDigit(c)) {
            return new Operand.Literal(number());
        }
        if (c == '[' || c == '{') {
            return new Operand.Literal(jsonLiteral());
        }
        String word = word();
        switch (word) {
            case "true":
                return new Operand.Literal(BooleanNode.TRUE);
            case "false":
                return new Operand.Literal(BooleanNode.FALSE);
            case "null":
                return new Operand.Literal(NullNode.getInstance());
            default:
                throw error(
                        start,
                        "expected a value: '@...', '$...', a quoted string, a number, true, false, null or a JSON"
                                + " array or object",
                        describeAt(start));
        }
    }

    private Operand pathOperand(boolean fromRoot) {
        int start = pos;
        pos++;
        if (pos < text.length() && (text.charAt(pos) == '$' || VariableNameSyntax.isStart(text.codePointAt(pos)))) {
            throw error(
                    start,
                    "only paths from '@' (the current item) or '$' can be used inside a filter",
                    describeAt(start));
        }
        List<Step> steps = new ArrayList<>();
        nest();
        steps(steps, new ArrayList<>(), true);
        depth--;
        return new Operand.PathOperand(fromRoot, new Steps(finish(steps)));
    }

    private JsonNode number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw error(start, "expected a number", describeAt(start));
        }
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int exponent = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int exponentDigits = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == exponentDigits) {
                throw error(exponent, "expected the digits of an exponent", describeHere(pos));
            }
        }
        try {
            return Json.NODES.numberNode(new BigDecimal(text.substring(start, pos)));
        } catch (NumberFormatException | ArithmeticException outOfRange) {
            throw error(start, "the number is out of range", "'" + text.substring(start, pos) + "'");
        }
    }

    /** {@code /pattern/flags}; the pattern is compiled now, so evaluation never parses a regular expression. */
    private Pattern regex() {
        int open = pos;
        pos++;
        StringBuilder pattern = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '/') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                pattern.append('/');
                pos += 2;
            } else {
                pattern.append(c);
                pos++;
            }
        }
        if (pos >= text.length()) {
            throw error(open, "the regular expression starting here is never closed with '/'", "the end of the path");
        }
        pos++;
        int flags = 0;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            char flag = text.charAt(pos);
            flags |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'u' -> Pattern.UNICODE_CASE;
                case 'd' -> Pattern.UNIX_LINES;
                case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
                default ->
                    throw error(pos, "unknown regular expression flag (use i, m, s, x, u, d or U)", "'" + flag + "'");
            };
            pos++;
        }
        try {
            return Pattern.compile(pattern.toString(), flags);
        } catch (PatternSyntaxException bad) {
            throw error(open, "the regular expression is not valid: " + bad.getDescription(), "/" + pattern + "/");
        }
    }

    /** A JSON array or object literal, e.g. for {@code in}; single-quoted strings are allowed, as in Jayway. */
    private JsonNode jsonLiteral() {
        int start = pos;
        int nesting = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == '\\') {
                    pos++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{') {
                nesting++;
            } else if (c == ']' || c == '}') {
                nesting--;
                if (nesting == 0) {
                    pos++;
                    break;
                }
            }
            pos++;
        }
        if (nesting != 0) {
            throw error(start, "the JSON literal starting here is never closed", "the end of the path");
        }
        String literal = text.substring(start, pos);
        try {
            return LENIENT_JSON.readTree(literal);
        } catch (JsonProcessingException | RuntimeException bad) {
            throw error(start, "the JSON literal is not valid JSON", "'" + literal + "'");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean lookingAt(String symbol) {
        return text.startsWith(symbol, pos);
    }

    private boolean consume(String symbol) {
        skipBlanks();
        if (lookingAt(symbol)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    private void expect(char c, String why) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error(pos, "expected '" + c + "' " + why, describeHere(pos));
        }
        pos++;
    }

    private String describeHere(int at) {
        return at >= text.length() ? "the end of the path" : "'" + text.charAt(at) + "'";
    }

    private String describeAt(int at) {
        if (at >= text.length()) {
            return "the end of the path";
        }
        int end = Math.min(text.length(), at + 12);
        return "'" + text.substring(at, end) + (end < text.length() ? "...'" : "'");
    }

    private PathSyntaxException error(int at, String problem, String found) {
        return new PathSyntaxException(
                text,
                at,
                "Invalid JSONPath '" + text + "': " + problem + ", but found " + found + " at position " + at);
    }
}
