package dev.lockstep.graphql.internal.execute;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated queries, kept by their text: clients send the same few documents again and again, and parsing
 * and validating them is most of what a simple query costs. When the API has a query depth limit, a valid document
 * deeper than the limit is kept as the refusal instead, so its depth is worked out once, from the document
 * graphql-java parsed. Bounded: when full, it starts over.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_ENTRIES = 1_000;

    private final int depthLimit;
    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    /** @param depthLimit the API's query depth limit, 0 for none */
    DocumentCache(int depthLimit) {
        this.depthLimit = depthLimit;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = limitDepth(parseAndValidate.apply(input));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    private PreparsedDocumentEntry limitDepth(PreparsedDocumentEntry entry) {
        if (depthLimit == 0 || entry.hasErrors()) {
            return entry;
        }
        int depth = QueryDepth.of(entry.getDocument());
        if (depth <= depthLimit) {
            return entry;
        }
        // AppSync documents no wording for this error: the message says the limit and what was found.
        return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
                .message("Query depth limit of " + depthLimit + " exceeded: the query is " + depth + " levels deep.")
                .build());
    }
}
