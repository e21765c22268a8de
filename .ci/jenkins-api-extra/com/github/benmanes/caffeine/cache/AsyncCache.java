// Signature stub of com.github.benmanes.caffeine.cache.AsyncCache (caffeine 3.2.4, in caffeine-api), for type-checking
// only.
package com.github.benmanes.caffeine.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

public interface AsyncCache<K, V> {

    ConcurrentMap<K, CompletableFuture<V>> asMap();

    Cache<K, V> synchronous();
}
