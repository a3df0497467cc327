package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A state machine, execution or activity name that AWS would refuse: empty, longer than 80 characters, or containing
 * white space (non-breaking spaces included), brackets, wildcards, control characters, surrogates or any of
 * {@code " # % \ ^ | ~ ` $ & , ; : /} (API reference: CreateStateMachine, "name").
 *
 * <pre>{@code
 * InvalidNameException.check("order-42", "execution"); // passes
 * InvalidNameException.check("order 42", "execution"); // throws: white space
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNameException(String message) {
        super(message);
    }

    /**
     * Checks a name as AWS checks the name of a state machine, an execution or an activity; the engine applies the
     * same check, so a caller that must answer before doing other work (an API server, before parsing a definition)
     * can call it first.
     *
     * @param what what the name is for, as the message says it: {@code "state machine"}, {@code "execution"} ...
     * @throws InvalidNameException naming the first character AWS refuses, when AWS would refuse the name
     * @since 0.1.0
     */
    public static void check(String name, String what) {
        dev.lockstep.engine.internal.execute.Names.check(name, what);
    }
}
