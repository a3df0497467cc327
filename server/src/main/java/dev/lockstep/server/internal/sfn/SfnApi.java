package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Engine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Step Functions API (AWS JSON 1.0) without HTTP: one call per request, chosen by the {@code X-Amz-Target} header
 * ({@code AWSStepFunctions.<Operation>}), answered with the response body or an {@link ApiException}. Thread-safe.
 */
public final class SfnApi {

    /** The prefix of every operation in {@code X-Amz-Target}. */
    public static final String TARGET_PREFIX = "AWSStepFunctions.";

    /** How long GetActivityTask waits for a task, as AWS's long poll does (API reference: GetActivityTask). */
    public static final Duration ACTIVITY_LONG_POLL = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(SfnApi.class.getName());

    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final Catalog catalog;

    /** The API over {@code engine}. */
    public SfnApi(Engine engine) {
        this(engine, ACTIVITY_LONG_POLL);
    }

    /** The API with GetActivityTask's long poll shortened, for tests. */
    SfnApi(Engine engine, Duration activityLongPoll) {
        this.catalog = new Catalog(engine);
        new StateMachineOperations(catalog).register(this);
        new ExecutionOperations(catalog).register(this);
        new TagOperations(catalog).register(this);
        new TaskOperations(catalog).register(this);
        new ActivityOperations(catalog, activityLongPoll).register(this);
        new TestStateOperation(catalog).register(this);
    }

    /** Adds or replaces an operation: the seam through which task tokens, activities and TestState join. */
    public void register(String operation, Operation handler) {
        operations.put(operation, handler);
    }

    /** The operations served, sorted. */
    public Set<String> operations() {
        return new TreeSet<>(operations.keySet());
    }

    /**
     * Answers one request.
     *
     * @param target the {@code X-Amz-Target} header, or null when absent
     * @param body the request body (JSON)
     * @return the response body of a successful call
     * @throws ApiException when the call fails, with AWS's error type, status and message
     */
    public JsonNode handle(String target, byte[] body) {
        String name = operationName(target);
        Operation operation = operations.get(name);
        if (operation == null) {
            throw AwsErrors.unknownOperation(
                    "Unknown operation '" + target + "': Step Functions has no operation named '" + name + "'");
        }
        Params params = new Params(SfnJson.readBody(body));
        try {
            return operation.handle(params);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.log(Level.SEVERE, "Lockstep failed while handling " + name, bug);
            throw AwsErrors.internalFailure(name, bug);
        }
    }

    private static String operationName(String target) {
        if (target == null || target.isBlank()) {
            throw AwsErrors.unknownOperation("The request has no X-Amz-Target header; the Step Functions API expects"
                    + " 'X-Amz-Target: AWSStepFunctions.<Operation>', e.g. AWSStepFunctions.ListStateMachines");
        }
        if (!target.startsWith(TARGET_PREFIX)) {
            throw AwsErrors.unknownOperation("Unknown operation '" + target + "': this endpoint serves the Step"
                    + " Functions API, whose targets look like 'AWSStepFunctions.<Operation>'");
        }
        return target.substring(TARGET_PREFIX.length());
    }
}
