package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the API refuses, as AWS refuses it: an HTTP status, an error type ({@code __type}, namespace included)
 * and a message. Thrown by operations; the HTTP layer writes {@link #body()} and {@link #status()}.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String namespace;
    private final String name;

    ApiException(int status, String namespace, String name, String message) {
        super(message, null, false, false);
        this.status = status;
        this.namespace = namespace;
        this.name = name;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The error's short name, e.g. {@code StateMachineDoesNotExist}: what the SDKs turn into an exception type. */
    public String name() {
        return name;
    }

    /** The {@code __type} as AWS sends it, e.g. {@code com.amazonaws.swf.service.v2.model#InvalidArn}. */
    public String type() {
        return namespace + "#" + name;
    }

    /** The response body: {@code {"__type": "...", "message": "..."}}. */
    public ObjectNode body() {
        ObjectNode body = SfnJson.object();
        body.put("__type", type());
        if (getMessage() != null) {
            body.put("message", getMessage());
        }
        return body;
    }
}
