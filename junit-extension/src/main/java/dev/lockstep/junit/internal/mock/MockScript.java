package dev.lockstep.junit.internal.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.spi.TaskHandler;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import dev.lockstep.junit.internal.JsonText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** What a mock answers, call after call: an immutable list of steps. */
public record MockScript(List<Step> steps) {

    /** The error a task gets once a counted script has run out. */
    public static final String EXHAUSTED = "Lockstep.MockExhausted";

    public MockScript {
        steps = List.copyOf(steps);
    }

    public static MockScript empty() {
        return new MockScript(List.of());
    }

    public static MockScript of(Step step) {
        return new MockScript(List.of(step));
    }

    public MockScript append(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new MockScript(next);
    }

    public MockScript withLastStep(UnaryOperator<Step> change) {
        if (steps.isEmpty()) {
            throw new IllegalStateException(
                    "times(n) and after(d) change the answer before them: write returns(...), fails(...) or"
                            + " answers(...) first");
        }
        List<Step> next = new ArrayList<>(steps);
        next.set(next.size() - 1, change.apply(next.get(next.size() - 1)));
        return new MockScript(next);
    }

    /** The step that answers call {@code index} (0-based), or null when the script has run out. */
    public Step stepFor(int index) {
        int first = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.times() == null && last) {
                return step;
            }
            int count = step.times() == null ? 1 : step.times();
            if (index < first + count) {
                return step;
            }
            first += count;
        }
        return null;
    }

    /** The answer to call {@code index}. */
    public TaskOutcome answer(TaskRequest request, int index) {
        if (steps.isEmpty()) {
            return TaskOutcome.fail(
                    EXHAUSTED,
                    "The mock for Task state '" + request.stateName()
                            + "' has no answer: give it one with returns(...), fails(...) or answers(...)");
        }
        Step step = stepFor(index);
        if (step == null) {
            return TaskOutcome.fail(
                    EXHAUSTED,
                    "The mock for Task state '" + request.stateName() + "' answered its " + index
                            + " scripted call(s) (" + this + ") and has no answer for call " + (index + 1)
                            + ": add a step with then...(...), or drop the last times(n)");
        }
        return step.answer(request);
    }

    @Override
    public String toString() {
        return steps.isEmpty()
                ? "no answer"
                : steps.stream().map(Step::toString).collect(Collectors.joining(", then "));
    }

    /** Parses a JSON result, saying what was wrong where. */
    public static JsonNode parse(String json) {
        try {
            return JsonText.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A mocked task result must be JSON; at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage() + " in: " + json);
        }
    }

    /**
     * One answer and how many calls it covers.
     *
     * @param handler what it answers
     * @param description how it reads in messages
     * @param times how many calls, or null for the default (one, or every call when last)
     * @param latency delay in the engine's time before the answer arrives
     */
    public record Step(TaskHandler handler, String description, Integer times, Duration latency) {

        public static Step returning(JsonNode result) {
            return new Step(request -> TaskOutcome.succeed(result), "returns " + JsonText.compact(result), null, null);
        }

        public static Step failing(String error, String cause) {
            return new Step(
                    request -> TaskOutcome.fail(error, cause),
                    "fails with " + error + (cause == null ? "" : " (" + cause + ")"),
                    null,
                    null);
        }

        public static Step answering(UnaryOperator<JsonNode> answer) {
            return new Step(request -> TaskOutcome.succeed(answer.apply(request.input())), "answers", null, null);
        }

        public static Step handledBy(TaskHandler handler) {
            return new Step(handler, "answers with a handler", null, null);
        }

        public static Step silent() {
            return new Step(request -> TaskOutcome.noAnswer(), "never answers", null, null);
        }

        public Step times(int count) {
            return new Step(handler, description, count, latency);
        }

        public Step after(Duration delay) {
            return new Step(handler, description, times, delay);
        }

        TaskOutcome answer(TaskRequest request) {
            TaskOutcome outcome = handler.handle(request);
            return latency == null ? outcome : outcome.after(latency);
        }

        @Override
        public String toString() {
            return description
                    + (times == null ? "" : " " + times + " time(s)")
                    + (latency == null ? "" : " after " + latency);
        }
    }
}
