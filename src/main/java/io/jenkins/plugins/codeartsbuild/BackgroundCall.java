package io.jenkins.plugins.codeartsbuild;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

    /** Completed once: by the call, or with the stop's cause once the call returned or the grace period passed. */
    private final CompletableFuture<T> end = new CompletableFuture<>();

    private final AtomicReference<Throwable> stopCause = new AtomicReference<>();
    private final Duration grace;
    private final ScheduledExecutorService timer;
    private volatile Future<?> task;
    private volatile boolean running = true;

    private BackgroundCall(Duration grace, ScheduledExecutorService timer) {
        this.grace = grace;
        this.timer = timer;
    }

    /**
     * Starts {@code call} on {@code pool} (threads for blocking work, as many as there are calls); {@code ending} is
     * told once, from the call's thread or the timer, how it ended: its value or its failure (non-null). A stop's grace
     * period runs on {@code timer}.
     */
    static <T> BackgroundCall<T> start(
            Callable<T> call,
            BiConsumer<T, Throwable> ending,
            Duration grace,
            ExecutorService pool,
            ScheduledExecutorService timer) {
        BackgroundCall<T> c = new BackgroundCall<>(grace, timer);
        c.end.whenComplete(ending);
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
        if (stopped != null || failure != null) {
            end.completeExceptionally(stopped != null ? stopped : failure);
        } else {
            end.complete(value);
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
            timer.schedule(() -> end.completeExceptionally(cause), grace.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            end.completeExceptionally(cause);
        }
    }

    boolean isRunning() {
        return running;
    }
}
