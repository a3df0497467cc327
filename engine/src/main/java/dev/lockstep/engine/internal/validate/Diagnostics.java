package dev.lockstep.engine.internal.validate;

import dev.lockstep.engine.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics in the order they are found, which is the order they are reported in. */
final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    void error(String code, String message, Location at) {
        found.add(Diagnostic.error(code, message, at == null ? null : at.path()));
    }

    /** The most common kind: a SCHEMA_VALIDATION_FAILED error. */
    void schema(String message, Location at) {
        error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, message, at);
    }

    void warning(String code, String message, Location at) {
        found.add(Diagnostic.warning(code, message, at.path()));
    }

    int size() {
        return found.size();
    }

    List<Diagnostic> toList() {
        return List.copyOf(found);
    }
}
