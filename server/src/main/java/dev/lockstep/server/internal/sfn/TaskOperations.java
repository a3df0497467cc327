package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.TaskTokenException;

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat (API reference of each): answers to the task tokens the
 * engine handed out ({@code .waitForTaskToken} integrations and activities). The engine words the refusals as AWS
 * does, e.g. a token used twice is TaskTimedOut {@code Task Timed Out: 'Provided task does not exist anymore'}
 * (recorded from AWS; research notes, tasks.md section 6). Every answer is {@code {}}.
 */
final class TaskOperations {

    private final Catalog catalog;

    TaskOperations(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(SfnApi api) {
        api.register("SendTaskSuccess", this::success);
        api.register("SendTaskFailure", this::failure);
        api.register("SendTaskHeartbeat", this::heartbeat);
    }

    JsonNode success(Params params) {
        String token = params.requiredString("taskToken");
        String output = params.requiredString("output");
        params.length("taskToken", token, 1, 2048).length("output", output, 0, ExecutionOperations.MAX_INPUT, true);
        params.check();

        try {
            catalog.engine().sendTaskSuccess(token, output);
        } catch (TaskTokenException e) {
            throw refused(e);
        }
        return SfnJson.object();
    }

    JsonNode failure(Params params) {
        String token = params.requiredString("taskToken");
        String error = params.string("error");
        String cause = params.string("cause");
        params.length("taskToken", token, 1, 2048)
                .length("error", error, 0, 256, true)
                .length("cause", cause, 0, 32_768, true);
        params.check();

        try {
            catalog.engine().sendTaskFailure(token, error, cause);
        } catch (TaskTokenException e) {
            throw refused(e);
        }
        return SfnJson.object();
    }

    JsonNode heartbeat(Params params) {
        String token = params.requiredString("taskToken");
        params.length("taskToken", token, 1, 2048);
        params.check();

        try {
            catalog.engine().sendTaskHeartbeat(token);
        } catch (TaskTokenException e) {
            throw refused(e);
        }
        return SfnJson.object();
    }

    /**
     * AWS's error for a refused token. For InvalidToken the engine's message explains more than AWS says; the API
     * answers with AWS's words (API reference, SendTaskSuccess: "The provided token is not valid.").
     */
    private static ApiException refused(TaskTokenException e) {
        if (e.reason() == TaskTokenException.Reason.INVALID_TOKEN) {
            return AwsErrors.taskToken(e.reason().awsName(), "Invalid Token: 'The provided token is not valid.'");
        }
        return AwsErrors.taskToken(e.reason().awsName(), e.getMessage());
    }
}
