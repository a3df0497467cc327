package dev.lockstep.junit.internal.mock;

import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.engine.TaskMatcher;
import dev.lockstep.engine.spi.TaskOutcome;
import dev.lockstep.engine.spi.TaskRequest;
import dev.lockstep.junit.TaskCall;
import java.util.ArrayList;
import java.util.List;

/** The living part of a mock: its registration with the engine, its current script and the calls it answered. */
public final class MockState implements AutoCloseable {

    private final TaskMatcher matcher;
    private final List<TaskCall> calls = new ArrayList<>();
    private volatile MockScript script = MockScript.empty();
    private final TaskHandlers.Registration registration;

    public MockState(TaskHandlers handlers, TaskMatcher matcher) {
        this.matcher = matcher;
        this.registration = handlers.register(matcher, this::handle);
    }

    private TaskOutcome handle(TaskRequest request) {
        int index;
        synchronized (calls) {
            index = calls.size();
            calls.add(new TaskCall(
                    request.stateName(),
                    request.input(),
                    request.retryCount(),
                    request.executionArn(),
                    request.taskToken(),
                    request.time()));
        }
        return script.answer(request, index);
    }

    public TaskMatcher matcher() {
        return matcher;
    }

    public MockScript script() {
        return script;
    }

    public void install(MockScript next) {
        this.script = next;
    }

    public List<TaskCall> calls() {
        synchronized (calls) {
            return List.copyOf(new ArrayList<>(calls));
        }
    }

    @Override
    public void close() {
        registration.close();
    }
}
