package io.jenkins.plugins.codeartsbuild;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * A call run on a thread of its own, for a caller that must not block (a Pipeline step), that ends exactly once: with
 * its result, with its failure, or, once stopped, with the stop's cause. Stopping interrupts the call (its HTTP calls
 * are cancelled at once) and then waits for it to return before ending, up to a grace period: so whatever the call
 * reports on its way out (a batch says what it deleted, what was in flight and what was not attempted) comes before
 * the end, not after it. A call that does not return within the grace period is ended anyway.
 *
 * <p>It owns no thread: the caller hands it the pool that runs the call and the timer of the grace period (in Jenkins,
 * {@link ReportingStepExecution}'s). Needs no Jenkins type, so the client build tests it.
 */
final class BackgroundCall<T> {

    /** How the call ended, its value or its failure (non-null); told once, from the call's thread or the timer. */
    private final BiConsumer<T, Throwable> ending;

    private final Duration grace;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicReference<Throwable> stopCause = new AtomicReference<>();
    private volatile Future<?> task;
    private volatile boolean running = true;

    private BackgroundCall(BiConsumer<T, Throwable> ending, Duration grace, ScheduledExecutorService timer) {
        this.ending = ending;
        this.grace = grace;
        this.timer = timer;
    }

    /**
     * Starts {@code call} on {@code pool}; a stop's grace period runs on {@code timer}.
     *
     * @param pool threads for blocking work, as many as there are calls
     */
    static <T> BackgroundCall<T> start(
            Callable<T> call,
            BiConsumer<T, Throwable> ending,
            Duration grace,
            ExecutorService pool,
            ScheduledExecutorService timer) {
        BackgroundCall<T> c = new BackgroundCall<>(ending, grace, timer);
        c.task = pool.submit(() -> c.run(call));
        return c;
    }

    private void run(Callable<T> call) {
        T value = null;
        Throwable failure = null;
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // not the context class loader of the pool's threads (or of a Pipeline's CPS thread): the plugin's own
        thread.setContextClassLoader(BackgroundCall.class.getClassLoader());
        try {
            value = call.call();
        } catch (Throwable t) { // every failure must end the call, or the caller waits forever
            failure = t;
        } finally {
            thread.setContextClassLoader(before);
            running = false;
        }
        Throwable stopped = stopCause.get();
        if (stopped != null) {
            end(null, stopped);
        } else {
            end(value, failure);
        }
    }

    /**
     * Asks the call to stop; it then ends with {@code cause}, once it returned or the grace period passed. Further
     * stops change nothing.
     */
    void stop(Throwable cause) {
        if (!stopCause.compareAndSet(null, cause)) {
            return;
        }
        Future<?> t = task;
        if (t != null) {
            t.cancel(true); // interrupts the call's thread only while the call runs on it
        }
        if (running) {
            timer.schedule(() -> end(null, cause), grace.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            end(null, cause);
        }
    }

    /** Whether the call has not returned yet. */
    boolean isRunning() {
        return running;
    }

    private void end(T value, Throwable failure) {
        if (ended.compareAndSet(false, true)) {
            ending.accept(failure == null ? value : null, failure);
        }
    }
}
