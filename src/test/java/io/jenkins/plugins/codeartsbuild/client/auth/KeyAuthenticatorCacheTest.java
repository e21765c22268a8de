package io.jenkins.plugins.codeartsbuild.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyAuthenticator}'s caches: one load per key at a time, waits that an abort ends, failures shared but not
 * kept, nothing left in the log, and no access key held, only its fingerprint.
 */
class KeyAuthenticatorCacheTest {

    private final AsyncCache<String, String> cache =
            Caffeine.newBuilder().maximumSize(4).buildAsync();

    private String get(Fanout.Task<String> loader) throws Exception {
        return KeyAuthenticator.get(cache, "k", loader, v -> !v.startsWith("stale"));
    }

    @Test
    void aWaiterReturnsAtOnceWhenInterrupted() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> leader = pool.submit(() -> get(() -> {
                loading.countDown();
                release.await();
                return "v";
            }));
            loading.await();
            AtomicReference<Throwable> ended = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    get(() -> "never");
                } catch (Throwable t) {
                    ended.set(t);
                }
            });
            waiter.start();
            Thread.sleep(100);
            waiter.interrupt();
            waiter.join(1_000);
            assertThat(waiter.isAlive()).isFalse();
            assertThat(ended.get()).isInstanceOf(InterruptedException.class);
            release.countDown();
            assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("v");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedLoaderDoesNotFailItsWaiters() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        Thread leader = new Thread(() -> {
            try {
                get(() -> {
                    loading.countDown();
                    Thread.sleep(60_000);
                    return "never";
                });
            } catch (Exception expected) {
                // interrupted
            }
        });
        leader.start();
        loading.await();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> waiter = pool.submit(() -> get(() -> "mine"));
            Thread.sleep(100);
            leader.interrupt();
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("mine");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Shared, so that 50 builds with a wrong key make one failed login; not kept, and not in the Jenkins log. */
    @Test
    void aFailedLoadIsSharedByItsWaitersNotCachedAndNotLogged() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger caffeine = Logger.getLogger("com.github.benmanes.caffeine.cache.LocalAsyncCache");
        caffeine.addHandler(handler);
        CodeArtsValidationException failure =
                new CodeArtsValidationException(CodeArtsValidationException.Problem.REGION_REQUIRED);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> get(() -> {
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
            caffeine.removeHandler(handler);
        }
        assertThat(loads).hasValue(1);
        assertThat(get(() -> "later")).isEqualTo("later");
        assertThat(logged).isEmpty();
    }

    @Test
    void aValueFoundUnusableIsLoadedAgainButOneLoadedWhileWaitingIsHandedOut() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        assertThat(get(() -> "stale" + loads.incrementAndGet())).isEqualTo("stale1");
        assertThat(get(() -> "stale" + loads.incrementAndGet())).isEqualTo("stale2");
        assertThat(get(() -> "v" + loads.incrementAndGet())).isEqualTo("v3");
        assertThat(get(() -> "v" + loads.incrementAndGet())).isEqualTo("v3");
    }

    /** A 401 drops the token it rejected, never a newer one that another thread has loaded since. */
    @Test
    void removeIfDropsOnlyTheValueItWasAskedAbout() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Fanout.Task<String> loader = () -> "v" + loads.incrementAndGet();
        assertThat(get(loader)).isEqualTo("v1");
        KeyAuthenticator.removeIf(cache, "k", "v1"::equals);
        assertThat(get(loader)).isEqualTo("v2");
        KeyAuthenticator.removeIf(cache, "k", "v1"::equals);
        assertThat(get(loader)).isEqualTo("v2");
    }

    @Test
    void theSharedCachesHoldNoAccessKeyOnlyItsFingerprint() {
        for (Class<?> key : List.of(KeyAuthenticator.Key.class)) {
            assertThat(java.util.Arrays.stream(key.getRecordComponents())
                            .map(c -> c.getType().getName())
                            .toList())
                    .as(key.getName())
                    .doesNotContain(AccessKey.class.getName())
                    .contains(AccessKey.Fingerprint.class.getName());
        }
    }

    @Test
    void theCacheKeysNeverPrintTheSecret() throws Exception {
        AccessKey a = AccessKey.of("HPUAL3GXJ5PZ3K2QN7WA", Fixtures.SK);
        okhttp3.HttpUrl iam = okhttp3.HttpUrl.get("https://iam.example.com/");
        assertThat(new KeyAuthenticator.Key(iam, a.fingerprint(), "cn-north-4", null).toString())
                .doesNotContain(Fixtures.SK);
    }
}
