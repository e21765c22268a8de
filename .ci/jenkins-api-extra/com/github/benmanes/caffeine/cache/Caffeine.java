// Signature stub of com.github.benmanes.caffeine.cache.Caffeine (caffeine 3.2.4, in caffeine-api), for type-checking
// only.
package com.github.benmanes.caffeine.cache;

import java.time.Duration;

public final class Caffeine<K, V> {

    private Caffeine() {}

    public static Caffeine<Object, Object> newBuilder() {
        throw new UnsupportedOperationException("signature stub");
    }

    public Caffeine<K, V> maximumSize(long maximumSize) {
        throw new UnsupportedOperationException("signature stub");
    }

    public Caffeine<K, V> expireAfterWrite(Duration duration) {
        throw new UnsupportedOperationException("signature stub");
    }

    public <K1 extends K, V1 extends V> AsyncCache<K1, V1> buildAsync() {
        throw new UnsupportedOperationException("signature stub");
    }
}
