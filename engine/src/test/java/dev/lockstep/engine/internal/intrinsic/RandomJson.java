package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import java.math.BigInteger;
import java.util.Random;

/** Random JSON values from a seed: every node type, nested a few levels, strings with any Unicode. */
final class RandomJson {

    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    JsonNode value(int depth) {
        int pick = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (pick) {
            case 0 -> Json.NODES.nullNode();
            case 1 -> Json.NODES.booleanNode(random.nextBoolean());
            case 2 -> number();
            case 3, 4 -> Json.NODES.textNode(text(random.nextInt(12)));
            case 5 -> array(depth - 1);
            default -> object(depth - 1);
        };
    }

    ArrayNode array(int depth) {
        ArrayNode array = Json.NODES.arrayNode();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            array.add(value(depth));
        }
        return array;
    }

    ObjectNode object(int depth) {
        ObjectNode object = Json.NODES.objectNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            object.set(text(1 + random.nextInt(4)), value(depth));
        }
        return object;
    }

    JsonNode number() {
        return switch (random.nextInt(5)) {
            case 0 -> Json.NODES.numberNode(random.nextInt(21) - 10);
            case 1 -> Numbers.node(random.nextLong());
            case 2 -> Json.NODES.numberNode(new BigInteger(80, random).negate());
            case 3 -> Json.NODES.numberNode(Math.round(random.nextGaussian() * 1000) / 100.0);
            default -> Json.NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        };
    }

    /** Any Unicode text: ASCII mostly, then BMP characters and supplementary ones, never a lone surrogate. */
    String text(int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            int kind = random.nextInt(10);
            int codePoint;
            if (kind < 6) {
                codePoint = 0x20 + random.nextInt(0x5F);
            } else if (kind < 8) {
                codePoint = random.nextInt(0xD800);
            } else if (kind < 9) {
                codePoint = 0xE000 + random.nextInt(0x2000);
            } else {
                codePoint = 0x10000 + random.nextInt(0x100000);
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
