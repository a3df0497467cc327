package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The two query languages, and how AWS resolves a state's language from its QueryLanguage field. */
enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    static final List<String> NAMES = List.of(JSONPATH.text, JSONATA.text);

    final String text;

    QueryLanguage(String text) {
        this.text = text;
    }

    /**
     * The language a QueryLanguage field selects. Measured against AWS (floci's validation tests): absent means
     * {@code inherited}; only the exact string {@code "JSONPath"} means JSONPath; anything else, wrong case, unknown
     * string or non-string, means JSONata. The enum diagnostic is reported separately.
     */
    static QueryLanguage resolve(JsonNode field, QueryLanguage inherited) {
        if (field == null) {
            return inherited;
        }
        return field.isTextual() && JSONPATH.text.equals(field.textValue()) ? JSONPATH : JSONATA;
    }

    QueryLanguage other() {
        return this == JSONPATH ? JSONATA : JSONPATH;
    }
}
