package dev.lockstep.graphql.internal.cloudformation;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A template Lockstep cannot read or resolve; the message names the file, the JSON pointer and how to fix it. Callers
 * turn it into their own error type.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TemplateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
