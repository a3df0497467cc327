package dev.lockstep.engine.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lockstep.engine.internal.functions.Hashes;
import dev.lockstep.engine.internal.functions.Uuids;
import dev.lockstep.engine.internal.json.Json;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The functions Step Functions adds to JSONata, and the changes it makes to JSONata's own (developer guide,
 * "Transforming data with JSONata", JSONata functions provided by Step Functions): {@code $partition}, {@code $range},
 * {@code $hash}, {@code $random} with an optional seed, {@code $uuid}, {@code $parse}; {@code $eval} is not available.
 *
 * <p>Where the guide is silent, the behaviour is what others measured against AWS (floci's Step Functions notes): a
 * non-integer argument is truncated towards zero; a zero chunk size, an empty array, a {@code $range} without a step or
 * with a step pointing away from the end, and {@code $hash} without an algorithm evaluate to undefined; a one-element
 * {@code $range} is the bare number. {@code $random(seed)} is {@link java.util.Random} seeded with the seed.
 */
final class StepFunctionsFunctions {

    /**
     * AWS refuses a {@code $range} of more elements than this with its memory-limit error (measured by floci:
     * {@code $range(1, 360145, 1)} passes, one element more fails).
     */
    static final int MAX_RANGE = 360_145;

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ThreadLocal<JsonataScope> CURRENT = new ThreadLocal<>();

    private StepFunctionsFunctions() {}

    /** Adds the functions to a freshly compiled expression and takes {@code $eval} away. */
    static void install(Jsonata expression) {
        expression.assign("eval", null); // AWS: "$eval is not available"; calling it fails as calling a non-function
        expression.registerFunction("partition", new Jsonata.JFunction(StepFunctionsFunctions::partition, "<an:a>"));
        expression.registerFunction("range", new Jsonata.JFunction(StepFunctionsFunctions::range, "<nnn?:(an)>"));
        expression.registerFunction("hash", new Jsonata.JFunction(StepFunctionsFunctions::hash, "<ss?:s>"));
        expression.registerFunction("random", new Jsonata.JFunction(StepFunctionsFunctions::random, "<n?:n>"));
        expression.registerFunction("uuid", new Jsonata.JFunction(StepFunctionsFunctions::uuid, "<:s>"));
        expression.registerFunction("parse", new Jsonata.JFunction(StepFunctionsFunctions::parse, "<s:x>"));
        expression.registerFunction("now", new Jsonata.JFunction(StepFunctionsFunctions::now, "<s?s?:s>"));
        expression.registerFunction("millis", new Jsonata.JFunction(StepFunctionsFunctions::millis, "<:n>"));
    }

    /** Runs {@code action} with {@code scope} as the source of random values and time for these functions. */
    static <T> T within(JsonataScope scope, java.util.function.Supplier<T> action) {
        JsonataScope outer = CURRENT.get();
        CURRENT.set(scope);
        try {
            return action.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    private static JsonataScope scope() {
        JsonataScope scope = CURRENT.get();
        if (scope == null) {
            throw new IllegalStateException("a Step Functions JSONata function was called outside an evaluation");
        }
        return scope;
    }

    private static Object partition(Object input, List<?> args) {
        List<?> array = asList(args.get(0));
        long size = truncate(args.get(1));
        if (array == null || array.isEmpty() || size <= 0) {
            return null;
        }
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) Math.min(size, Integer.MAX_VALUE)) {
            int to = (int) Math.min(array.size(), from + size);
            chunks.add(new ArrayList<>(array.subList(from, to)));
        }
        return chunks;
    }

    private static Object range(Object input, List<?> args) {
        if (args.size() < 3 || args.get(2) == null) {
            return null;
        }
        long start = truncate(args.get(0));
        long end = truncate(args.get(1));
        long step = truncate(args.get(2));
        if (step == 0 || (end > start && step < 0) || (end < start && step > 0)) {
            return null;
        }
        // Exact: end - start overflows a long for bounds near Long.MIN_VALUE and Long.MAX_VALUE.
        BigInteger exactCount = BigInteger.valueOf(end)
                .subtract(BigInteger.valueOf(start))
                .divide(BigInteger.valueOf(step))
                .add(BigInteger.ONE);
        if (exactCount.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw new JException("Expression evaluation memory limit exceeded", 0);
        }
        int count = exactCount.intValueExact();
        if (count == 1) {
            return start;
        }
        List<Object> values = new ArrayList<>(count);
        for (long i = 0, value = start; i < count; i++, value += step) {
            values.add(value);
        }
        return values;
    }

    private static Object hash(Object input, List<?> args) {
        Object data = args.get(0);
        Object algorithm = args.size() > 1 ? args.get(1) : null;
        if (data == null || algorithm == null) {
            return null;
        }
        if (!(algorithm instanceof String name) || !Hashes.isSupported(name)) {
            throw new JException(
                    "The hashing algorithm " + algorithm + " is not supported. Use one of MD5, SHA-1,"
                            + " SHA-256, SHA-384 or SHA-512.",
                    0);
        }
        return Hashes.hex(name, (String) data);
    }

    private static Object random(Object input, List<?> args) {
        if (!args.isEmpty() && args.get(0) != null) {
            return new Random(truncate(args.get(0))).nextDouble();
        }
        return scope().random().nextDouble();
    }

    private static Object uuid(Object input, List<?> args) {
        return Uuids.randomV4(scope().random());
    }

    private static Object parse(Object input, List<?> args) {
        Object text = args.get(0);
        if (text == null) {
            return null;
        }
        try {
            return JsonataValues.toJsonata(Json.parse((String) text));
        } catch (JsonProcessingException e) {
            throw new JException("The string passed to $parse is not valid JSON: " + text, 0);
        }
    }

    /** JSONata's $now, on the engine's clock: ISO 8601 with milliseconds, or formatted by a picture string. */
    private static Object now(Object input, List<?> args) {
        long millis = scope().nowMillis();
        String picture = args.isEmpty() ? null : (String) args.get(0);
        String timezone = args.size() > 1 ? (String) args.get(1) : null;
        if (picture == null && timezone == null) {
            return ISO_MILLIS.format(Instant.ofEpochMilli(millis));
        }
        return Functions.dateTimeFromMillis(millis, picture, timezone);
    }

    private static Object millis(Object input, List<?> args) {
        return scope().nowMillis();
    }

    private static List<?> asList(Object value) {
        if (value instanceof List) {
            return (List<?>) value;
        }
        return value == null ? null : List.of(value);
    }

    private static long truncate(Object value) {
        return value instanceof Number ? (long) ((Number) value).doubleValue() : 0;
    }
}
