package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** One state being validated: its JSON, where it is, its type and its resolved query language. */
record StateScope(JsonNode node, Location at, StateType type, QueryLanguage language, ValidationContext context) {

    JsonNode get(String field) {
        return node.get(field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** True when the state has {@code field} and the field belongs to this state's query language. */
    boolean hasOwn(String field) {
        return node.has(field) && !StateFields.foreignTo(field, language);
    }

    Location field(String field) {
        return at.field(field);
    }

    boolean jsonata() {
        return language == QueryLanguage.JSONATA;
    }

    Diagnostics diagnostics() {
        return context.diagnostics;
    }

    Checks checks() {
        return context.checks;
    }

    PathChecks paths() {
        return context.paths;
    }
}
