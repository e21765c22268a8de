package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightCacheTest {

    private final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    private final SingleFlightCache<String, String> cache = new SingleFlightCache<>(4);

    private SingleFlightCache.Loaded<String> value(String v, Duration ttl) {
        return new SingleFlightCache.Loaded<>(v, clock.instant().plus(ttl));
    }

    @Test
    void fiftyConcurrentCallersShareOneLoad() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> cache.get("k", clock, () -> {
                    loads.incrementAndGet();
                    release.await();
                    return value("v", Duration.ofHours(1));
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("v");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedLoadIsSharedByItsWaitersAndNotCached() throws Exception {
        CodeArtsValidationException failure =
                new CodeArtsValidationException(CodeArtsValidationException.Problem.REGION_REQUIRED);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> cache.get("k", clock, () -> {
                    loads.incrementAndGet();
                    release.await();
                    throw failure;
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<String> f : results) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCause(failure);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
        assertThat(cache.get("k", clock, () -> value("later", Duration.ofHours(1))))
                .isEqualTo("later");
    }

    @Test
    void anInterruptedLoaderDoesNotFailItsWaiters() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        Thread leader = new Thread(() -> {
            try {
                cache.get("k", clock, () -> {
                    loading.countDown();
                    Thread.sleep(60_000);
                    return value("never", Duration.ofHours(1));
                });
            } catch (Exception expected) {
                // interrupted
            }
        });
        leader.start();
        loading.await();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> waiter = pool.submit(() -> cache.get("k", clock, () -> value("mine", Duration.ofHours(1))));
            Thread.sleep(100);
            leader.interrupt();
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("mine");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void valuesExpireAndCanBeInvalidatedOnlyIfStillCurrent() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        SingleFlightCache.Loader<String> loader = () -> value("v" + loads.incrementAndGet(), Duration.ofMinutes(10));
        assertThat(cache.get("k", clock, loader)).isEqualTo("v1");
        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.get("k", clock, loader)).isEqualTo("v1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get("k", clock, loader)).isEqualTo("v2");
        cache.invalidateIf("k", "v1"::equals);
        assertThat(cache.get("k", clock, loader)).isEqualTo("v2");
        cache.invalidateIf("k", "v2"::equals);
        assertThat(cache.get("k", clock, loader)).isEqualTo("v3");
    }

    @Test
    void staysWithinItsBoundDroppingWhatExpiresFirst() throws Exception {
        for (int i = 0; i < 10; i++) {
            int n = i;
            cache.get("k" + i, clock, () -> value("v" + n, Duration.ofMinutes(10 + n)));
        }
        assertThat(cache.size()).isEqualTo(4);
        AtomicInteger reloads = new AtomicInteger();
        assertThat(cache.get("k0", clock, () -> {
                    reloads.incrementAndGet();
                    return value("again", Duration.ofMinutes(1));
                }))
                .isEqualTo("again");
        assertThat(reloads).hasValue(1);
    }
}
