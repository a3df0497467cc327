package dev.lockstep.engine.internal.intrinsic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The 18 intrinsic functions by name. Names are case sensitive, as on AWS. */
final class FunctionTable {

    private static final Map<String, IntrinsicFunction> BY_NAME = build();

    private FunctionTable() {}

    private static Map<String, IntrinsicFunction> build() {
        Map<String, IntrinsicFunction> byName = new TreeMap<>();
        Stream.of(
                        ArrayFunctions.all(),
                        EncodingFunctions.all(),
                        JsonFunctions.all(),
                        MathFunctions.all(),
                        StringFunctions.all(),
                        List.of(FormatFunction.definition()))
                .flatMap(List::stream)
                .forEach(function -> byName.put(function.name(), function));
        return Collections.unmodifiableMap(byName);
    }

    /** The function called {@code name}, or null. */
    static IntrinsicFunction find(String name) {
        return BY_NAME.get(name);
    }

    static List<IntrinsicFunction> all() {
        return new ArrayList<>(BY_NAME.values());
    }

    /** The function whose name differs only in case, to suggest it; or null. */
    static IntrinsicFunction findIgnoringCase(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return BY_NAME.values().stream()
                .filter(function -> function.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElse(null);
    }
}
