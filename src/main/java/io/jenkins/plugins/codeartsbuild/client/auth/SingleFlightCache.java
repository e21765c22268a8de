package io.jenkins.plugins.codeartsbuild.client.auth;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * A bounded, thread-safe cache of values that expire, loaded at most once at a time per key: concurrent callers
 * of a missing key wait for the one load in flight and share its value or its failure. A load abandoned because
 * its thread was interrupted is not shared: a waiter then loads again itself.
 */
final class SingleFlightCache<K, V> {

    /** A loaded value and the instant from which it must no longer be handed out. */
    record Loaded<V>(V value, Instant refreshAt) {}

    @FunctionalInterface
    interface Loader<V> {
        Loaded<V> load() throws CodeArtsException, InterruptedException;
    }

    /** Marks a load whose thread gave up; waiters try again. */
    private static final class Abandoned extends Exception {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    private final Map<K, CompletableFuture<Loaded<V>>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    SingleFlightCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    V get(K key, Clock clock, Loader<V> loader) throws CodeArtsException, InterruptedException {
        while (true) {
            CompletableFuture<Loaded<V>> existing = entries.get(key);
            if (existing == null) {
                CompletableFuture<Loaded<V>> mine = new CompletableFuture<>();
                if (entries.putIfAbsent(key, mine) == null) {
                    return loadInto(key, mine, loader);
                }
                continue;
            }
            if (existing.isDone() && !existing.isCompletedExceptionally()) {
                Loaded<V> l = existing.join();
                if (clock.instant().isBefore(l.refreshAt())) {
                    return l.value();
                }
                entries.remove(key, existing);
                continue;
            }
            try {
                return existing.get().value(); // a load that finished while we waited is fresh
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CodeArtsException ce) {
                    throw ce;
                }
                // Abandoned (or a bug in the loader): try again, perhaps loading ourselves
            }
        }
    }

    private V loadInto(K key, CompletableFuture<Loaded<V>> mine, Loader<V> loader)
            throws CodeArtsException, InterruptedException {
        Loaded<V> loaded;
        try {
            loaded = loader.load();
        } catch (CodeArtsException e) {
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        } catch (InterruptedException | RuntimeException | Error e) {
            entries.remove(key, mine);
            mine.completeExceptionally(new Abandoned());
            throw e;
        }
        mine.complete(loaded);
        if (entries.size() > maxEntries) {
            evict();
        }
        return loaded.value();
    }

    /** Drops the value for {@code key} if it is {@code stale}, unless another caller already replaced it. */
    void invalidateIf(K key, Predicate<V> stale) {
        entries.computeIfPresent(
                key,
                (k, f) -> f.isDone()
                                && !f.isCompletedExceptionally()
                                && stale.test(f.join().value())
                        ? null
                        : f);
    }

    int size() {
        return entries.size();
    }

    /** Over the bound: drop the loaded entries that expire first until back under it. */
    private void evict() {
        entries.entrySet().stream()
                .filter(e -> e.getValue().isDone() && !e.getValue().isCompletedExceptionally())
                .sorted(Comparator.comparing(e -> e.getValue().join().refreshAt()))
                .limit(Math.max(0, entries.size() - maxEntries))
                .forEach(e -> entries.remove(e.getKey(), e.getValue()));
    }
}
