package dev.lockstep.graphql.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A Lambda function written in Java and run in the test's JVM, behind an {@code AWS_LAMBDA} data source.
 *
 * <pre>{@code
 * LambdaHandler echo = event -> event.path("arguments");
 * }</pre>
 *
 * <p>The event is what AppSync sends: the request template's {@code payload}, or, for a Direct Lambda resolver or a
 * template without {@code payload}, the whole context ({@code arguments}, {@code identity}, {@code source},
 * {@code request}, {@code info}, {@code prev}, {@code stash}). For {@code BatchInvoke} the event is a list of those and
 * the handler returns a list in the same order. An exception fails the invocation as a function error would:
 * {@code $ctx.error.message} is its message; throw {@link LambdaFunctionException} to choose the error type.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface LambdaHandler {

    /**
     * Handles one invocation.
     *
     * @param event the invocation's payload, never null (a JSON null node when the payload is null)
     * @return the function's result; null means JSON null
     * @throws Exception to fail the invocation
     */
    JsonNode handle(JsonNode event) throws Exception;
}
