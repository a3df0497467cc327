package dev.lockstep.graphql.internal.execute;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated queries, kept by their text: clients send the same few documents again and again, and parsing
 * and validating them is most of what a simple query costs. Bounded: when full, it starts over.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_ENTRIES = 1_000;

    /** The query's depth, or -1 when it does not parse. */
    private final Map<String, Integer> depths = new ConcurrentHashMap<>();

    private final Map<String, PreparsedDocumentEntry> validated = new ConcurrentHashMap<>();

    /** The query's depth (fragments expanded), or -1 when the text is not a GraphQL document. */
    int depth(String query) {
        Integer depth = depths.get(query);
        if (depth == null) {
            try {
                Document document = Parser.parse(query);
                depth = ApiRuntime.depth(document);
            } catch (InvalidSyntaxException e) {
                depth = -1;
            }
            bounded(depths).put(query, depth);
        }
        return depth;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = validated.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            bounded(validated).put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    private static <V> Map<String, V> bounded(Map<String, V> map) {
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        return map;
    }
}
