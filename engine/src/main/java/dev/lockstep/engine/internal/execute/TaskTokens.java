package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.TaskTokenException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The task tokens an engine has handed out. Tokens look like AWS's (opaque base64 starting with {@code AQ}), are drawn
 * from the execution's seed, and say which of SendTaskSuccess's errors applies: not a token at all (InvalidToken), a
 * token this engine never issued (TaskDoesNotExist), or one whose task has closed (TaskTimedOut: "the task token has
 * either expired or the task associated with the token has already been closed", API reference: SendTaskSuccess).
 *
 * <p>Only open tokens are kept. A token carries a check value computed from the engine's seed, so a token the engine
 * issued is recognised without remembering it: a long-running engine does not keep every token it ever closed, and
 * the token of a task that ended long ago, of an execution the engine has forgotten even, is still TaskTimedOut.
 * Used inside the kernel only.
 */
final class TaskTokens {

    private static final int TOKEN_BYTES = 96;
    private static final int CHECKED_BYTES = TOKEN_BYTES - Long.BYTES;

    private final long key;
    private final Map<String, TaskRun.Attempt> open = new HashMap<>();

    /** @param seed the engine's seed; the check value's key is drawn from it, apart from everything else it draws */
    TaskTokens(long seed) {
        this.key = new SplittableRandom(seed).split().nextLong();
    }

    String issue(RandomGenerator random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        bytes[0] = 0x01;
        bytes[1] = 0x00;
        ByteBuffer.wrap(bytes).putLong(CHECKED_BYTES, check(bytes));
        return Base64.getEncoder().encodeToString(bytes);
    }

    void open(TaskRun.Attempt attempt) {
        open.put(attempt.token, attempt);
    }

    void close(String token) {
        open.remove(token);
    }

    /** The open task with this token. */
    TaskRun.Attempt find(String token) {
        byte[] bytes = decode(token);
        if (bytes == null) {
            throw new TaskTokenException(
                    TaskTokenException.Reason.INVALID_TOKEN,
                    "Invalid Token: 'The provided token"
                            + " is not valid.' (a task token is the exact text $$.Task.Token gave the task)");
        }
        TaskRun.Attempt attempt = open.get(token);
        if (attempt != null) {
            return attempt;
        }
        if (ByteBuffer.wrap(bytes).getLong(CHECKED_BYTES) == check(bytes)) {
            // Issued here and closed since: AWS's answer to a token used twice or after its task timed out.
            throw new TaskTokenException(
                    TaskTokenException.Reason.TASK_TIMED_OUT, "Task Timed Out: 'Provided task does not exist anymore'");
        }
        throw new TaskTokenException(
                TaskTokenException.Reason.TASK_DOES_NOT_EXIST, "Task Does Not Exist: 'Provided task does not exist'");
    }

    /** The open tasks of one execution, in the order they were opened. */
    List<TaskRun.Attempt> openFor(ExecutionRun run) {
        List<TaskRun.Attempt> attempts = new ArrayList<>();
        for (TaskRun.Attempt attempt : open.values()) {
            if (attempt.owner().run() == run) {
                attempts.add(attempt);
            }
        }
        attempts.sort(Comparator.comparingLong(a -> a.visit().enteredEventId));
        return attempts;
    }

    /** A 64-bit check value of the token's other bytes under the engine's key (SplitMix64's mixing steps). */
    private long check(byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(bytes, 0, CHECKED_BYTES);
        long hash = key;
        while (words.hasRemaining()) {
            hash = mix(hash ^ words.getLong());
        }
        return hash;
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The token's bytes when it is shaped like a task token, else null. */
    private static byte[] decode(String token) {
        if (token == null || token.isEmpty() || token.length() > 2048) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            return bytes.length == TOKEN_BYTES && bytes[0] == 0x01 && bytes[1] == 0x00 ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
