package dev.lockstep.graphql.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.spi.MutationListener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An API's execution settings: the caller's configuration, the same for every API that shares a compiled runtime.
 *
 * @param clock the clock of {@code $util.time} and of data sources
 * @param timeout how long one request may run (AppSync: 30 seconds)
 * @param queryDepthLimit the deepest nesting a query may have, 0 for no limit (AppSync: 1 to 75)
 * @param resolverCountLimit how many resolvers one request may run (AppSync: 1 to 10,000, default 10,000)
 * @param mutationListeners told of every resolved mutation field
 */
public record ExecutionSettings(
        Clock clock,
        Duration timeout,
        int queryDepthLimit,
        int resolverCountLimit,
        List<MutationListener> mutationListeners) {

    void notifyMutation(String fieldName, Map<String, Object> arguments, Object value) {
        if (mutationListeners.isEmpty()) {
            return;
        }
        JsonNode args = Values.toJson(arguments);
        JsonNode result = Values.toJson(value);
        for (MutationListener listener : mutationListeners) {
            listener.mutationResolved(fieldName, args, result);
        }
    }
}
