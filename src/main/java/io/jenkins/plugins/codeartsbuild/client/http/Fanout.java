package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs calls side by side, a bounded number at once, on threads of its own that live as long as the run. With a
 * width of 1 the calls run one after another on the caller's thread. The first failure cancels the others and is
 * thrown; an interrupt of the caller cancels everything in flight (their HTTP calls at once, see
 * {@link HttpCaller}), sends nothing more, and is thrown as {@link InterruptedException} once the threads are gone.
 *
 * <p>What the calls side by side share: their {@link Pacer}, and in a batch the {@link KeyGuard} that lets them go
 * side by side only once their key was not refused.
 */
public final class Fanout {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final long STOP_WAIT_SECONDS = 10;

    @FunctionalInterface
    public interface Task<T> {
        T call() throws CodeArtsException, InterruptedException;
    }

    private Fanout() {}

    public static <T> List<T> run(int width, String name, List<Task<T>> tasks)
            throws CodeArtsException, InterruptedException {
        List<T> results = new ArrayList<>(tasks.size());
        if (width <= 1 || tasks.size() <= 1) {
            for (Task<T> t : tasks) {
                results.add(t.call());
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(width, tasks.size()), r -> {
            Thread t = new Thread(r, name + " #" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Task<T> t : tasks) {
                futures.add(pool.submit(t::call));
            }
            for (Future<T> f : futures) {
                results.add(get(f));
            }
            return results;
        } finally {
            pool.shutdownNow(); // interrupts the calls still in flight: each cancels its HTTP call at once
            // a thread still busy after this is a daemon whose request was cancelled: it sends nothing more
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static <T> T get(Future<T> f) throws CodeArtsException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CodeArtsException c) {
                throw c;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause; // a task throws nothing else: Task.call declares only the two above
        }
    }
}
