package dev.lockstep.engine.internal.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators for JSON documents and for paths, valid or not. */
final class PathGenerators {

    private PathGenerators() {}

    /** Keys a user might write, including ones that need bracket notation and escaping. */
    static final List<String> KEYS = List.of(
            "a",
            "b",
            "name",
            "detail-type",
            "x_y",
            "Ü",
            "1",
            "$",
            "*",
            "a b",
            "it's",
            "say \"hi\"",
            "x.y",
            "[z]",
            "back\\slash",
            "length()",
            "",
            " ",
            "tab\t",
            "日本");

    /** Keys that survive Jayway's normalized form, which does not escape quotes or backslashes. */
    static final List<String> PLAIN_KEYS = KEYS.stream()
            .filter(key -> key.indexOf('\'') < 0 && key.indexOf('"') < 0 && key.indexOf('\\') < 0)
            .toList();

    /** A document, and a definite path to one node of it, written in randomly chosen notations. */
    record Located(JsonNode document, String path, JsonNode node) {
        @Override
        public String toString() {
            return path + " in " + Json.compact(document);
        }
    }

    static int pick(RandomnessSource in, int low, int high) {
        return (int) in.next(Constraint.between(low, high));
    }

    static <T> T oneOf(RandomnessSource in, List<T> choices) {
        return choices.get(pick(in, 0, choices.size() - 1));
    }

    static Gen<JsonNode> documents() {
        return in -> document(in, 4);
    }

    static JsonNode document(RandomnessSource in, int depth) {
        int kind = pick(in, 0, depth <= 0 ? 3 : 5);
        switch (kind) {
            case 0:
                return Json.NODES.numberNode(pick(in, -5, 5));
            case 1:
                return Json.NODES.textNode(oneOf(in, KEYS));
            case 2:
                return pick(in, 0, 1) == 0 ? Json.NODES.booleanNode(true) : Json.NODES.nullNode();
            case 3:
                return Json.NODES.numberNode(pick(in, -100, 100) / 4.0);
            case 4:
                ArrayNode array = Json.NODES.arrayNode();
                for (int i = pick(in, 0, 4); i > 0; i--) {
                    array.add(document(in, depth - 1));
                }
                return array;
            default:
                ObjectNode object = Json.NODES.objectNode();
                for (int i = pick(in, 0, 5); i > 0; i--) {
                    object.set(oneOf(in, KEYS), document(in, depth - 1));
                }
                return object;
        }
    }

    /** An object or an array, so that paths have somewhere to go. */
    static JsonNode container(RandomnessSource in, int depth) {
        JsonNode node;
        do {
            node = document(in, depth);
        } while (!node.isContainerNode() || node.isEmpty());
        return node;
    }

    /** A random document and a definite path built from its actual structure, to the node it names. */
    static Gen<Located> locatedNodes() {
        return in -> {
            JsonNode document = container(in, 5);
            StringBuilder path = new StringBuilder("$");
            JsonNode node = document;
            while (node.isContainerNode() && node.size() > 0 && pick(in, 0, 4) > 0) {
                if (node.isArray()) {
                    int index = pick(in, 0, node.size() - 1);
                    boolean fromEnd = pick(in, 0, 1) == 1;
                    path.append('[')
                            .append(fromEnd ? index - node.size() : index)
                            .append(']');
                    node = node.get(index);
                } else {
                    List<String> names = new ArrayList<>();
                    node.fieldNames().forEachRemaining(names::add);
                    String name = oneOf(in, names);
                    path.append(step(in, name));
                    node = node.get(name);
                }
            }
            return new Located(document, path.toString(), node);
        };
    }

    /**
     * Like {@link #locatedNodes()}, but the node is always an object without the field {@code fresh}: when the random
     * walk ends elsewhere, the document is wrapped so that {@code $.o} names such an object.
     */
    static Gen<Located> locatedObjects() {
        Gen<Located> nodes = locatedNodes();
        return in -> {
            Located located = nodes.generate(in);
            if (located.node().isObject() && !located.node().has("fresh")) {
                return located;
            }
            ObjectNode empty = Json.NODES.objectNode();
            ObjectNode document = Json.NODES.objectNode();
            document.set("o", empty);
            document.set("d", located.document());
            return new Located(document, "$.o", empty);
        };
    }

    /** One name step, in dot notation when the name allows it, else in single or double quoted brackets. */
    static String step(RandomnessSource in, String name) {
        int notation = pick(in, 0, 3);
        if (notation == 0 && dotSafe(name)) {
            return "." + name;
        }
        char quote = notation == 1 ? '"' : '\'';
        String escaped = name.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
        String bracket = "[" + quote + escaped + quote + "]";
        return notation == 3 ? "." + bracket : bracket;
    }

    /** Jayway reads a dot-notation name up to '.', '[', '(' or a blank. */
    static boolean dotSafe(String name) {
        if (name.isEmpty() || name.startsWith("*")) {
            return false;
        }
        for (char c : name.toCharArray()) {
            if (c == '.' || c == '[' || c == '(' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Paths from the grammar without filters: every one of them is valid. */
    static Gen<String> filterlessPaths() {
        return in -> {
            StringBuilder path = new StringBuilder("$");
            for (int steps = pick(in, 0, 4); steps > 0; steps--) {
                path.append(filterlessStep(in));
            }
            return path.toString();
        };
    }

    private static String filterlessStep(RandomnessSource in) {
        switch (pick(in, 0, 9)) {
            case 0:
            case 1:
                return step(in, oneOf(in, PLAIN_KEYS));
            case 2:
                return "[" + pick(in, -3, 3) + "]";
            case 3:
                return "[" + pick(in, -3, 3) + "," + pick(in, -3, 3) + "]";
            case 4:
                return "[" + optionalInt(in) + ":" + optionalInt(in) + "]";
            case 5:
                return pick(in, 0, 1) == 0 ? ".*" : "[*]";
            case 6:
                return ".." + (pick(in, 0, 1) == 0 ? "*" : step(in, "a").replaceFirst("^\\.", ""));
            case 7:
                return "['" + oneOf(in, PLAIN_KEYS) + "','" + oneOf(in, PLAIN_KEYS) + "']";
            default:
                return step(in, oneOf(in, List.of("a", "b", "name")));
        }
    }

    private static String optionalInt(RandomnessSource in) {
        return pick(in, 0, 2) == 0 ? "" : String.valueOf(pick(in, -3, 3));
    }

    /** Characters paths are made of, so that random strings come close to paths and probe the parser's corners. */
    private static final String ALPHABET = "$$$..[]['\"()?@*:,-0129abnulltrue =<>!&|~/\\{}\t";

    /** Filters in the shapes users write them, to splice into generated paths. */
    private static final List<String> FILTERS = List.of(
            "[?(@.a == 1)]",
            "[?(@.b =~ /x.*/i)]",
            "[?(@.a && !@.b)]",
            "[?(@.a < $.b || (@['a b'] >= 2 && @.c != 'x'))]",
            "[?(@ in [1, 'a', null])]",
            "[?(@.a[?(@.b)])]",
            "[?(@..a nin [true])]");

    /**
     * Random strings that probe the parser: half are valid paths (filters included) with a few random edits, half are
     * random runs of path characters, usually starting with '$'.
     */
    static Gen<String> pathLikeStrings() {
        Gen<String> valid = filterlessPaths();
        return in -> {
            if (pick(in, 0, 1) == 0) {
                StringBuilder text = new StringBuilder(valid.generate(in));
                if (pick(in, 0, 1) == 0) {
                    text.append(oneOf(in, FILTERS)).append(filterlessStep(in));
                }
                for (int edits = pick(in, 0, 3); edits > 0; edits--) {
                    int at = pick(in, 0, text.length());
                    char c = ALPHABET.charAt(pick(in, 0, ALPHABET.length() - 1));
                    switch (pick(in, 0, 2)) {
                        case 0 -> text.insert(at, c);
                        case 1 -> {
                            if (at < text.length()) {
                                text.deleteCharAt(at);
                            }
                        }
                        default -> {
                            if (at < text.length()) {
                                text.setCharAt(at, c);
                            }
                        }
                    }
                }
                return text.toString();
            }
            StringBuilder text = new StringBuilder(pick(in, 0, 3) > 0 ? "$" : "");
            for (int length = pick(in, 0, 24); length > 0; length--) {
                int choice = pick(in, 0, 19);
                if (choice == 0) {
                    text.append((char) pick(in, 0, 0xFFFF));
                } else if (choice == 1) {
                    text.append(oneOf(in, FILTERS));
                } else {
                    text.append(ALPHABET.charAt(pick(in, 0, ALPHABET.length() - 1)));
                }
            }
            return text.toString();
        };
    }
}
