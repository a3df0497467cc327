package dev.lockstep.engine.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a function expects for one of its arguments. */
enum ArgumentKind {
    ANY("any value"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    ARRAY("an array"),
    OBJECT("an object");

    private final String description;

    ArgumentKind(String description) {
        this.description = description;
    }

    boolean accepts(JsonNode value) {
        return switch (this) {
            case ANY -> true;
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT -> value.isObject();
        };
    }

    String description() {
        return description;
    }
}
