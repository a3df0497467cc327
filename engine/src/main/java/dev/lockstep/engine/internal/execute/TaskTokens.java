package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.TaskTokenException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The task tokens an engine has handed out. Tokens look like AWS's (opaque base64 starting with {@code AQ}), are drawn
 * from the execution's seed, and say which of SendTaskSuccess's errors applies: not a token at all, a token no task
 * has, or a token whose task has ended. Used inside the kernel only.
 */
final class TaskTokens {

    private static final int TOKEN_BYTES = 96;

    private final Map<String, TaskRun.Attempt> open = new HashMap<>();
    private final Set<String> closed = new HashSet<>();

    String issue(RandomGenerator random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        bytes[0] = 0x01;
        bytes[1] = 0x00;
        return Base64.getEncoder().encodeToString(bytes);
    }

    void open(TaskRun.Attempt attempt) {
        open.put(attempt.token, attempt);
    }

    void close(String token) {
        if (open.remove(token) != null) {
            closed.add(token);
        }
    }

    /** The open task with this token. */
    TaskRun.Attempt find(String token) {
        if (!wellFormed(token)) {
            throw new TaskTokenException(
                    TaskTokenException.Reason.INVALID_TOKEN,
                    "Invalid Token: 'The provided token"
                            + " is not valid.' (a task token is the exact text $$.Task.Token gave the task)");
        }
        TaskRun.Attempt attempt = open.get(token);
        if (attempt != null) {
            return attempt;
        }
        if (closed.contains(token)) {
            // Real AWS answer to a token used twice or after its task timed out.
            throw new TaskTokenException(
                    TaskTokenException.Reason.TASK_TIMED_OUT, "Task Timed Out: 'Provided task does not exist anymore'");
        }
        throw new TaskTokenException(
                TaskTokenException.Reason.TASK_DOES_NOT_EXIST, "Task Does Not Exist: 'Provided task does not exist'");
    }

    /** The open tasks of one execution, in the order they were opened. */
    java.util.List<TaskRun.Attempt> openFor(ExecutionRun run) {
        java.util.List<TaskRun.Attempt> attempts = new java.util.ArrayList<>();
        for (TaskRun.Attempt attempt : open.values()) {
            if (attempt.owner().run() == run) {
                attempts.add(attempt);
            }
        }
        attempts.sort(java.util.Comparator.comparingLong(a -> a.visit().enteredEventId));
        return attempts;
    }

    private static boolean wellFormed(String token) {
        if (token == null || token.isEmpty() || token.length() > 2048) {
            return false;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            return bytes.length == TOKEN_BYTES && bytes[0] == 0x01 && bytes[1] == 0x00;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
