package dev.lockstep.graphql.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * Told of every resolved mutation field: the seam for real-time subscriptions, which fan a mutation's result out to
 * the subscriptions that name it in {@code @aws_subscribe(mutations: [...])}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface MutationListener {

    /**
     * Called after a mutation field resolved without error.
     *
     * @param fieldName the mutation field, e.g. {@code createTodo}
     * @param arguments the field's arguments
     * @param result the field's resolved value (before the selection set is applied)
     */
    void mutationResolved(String fieldName, JsonNode arguments, JsonNode result);
}
