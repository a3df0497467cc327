package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.StateMachineType;
import java.util.ArrayList;
import java.util.List;

/** What one validation run shares: the diagnostics so far, the machine's settings, and what the graph phase needs. */
final class ValidationContext {

    /** A set of states linked by transitions: the top level, a Parallel branch or a Map's item processor. */
    record Scope(Location at, JsonNode startAt, JsonNode states, boolean topLevel) {}

    /** A state name and where it was declared, for the duplicate-name check. */
    record StateDeclaration(String name, Location at) {}

    final Diagnostics diagnostics = new Diagnostics();
    final Checks checks = new Checks(diagnostics);
    final PathChecks paths = new PathChecks(diagnostics, checks);
    final StateMachineType machineType;
    final List<Scope> scopes = new ArrayList<>();
    final List<StateDeclaration> declarations = new ArrayList<>();
    private QueryLanguage machineLanguage = QueryLanguage.JSONPATH;

    ValidationContext(StateMachineType machineType) {
        this.machineType = machineType == null ? StateMachineType.STANDARD : machineType;
    }

    /** The top-level QueryLanguage: every state, nested ones included, inherits it unless it declares its own. */
    QueryLanguage machineLanguage() {
        return machineLanguage;
    }

    void machineLanguage(QueryLanguage language) {
        machineLanguage = language;
    }
}
