package dev.lockstep.engine.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed, valid state machine definition: an immutable tree of records that mirrors the JSON.
 *
 * @param comment the top-level Comment, or null
 * @param timeoutSeconds the top-level TimeoutSeconds, or null when absent
 * @param queryLanguage the top-level QueryLanguage (JSONPath when absent)
 * @param scope StartAt and States
 * @param source the definition as parsed, for tools that need fields the model does not type
 */
public record DefinitionModel(
        String comment, Long timeoutSeconds, QueryLanguage queryLanguage, Scope scope, JsonNode source) {}
