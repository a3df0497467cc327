package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.spi.ExecutionListener;

/**
 * An {@link ExecutionListener} threw. The execution it was told about fails with this message, which names the
 * listener and what it threw: the fix is in the listener, so the message must not read as a bug in Lockstep.
 */
final class ListenerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param method the listener's method that threw
     * @param eventType the AWS name of the event being reported, or null
     */
    ListenerFailure(ExecutionListener listener, String method, String eventType, RuntimeException thrown) {
        super(
                "The execution listener " + listener.getClass().getName() + " threw " + thrown + " in " + method
                        + (eventType == null ? "" : " for the " + eventType + " event")
                        + ". Listeners are called inside the engine: they must not throw (catch and record what"
                        + " they check, then assert after the execution).",
                thrown,
                false,
                false);
    }
}
