package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.internal.compile.WildcardPattern;
import dev.lockstep.engine.spi.TaskRequest;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Which Task invocations a handler answers: by state name, by resource ARN pattern ({@code *} matches any run of
 * characters, {@code \*} a literal asterisk, as in a Choice rule's StringMatches), by state machine, or by several of
 * these at once. Immutable; each method returns a new matcher.
 *
 * <pre>{@code
 * TaskMatcher.state("ChargeCard");
 * TaskMatcher.resource("arn:aws:states:::lambda:invoke*");
 * TaskMatcher.stateMachine("Orders").andState("ChargeCard");
 * }</pre>
 *
 * <p>When several handlers match, the most specific wins (a state and a resource beat a state, which beats a
 * resource alone); among equals, the one registered last.
 *
 * @param stateName the state's exact name, or null for any
 * @param resourcePattern a pattern for the Resource ARN, or null for any
 * @param stateMachineName the state machine's exact name, or null for any
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TaskMatcher(String stateName, String resourcePattern, String stateMachineName) {

    /** Every Task of every state machine. */
    public static TaskMatcher any() {
        return new TaskMatcher(null, null, null);
    }

    /** Task states with this name. */
    public static TaskMatcher state(String name) {
        return new TaskMatcher(name, null, null);
    }

    /** Task states whose Resource matches {@code pattern} ({@code *} is a wildcard). */
    public static TaskMatcher resource(String pattern) {
        return new TaskMatcher(null, pattern, null);
    }

    /** Task states of this state machine. */
    public static TaskMatcher stateMachine(String name) {
        return new TaskMatcher(null, null, name);
    }

    public TaskMatcher andState(String name) {
        return new TaskMatcher(name, resourcePattern, stateMachineName);
    }

    public TaskMatcher andResource(String pattern) {
        return new TaskMatcher(stateName, pattern, stateMachineName);
    }

    public TaskMatcher andStateMachine(String name) {
        return new TaskMatcher(stateName, resourcePattern, name);
    }

    /** Whether this matcher selects {@code request}. */
    public boolean matches(TaskRequest request) {
        return compile().test(request);
    }

    /**
     * A predicate that selects what this matcher selects, with the resource pattern compiled once: for code that
     * matches many requests against the same matcher (the engine does, for every Task it runs).
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public Predicate<TaskRequest> compile() {
        WildcardPattern resource = resourcePattern == null ? null : WildcardPattern.compile(resourcePattern);
        return request -> (stateName == null || stateName.equals(request.stateName()))
                && (stateMachineName == null || stateMachineName.equals(request.stateMachineName()))
                && (resource == null || resource.matches(request.resource().arn()));
    }

    /** Higher is more specific: state name 4, resource 2, state machine 1. */
    public int specificity() {
        return (stateName != null ? 4 : 0) + (resourcePattern != null ? 2 : 0) + (stateMachineName != null ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (stateMachineName != null) {
            text.append("state machine '").append(stateMachineName).append("' ");
        }
        if (stateName != null) {
            text.append("state '").append(stateName).append("' ");
        }
        if (resourcePattern != null) {
            text.append("resource '").append(resourcePattern).append("' ");
        }
        return text.length() == 0 ? "any task" : text.toString().trim();
    }
}
