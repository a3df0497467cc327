package dev.lockstep.engine.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.error.StatesError;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.path.EvaluationContext;

/** Compiles and evaluates calls. */
final class Evaluate {

    private Evaluate() {}

    static JsonNode call(String call, String inputJson) {
        return call(call, TestContext.withInput(inputJson));
    }

    static JsonNode call(String call, EvaluationContext context) {
        JsonNode result = Intrinsics.compile(call).evaluate(context);
        assertThat(result).as("an intrinsic never yields Java null").isNotNull();
        return result;
    }

    /** The compact JSON text of the result, for readable expectations. */
    static String json(String call, String inputJson) {
        return Json.compact(call(call, inputJson));
    }

    static StatesError failure(String call, String inputJson) {
        return failure(call, TestContext.withInput(inputJson));
    }

    static StatesError failure(String call, EvaluationContext context) {
        StatesError error = catchThrowableOfType(StatesError.class, () -> call(call, context));
        assertThat(error).as("evaluating %s fails with a StatesError", call).isNotNull();
        assertThat(error.prefixedWithState())
                .as("the state adds its name to the cause")
                .isTrue();
        return error;
    }
}
