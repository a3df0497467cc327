package dev.lockstep.engine.internal.jsonata;

/** An expression that failed while it was evaluated; the message is JSONata's ({@code CODE: message}). */
public final class JsonataEvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonataEvaluationException(String message) {
        super(message, null, false, false);
    }
}
