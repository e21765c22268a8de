package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A call off the caller's thread that ends once: with its value, its failure, or, when stopped, with the stop's cause
 * only after the call has said what it did (within a grace period).
 */
class BackgroundCallTest {

    /** What Jenkins hands it: a pool for blocking work and a timer (here the test's own). */
    private static final ExecutorService POOL = Executors.newCachedThreadPool();

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();

    /** Records the ending and everything the call said, in order. */
    private static final class Recorder implements BiConsumer<String, Throwable> {
        final List<String> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<Object> ended = new CompletableFuture<>();

        @Override
        public void accept(String value, Throwable cause) {
            events.add(cause == null ? "succeeded " + value : "failed " + cause.getMessage());
            ended.complete(cause == null ? value : cause);
        }
    }

    @Test
    void endsWithTheValueOrTheFailure() throws Exception {
        Recorder ok = new Recorder();
        Recorder broken = new Recorder();

        BackgroundCall.start(() -> "done", ok, Duration.ofSeconds(10), POOL, TIMER);
        BackgroundCall.start(
                () -> {
                    throw new IllegalStateException("broken");
                },
                broken,
                Duration.ofSeconds(10),
                POOL,
                TIMER);

        assertThat(ok.ended.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(broken.ended.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoppedCallReportsBeforeItEnds() throws Exception {
        Recorder r = new Recorder();
        CountDownLatch running = new CountDownLatch(1);
        BackgroundCall<String> call = BackgroundCall.start(
                () -> {
                    running.countDown();
                    try {
                        Thread.sleep(60_000);
                        return "never";
                    } catch (InterruptedException e) {
                        Thread.sleep(200); // what a batch does on its way out takes a moment
                        r.events.add("report");
                        throw e;
                    }
                },
                r,
                Duration.ofSeconds(10),
                POOL,
                TIMER);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();

        call.stop(new RuntimeException("aborted"));
        call.stop(new RuntimeException("again"));

        assertThat(r.ended.get(10, TimeUnit.SECONDS)).isInstanceOf(RuntimeException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(100);
        assertThat(r.events).containsExactly("report", "failed aborted");
        assertThat(call.isRunning()).isFalse();
    }

    @Test
    void aCallThatIgnoresTheStopEndsAfterTheGracePeriod() throws Exception {
        Recorder r = new Recorder();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        BackgroundCall<String> call = BackgroundCall.start(
                () -> {
                    running.countDown();
                    while (true) {
                        try {
                            if (release.await(10, TimeUnit.SECONDS)) {
                                return "late";
                            }
                        } catch (InterruptedException e) {
                            // ignored, as by a call that is stuck
                        }
                    }
                },
                r,
                Duration.ofMillis(300),
                POOL,
                TIMER);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            call.stop(new RuntimeException("aborted"));

            assertThat(r.ended.get(10, TimeUnit.SECONDS)).isInstanceOf(RuntimeException.class);
            assertThat(call.isRunning()).isTrue();
        } finally {
            release.countDown();
        }
        Thread.sleep(200);
        assertThat(r.events).containsExactly("failed aborted");
    }

    @Test
    void aStopAfterTheEndChangesNothing() throws Exception {
        Recorder r = new Recorder();
        BackgroundCall<String> call = BackgroundCall.start(() -> "done", r, Duration.ofSeconds(10), POOL, TIMER);
        r.ended.get(10, TimeUnit.SECONDS);

        call.stop(new RuntimeException("too late"));

        Thread.sleep(100);
        assertThat(r.events).containsExactly("succeeded done");
    }

    @Test
    void theCallRunsWithThePluginsClassLoaderWhateverThePoolsThreadsHave() throws Exception {
        Recorder r = new Recorder();
        ClassLoader other = new java.net.URLClassLoader(new java.net.URL[0], null);
        ExecutorService foreign = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task);
            t.setContextClassLoader(other);
            return t;
        });
        try {
            BackgroundCall.start(
                    () -> String.valueOf(
                            Thread.currentThread().getContextClassLoader() == BackgroundCall.class.getClassLoader()),
                    r,
                    Duration.ofSeconds(10),
                    foreign,
                    TIMER);

            assertThat(r.ended.get(10, TimeUnit.SECONDS)).isEqualTo("true");
        } finally {
            foreign.shutdown();
        }
    }
}
