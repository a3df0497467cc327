package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the API: reads its parameters, answers with the response body or throws {@link ApiException}. */
@FunctionalInterface
public interface Operation {

    JsonNode handle(Params params);
}
