package dev.lockstep.engine.internal.execute;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 */
public final class Kernel {

    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());

    /** How the kernel's clock moves. */
    public enum TimeMode {
        AUTO,
        MANUAL,
        REAL
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final TimeMode mode;
    private final long realOffsetMillis;
    private ScheduledExecutorService wakeups;
    private long now;
    private long sequence;
    private int externalWaits;
    private boolean draining;
    private boolean manualHold;

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

    /** Runs {@code query} inside the kernel (under its lock) and returns its value; then drives the kernel. */
    public <T> T call(Supplier<T> query) {
        lock.lock();
        try {
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

    /** The time of the next live timer, or -1 when none. */
    public long nextTimerMillis() {
        lock.lock();
        try {
            Timer next = peekLiveTimer();
            return next == null ? -1 : next.time;
        } finally {
            lock.unlock();
        }
    }

    public boolean isInside() {
        return lock.isHeldByCurrentThread();
    }

    /** Stops the wall-clock wake-up thread of a REAL kernel; other modes hold no threads. */
    public void close() {
        if (wakeups != null) {
            wakeups.shutdownNow();
        }
    }

    private void loop() {
        if (draining) {
            return; // called back from inside an action: the running loop picks the new work up
        }
        draining = true;
        try {
            while (true) {
                Runnable action;
                while ((action = inbox.poll()) != null) {
                    ready.add(action);
                }
                action = ready.poll();
                if (action != null) {
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

    private synchronized void wakeUpAt(long timeMillis) {
        if (wakeups == null) {
            wakeups = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "lockstep-real-time");
                thread.setDaemon(true);
                return thread;
            });
        }
        wakeups.schedule(this::drain, Math.max(0, timeMillis - wallNow()), TimeUnit.MILLISECONDS);
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
