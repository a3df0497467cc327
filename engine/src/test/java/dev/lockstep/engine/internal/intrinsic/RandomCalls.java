package dev.lockstep.engine.internal.intrinsic;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random intrinsic calls from a seed: any of the 18 functions, an allowed number of arguments, each argument a literal,
 * {@code $} or a nested call, nested at most {@link IntrinsicParser#MAX_DEPTH} deep. Arguments usually have the type
 * the function expects and sometimes not, so both results and failures are exercised.
 */
final class RandomCalls {

    /** What each function returns, so a nested call can stand where that type is expected. */
    private static final Map<String, ArgumentKind> RETURNS = Map.ofEntries(
            Map.entry("States.Format", ArgumentKind.STRING),
            Map.entry("States.StringToJson", ArgumentKind.ANY),
            Map.entry("States.JsonToString", ArgumentKind.STRING),
            Map.entry("States.Array", ArgumentKind.ARRAY),
            Map.entry("States.ArrayPartition", ArgumentKind.ARRAY),
            Map.entry("States.ArrayContains", ArgumentKind.BOOLEAN),
            Map.entry("States.ArrayRange", ArgumentKind.ARRAY),
            Map.entry("States.ArrayGetItem", ArgumentKind.ANY),
            Map.entry("States.ArrayLength", ArgumentKind.NUMBER),
            Map.entry("States.ArrayUnique", ArgumentKind.ARRAY),
            Map.entry("States.Base64Encode", ArgumentKind.STRING),
            Map.entry("States.Base64Decode", ArgumentKind.STRING),
            Map.entry("States.Hash", ArgumentKind.STRING),
            Map.entry("States.JsonMerge", ArgumentKind.OBJECT),
            Map.entry("States.MathRandom", ArgumentKind.NUMBER),
            Map.entry("States.MathAdd", ArgumentKind.NUMBER),
            Map.entry("States.StringSplit", ArgumentKind.ARRAY),
            Map.entry("States.UUID", ArgumentKind.STRING));

    /** Literals that make an argument valid where random text rarely is, keyed by function and argument index. */
    private static final Map<String, List<String>> GOOD_LITERALS = Map.of(
            "States.StringToJson#0", List.of("'[1, 2, 2]'", "'{\"k\": [true]}'", "'\"s\"'", "'3.5'", "''"),
            "States.Base64Decode#0", List.of("'RGF0YQ=='", "''", "'w6k='"),
            "States.Hash#1", List.of("'MD5'", "'SHA-1'", "'SHA-256'", "'SHA-384'", "'SHA-512'"),
            "States.ArrayGetItem#1", List.of("0", "1", "0.0"),
            "States.Format#0", List.of("'{}'", "'{} and {}'", "'\\{{}\\}'"));

    private static final List<String> STRING_PIECES =
            List.of("a", "Z", " ", "{}", "\\{", "\\}", "\\'", "\\\\", ",", "(", ")", "$", ".", "é", "😀", "MD5", "-");
    private static final List<String> NUMBERS =
            List.of("0", "1", "-1", "2", "3", "7", "2.5", "-0.5", "1e2", "999", "-1000", "2147483647", "12345678901");

    private final Random random;

    RandomCalls(Random random) {
        this.random = random;
    }

    /** A random call at nesting level {@code depth} (the top call is level 1). */
    String call(int depth) {
        return call(depth, ArgumentKind.ANY);
    }

    private String call(int depth, ArgumentKind wanted) {
        List<IntrinsicFunction> functions = FunctionTable.all().stream()
                .filter(function -> returns(function, wanted))
                .toList();
        IntrinsicFunction function = functions.get(random.nextInt(functions.size()));
        int max = Math.min(function.maxArguments(), function.minArguments() + 3);
        int count = function.minArguments() + random.nextInt(max - function.minArguments() + 1);
        StringBuilder call = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                call.append(random.nextBoolean() ? ", " : ",");
            }
            List<String> good = GOOD_LITERALS.get(function.name() + "#" + i);
            if (good != null && random.nextInt(3) > 0) {
                call.append(good.get(random.nextInt(good.size())));
                continue;
            }
            ArgumentKind kind = random.nextInt(10) == 0
                    ? ArgumentKind.values()[random.nextInt(ArgumentKind.values().length)]
                    : function.kindAt(i);
            call.append(argument(kind, depth));
        }
        return call.append(')').toString();
    }

    private static boolean returns(IntrinsicFunction function, ArgumentKind wanted) {
        ArgumentKind returned = RETURNS.get(function.name());
        return wanted == ArgumentKind.ANY || returned == wanted || returned == ArgumentKind.ANY;
    }

    private String argument(ArgumentKind kind, int depth) {
        boolean canNest = depth < IntrinsicParser.MAX_DEPTH;
        if (canNest && random.nextInt(5) < 2) {
            return call(depth + 1, kind);
        }
        if (random.nextInt(10) == 0) {
            return "$";
        }
        return switch (kind) {
            case STRING -> string();
            case NUMBER -> number();
            case BOOLEAN -> random.nextBoolean() ? "true" : "false";
            case ARRAY -> canNest ? "States.Array(" + anyLiteral() + ", " + anyLiteral() + ", " + number() + ")" : "$";
            case OBJECT -> canNest ? "States.StringToJson('{\"k\": " + number() + "}')" : "$";
            case ANY -> anyLiteral();
        };
    }

    private String anyLiteral() {
        return switch (random.nextInt(4)) {
            case 0 -> string();
            case 1 -> number();
            case 2 -> "null";
            default -> random.nextBoolean() ? "true" : "false";
        };
    }

    private String number() {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    private String string() {
        if (random.nextInt(4) == 0) {
            List<String> algorithms = List.of("'MD5'", "'SHA-1'", "'SHA-256'", "'SHA-384'", "'SHA-512'", "'SHA-3'");
            return algorithms.get(random.nextInt(algorithms.size()));
        }
        StringBuilder text = new StringBuilder("'");
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            text.append(STRING_PIECES.get(random.nextInt(STRING_PIECES.size())));
        }
        return text.append('\'').toString();
    }
}
