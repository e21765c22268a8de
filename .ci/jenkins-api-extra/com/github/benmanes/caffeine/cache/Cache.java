// Signature stub of com.github.benmanes.caffeine.cache.Cache (caffeine 3.2.4, in caffeine-api), for type-checking only.
package com.github.benmanes.caffeine.cache;

public interface Cache<K, V> {

    void cleanUp();
}
