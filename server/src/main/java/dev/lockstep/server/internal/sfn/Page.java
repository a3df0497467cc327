package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of a listing ordered by a unique key (a name): the items after the position a {@link PageToken} of {@code
 * kind} holds, at most {@code size} of them, and the token of the next page when more follow.
 *
 * @param items the items of this page, in order
 * @param nextToken the token of the next page, or null on the last page
 */
record Page<T>(List<T> items, String nextToken) {

    static <T> Page<T> of(Collection<T> all, Function<T, String> key, String kind, String token, int size) {
        String after = token == null ? null : PageToken.decode(token, kind);
        List<T> rest = all.stream()
                .sorted(Comparator.comparing(key))
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .collect(Collectors.toList());
        List<T> items = rest.subList(0, Math.min(size, rest.size()));
        String next = rest.size() > size ? PageToken.encode(kind, key.apply(items.get(size - 1))) : null;
        return new Page<>(items, next);
    }

    /** Adds {@code nextToken} to {@code response} when there is a next page. */
    void addNextToken(ObjectNode response) {
        if (nextToken != null) {
            response.put("nextToken", nextToken);
        }
    }
}
