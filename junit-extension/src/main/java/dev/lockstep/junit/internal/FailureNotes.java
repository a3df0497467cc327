package dev.lockstep.junit.internal;

import java.util.List;

/**
 * Added to a failed test's exception as a suppressed exception: how to replay the run (seed, initial time) and the
 * notes the test added (such as a chaos run's replay instruction). It carries no stack trace of its own.
 */
public final class FailureNotes extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FailureNotes(List<String> lines) {
        super(String.join(System.lineSeparator(), lines), null, false, false);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
