package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.compile.StateScope;
import java.util.random.RandomGenerator;

/** A state's scope with {@code $} bound to its effective input (after InputPath), for its JSONPath fields. */
final class EffectiveScope implements StateScope {

    private final StateVisit visit;
    private final JsonNode effective;

    EffectiveScope(StateVisit visit, JsonNode effective) {
        this.visit = visit;
        this.effective = effective;
    }

    @Override
    public JsonNode input() {
        return effective;
    }

    @Override
    public JsonNode context() {
        return visit.context();
    }

    @Override
    public JsonNode variable(String name) {
        return visit.variable(name);
    }

    @Override
    public RandomGenerator random() {
        return visit.random();
    }

    @Override
    public long nowMillis() {
        return visit.nowMillis();
    }

    @Override
    public String textOf(JsonNode value) {
        return visit.textOf(value);
    }
}
