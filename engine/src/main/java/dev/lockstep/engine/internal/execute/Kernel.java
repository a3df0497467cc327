package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.EngineClock.TimeMode;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The deterministic discrete-event kernel of one engine: every state transition, timer and external signal is an
 * event, run one at a time in (virtual time, sequence number) order.
 *
 * <p>There is no kernel thread. Whoever hands the kernel work drives it: {@link #post} queues an action and runs the
 * kernel until it is idle, under one lock. Actions that run inside the kernel schedule follow-up work with
 * {@link #schedule} and {@link #scheduleAt} instead of running it, which keeps executions, branches and iterations
 * interleaved in a fixed order.
 *
 * <p>Time: in {@link TimeMode#AUTO} the clock jumps to the next timer whenever nothing can run and nothing waits on the
 * outside world (a task token handed out, an activity, real I/O); in {@link TimeMode#MANUAL} it moves only when asked;
 * in {@link TimeMode#REAL} it follows the wall clock.
 *
 * <p>A closed kernel refuses work ({@link #call}, {@link #post}, {@link #drain}, {@link #advance}) with an
 * {@link IllegalStateException}; {@link #read} still answers, so that what executions did stays visible.
 */
public final class Kernel {

    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever the kernel ran something: threads in {@link #driveUntil} look again. */
    private final Condition progressed = lock.newCondition();

    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final TimeMode mode;
    private final long realOffsetMillis;
    private ScheduledThreadPoolExecutor wakeups;
    /** The pending wall-clock wake-up of a REAL kernel and its time; one at a time, the earliest needed. */
    private ScheduledFuture<?> wakeUp;

    private long wakeUpMillis = Long.MAX_VALUE;
    private long now;
    private long sequence;
    private int externalWaits;
    private int asyncAnswers;
    private boolean draining;
    private boolean manualHold;
    private boolean closed;

    public Kernel(TimeMode mode, long startMillis) {
        this.mode = mode;
        this.now = startMillis;
        this.realOffsetMillis = startMillis - System.currentTimeMillis();
    }

    public TimeMode mode() {
        return mode;
    }

    /** The current time in epoch milliseconds. */
    public long now() {
        if (mode == TimeMode.REAL) {
            return Math.max(now, wallNow());
        }
        return now;
    }

    /** Runs {@code action} inside the kernel soon, after what is already queued; only from inside the kernel. */
    public void schedule(Runnable action) {
        assertInside();
        ready.add(action);
    }

    /** Runs {@code action} at {@code timeMillis}; the returned timer can be cancelled. Only from inside the kernel. */
    public Timer scheduleAt(long timeMillis, Runnable action) {
        assertInside();
        Timer timer = new Timer(Math.max(timeMillis, now), sequence++, action);
        timers.add(timer);
        if (mode == TimeMode.REAL) {
            wakeUpAt(timer.time);
        }
        return timer;
    }

    /** Queues {@code action} from any thread and drives the kernel until it is idle. */
    public void post(Runnable action) {
        inbox.add(action);
        drain();
    }

    /**
     * Runs {@code query} under the kernel's lock without driving it: for reading what is there. Answers on a closed
     * kernel too.
     */
    public <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code query} inside the kernel (under its lock) and returns its value; then drives the kernel. */
    public <T> T call(Supplier<T> query) {
        lock.lock();
        try {
            checkOpen();
            T value = query.get();
            loop();
            return value;
        } finally {
            lock.unlock();
        }
    }

    /** Drives the kernel until nothing can run now, moving the clock as the time mode allows. */
    public void drain() {
        lock.lock();
        try {
            checkOpen();
            loop();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves the clock forward by {@code millis}, running every timer that falls due on the way, in order; then drives
     * the kernel as usual.
     */
    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("time only moves forward; cannot advance by " + millis + " ms");
        }
        lock.lock();
        try {
            checkOpen();
            long target = now + millis;
            manualHold = true;
            try {
                loop();
                while (true) {
                    Timer next = peekLiveTimer();
                    if (next == null || next.time > target) {
                        break;
                    }
                    now = next.time;
                    moveDueTimers();
                    loop();
                }
                now = Math.max(now, target);
            } finally {
                manualHold = false;
            }
            loop();
        } finally {
            lock.unlock();
        }
    }

    /** Counts a wait on the outside world; while any is open, automatic time never jumps. Inside the kernel only. */
    public void beginExternalWait() {
        assertInside();
        externalWaits++;
    }

    public void endExternalWait() {
        assertInside();
        externalWaits--;
    }

    /**
     * Counts an answer on its way from real I/O on another thread (a {@code TaskOutcome.async} handler): an external
     * wait that ends by itself, when the answer is posted. Inside the kernel only.
     */
    public void beginAsyncAnswer() {
        beginExternalWait();
        asyncAnswers++;
    }

    public void endAsyncAnswer() {
        endExternalWait();
        asyncAnswers--;
    }

    /** Whether an answer from real I/O is on its way; inside the kernel only. */
    public boolean awaitsAsyncAnswer() {
        assertInside();
        return asyncAnswers > 0;
    }

    /** Whether a live timer is pending; inside the kernel only. */
    public boolean hasTimer() {
        assertInside();
        return peekLiveTimer() != null;
    }

    /**
     * Drives the kernel until {@code done} holds. While it does not, and {@code moving} says something will move the
     * kernel without this thread (an answer from another thread, a wall-clock timer), waits for the kernel to run
     * something, up to {@code timeoutNanos} in all. Both suppliers run inside the kernel; {@code done} may change
     * state (the kernel is driven once more after it holds).
     *
     * @return whether {@code done} holds; false when nothing will move the kernel or the time ran out
     */
    public boolean driveUntil(BooleanSupplier done, BooleanSupplier moving, long timeoutNanos)
            throws InterruptedException {
        long deadline = System.nanoTime() + Math.min(timeoutNanos, Long.MAX_VALUE / 2);
        lock.lock();
        try {
            while (true) {
                checkOpen();
                loop();
                if (done.getAsBoolean()) {
                    loop();
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !moving.getAsBoolean()) {
                    return false;
                }
                progressed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The time of the next live timer, or -1 when none. */
    public long nextTimerMillis() {
        return read(() -> {
            Timer next = peekLiveTimer();
            return next == null ? -1 : next.time;
        });
    }

    /**
     * Closes the kernel: it takes no more work, and a REAL kernel stops its wall-clock wake-up thread. Threads waiting
     * in {@link #driveUntil} wake up and fail.
     */
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (wakeups != null) {
                wakeups.shutdownNow();
            }
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The Lockstep engine is closed: it starts, runs and answers nothing more."
                    + " Its executions keep what they recorded; use an engine that is open (close it last, e.g. with"
                    + " try-with-resources around all its use).");
        }
    }

    private void loop() {
        if (draining) {
            return; // called back from inside an action: the running loop picks the new work up
        }
        draining = true;
        boolean ran = false;
        try {
            while (true) {
                Runnable action;
                while ((action = inbox.poll()) != null) {
                    ready.add(action);
                }
                action = ready.poll();
                if (action != null) {
                    ran = true;
                    run(action);
                    continue;
                }
                Timer next = peekLiveTimer();
                if (next == null || manualHold) {
                    return;
                }
                if (mode == TimeMode.REAL) {
                    long wall = wallNow();
                    if (next.time > wall) {
                        wakeUpAt(next.time);
                        return;
                    }
                    now = Math.max(now, next.time);
                } else if (mode == TimeMode.AUTO && externalWaits == 0) {
                    now = Math.max(now, next.time);
                } else {
                    return;
                }
                moveDueTimers();
            }
        } finally {
            draining = false;
            if (ran) {
                progressed.signalAll();
            }
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | StackOverflowError e) {
            // Actions guard their own execution; reaching here is a bug. Keep the kernel alive for everyone else.
            LOG.log(Level.SEVERE, "Lockstep kernel action failed; the kernel continues", e);
        }
    }

    private void moveDueTimers() {
        Timer next;
        while ((next = peekLiveTimer()) != null && next.time <= now) {
            timers.poll();
            ready.add(next.action);
        }
    }

    private Timer peekLiveTimer() {
        Timer next;
        while ((next = timers.peek()) != null && next.cancelled) {
            timers.poll();
        }
        return next;
    }

    private long wallNow() {
        return System.currentTimeMillis() + realOffsetMillis;
    }

    /**
     * Makes sure the kernel is driven at {@code timeMillis} on the wall clock. Inside the kernel only. One wake-up is
     * pending at a time, the earliest asked for: the kernel asks again on every drain while a timer waits.
     */
    private void wakeUpAt(long timeMillis) {
        if (closed || timeMillis >= wakeUpMillis) {
            return;
        }
        if (wakeups == null) {
            wakeups = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "lockstep-real-time");
                thread.setDaemon(true);
                return thread;
            });
            wakeups.setRemoveOnCancelPolicy(true);
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        wakeUpMillis = timeMillis;
        wakeUp = wakeups.schedule(() -> wake(timeMillis), Math.max(0, timeMillis - wallNow()), TimeUnit.MILLISECONDS);
    }

    private void wake(long timeMillis) {
        lock.lock();
        try {
            if (wakeUpMillis == timeMillis) {
                wakeUpMillis = Long.MAX_VALUE;
                wakeUp = null;
            }
            if (!closed) {
                loop(); // asks for the next wake-up while a timer is still ahead
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many wall-clock wake-ups are queued: at most one. For tests. */
    int queuedWakeUps() {
        return read(() -> wakeups == null ? 0 : wakeups.getQueue().size());
    }

    private void assertInside() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("kernel state may only change inside the kernel");
        }
    }

    /** A scheduled action; cancelling it keeps it from running and from moving the clock. */
    public static final class Timer implements Comparable<Timer> {
        private final long time;
        private final long sequence;
        private final Runnable action;
        private boolean cancelled;

        Timer(long time, long sequence, Runnable action) {
            this.time = time;
            this.sequence = sequence;
            this.action = action;
        }

        public long time() {
            return time;
        }

        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
