package dev.lockstep.engine.internal.execute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.PendingTask;

/** A task waiting for its token, as tests see it; answering goes through the engine's SendTask* path. */
final class PendingCallback implements PendingTask {

    private final EngineCore engine;
    private final ExecutionRun run;
    private final String stateName;
    private final String token;
    private final JsonNode input;
    private final String resource;

    PendingCallback(EngineCore engine, ExecutionRun run, TaskRun.Attempt attempt) {
        this.engine = engine;
        this.run = run;
        this.stateName = attempt.request.stateName();
        this.token = attempt.token;
        this.input = attempt.parameters;
        this.resource = attempt.request.resource().arn();
    }

    @Override
    public String stateName() {
        return stateName;
    }

    @Override
    public String taskToken() {
        return token;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public Execution execution() {
        return run;
    }

    @Override
    public void succeed(String outputJson) {
        engine.sendTaskSuccess(token, outputJson);
    }

    @Override
    public void succeed(JsonNode output) {
        engine.sendTaskSuccess(token, output);
    }

    @Override
    public void fail(String error, String cause) {
        engine.sendTaskFailure(token, error, cause);
    }

    @Override
    public void heartbeat() {
        engine.sendTaskHeartbeat(token);
    }

    @Override
    public String toString() {
        return "PendingTask[" + stateName + " of " + run.name() + "]";
    }
}
