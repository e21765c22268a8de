package io.jenkins.plugins.codeartsbuild.client.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Reading the caches that all clients and threads share (IAM tokens, project ids): Caffeine async caches, one future
 * per key. Caffeine bounds them (W-TinyLFU, which evicts by frequency and recency, never by which entry expires
 * first), and drops a future that fails, so a failed load is not cached.
 *
 * <p>Written here, and why:
 *
 * <ul>
 *   <li>The value is loaded on the thread that asks first, not on Caffeine's executor: the exchange is then an
 *       ordinary call of the build that needs it, reported to its listener and cancelled by its abort, and no thread
 *       of a shared pool blocks on IAM.
 *   <li>Waiting for another thread's load is an interruptible {@link CompletableFuture#get()}: a waiting build aborts
 *       at once. If the loading build is aborted, a waiter loads in its place: another build's abort never fails
 *       this one.
 *   <li>A failed load completes its future as cancelled, with the failure as the cause. Caffeine logs any other
 *       failed load as a warning with its stack trace ({@code LocalAsyncCache.handleCompletion}); a refused key or an
 *       aborted build is reported by the build, and would otherwise add a stack trace to the Jenkins log each time.
 * </ul>
 */
final class SharedCaches {

    /** Entries per cache: one per IAM endpoint, key and scope in use. */
    static final int MAX_ENTRIES = 256;

    @FunctionalInterface
    interface Loader<V> {
        V load() throws CodeArtsException, InterruptedException;
    }

    private SharedCaches() {}

    /**
     * The cached value, or one loaded now: by this thread if no other is loading it, otherwise by the thread that is.
     * A value found already loaded is handed out only if {@code usable}; one that is loaded while this thread waits
     * always is.
     */
    static <K, V> V get(AsyncCache<K, V> cache, K key, Loader<V> loader, Predicate<V> usable)
            throws CodeArtsException, InterruptedException {
        while (true) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            CompletableFuture<V> found = cache.asMap().putIfAbsent(key, mine);
            if (found == null) {
                return load(cache, key, mine, loader);
            }
            boolean loading = !found.isDone();
            V value;
            try {
                value = found.get();
            } catch (CancellationException failed) {
                if (failed.getCause() instanceof CodeArtsException e) {
                    throw e;
                }
                continue; // its thread was interrupted: load here
            } catch (ExecutionException e) {
                throw new IllegalStateException("a shared load failed otherwise than as cancelled", e);
            }
            if (loading || usable.test(value)) {
                return value;
            }
            cache.asMap().remove(key, found);
        }
    }

    private static <K, V> V load(AsyncCache<K, V> cache, K key, CompletableFuture<V> mine, Loader<V> loader)
            throws CodeArtsException, InterruptedException {
        try {
            V value = loader.load();
            mine.complete(value);
            return value;
        } catch (Throwable t) {
            cache.asMap().remove(key, mine); // first: whoever asks after this loads again
            CancellationException failed = new CancellationException("load failed");
            failed.initCause(t);
            mine.completeExceptionally(failed);
            throw t;
        }
    }

    /** Drops the value for {@code key} if it is loaded and {@code stale}: not one that another thread put since. */
    static <K, V> void removeIf(AsyncCache<K, V> cache, K key, Predicate<V> stale) {
        CompletableFuture<V> found = cache.asMap().get(key);
        if (found != null && found.isDone() && !found.isCompletedExceptionally() && stale.test(found.join())) {
            cache.asMap().remove(key, found);
        }
    }
}
