package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.spi.TaskHandler;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The task handlers of an engine: mocks, faults and real-service handlers, each answering the Task invocations its
 * matcher selects. Thread-safe.
 *
 * <pre>{@code
 * try (TaskHandlers.Registration mock = engine.tasks().register(TaskMatcher.state("Charge"),
 *         request -> TaskOutcome.succeed("{\"ok\": true}"))) {
 *     ... // the mock answers until closed
 *     mock.calls();   // how often it answered
 *     mock.inputs();  // what it received
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface TaskHandlers {

    /** Adds a handler; it answers the invocations {@code matcher} selects until the registration is closed. */
    Registration register(TaskMatcher matcher, TaskHandler handler);

    /** The matchers of the registered handlers, in registration order. */
    List<TaskMatcher> matchers();

    /** Removes every handler. */
    void clear();

    /**
     * A registered handler; closing it removes it.
     *
     * @since 0.1.0
     */
    interface Registration extends AutoCloseable {
        TaskMatcher matcher();

        /** The invocations this handler answered, oldest first: what each received. */
        List<dev.lockstep.engine.spi.TaskRequest> requests();

        /** How many invocations this handler answered. */
        default int calls() {
            return requests().size();
        }

        /** The input of each invocation this handler answered, oldest first. */
        default List<com.fasterxml.jackson.databind.JsonNode> inputs() {
            List<com.fasterxml.jackson.databind.JsonNode> inputs = new java.util.ArrayList<>();
            requests().forEach(request -> inputs.add(request.input()));
            return inputs;
        }

        @Override
        void close();
    }
}
