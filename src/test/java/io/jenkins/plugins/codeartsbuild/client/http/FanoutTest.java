package io.jenkins.plugins.codeartsbuild.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bounded parallel calls: results in order, at most {@code width} at once, a failure or an interrupt stops all. */
class FanoutTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();

    private Fanout.Task<Integer> task(int value, CountDownLatch gate) {
        return () -> {
            started.incrementAndGet();
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("gate never opened");
                }
                return value;
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                throw e;
            } finally {
                running.decrementAndGet();
            }
        };
    }

    @Test
    void resultsComeInTheOrderOfTheTasksWithAtMostWidthAtOnce() throws Exception {
        List<Fanout.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int v = i;
            tasks.add(() -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(v % 3 == 0 ? 20 : 1);
                    return v;
                } finally {
                    running.decrementAndGet();
                }
            });
        }

        List<Integer> results = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fanout.run(3, "test", tasks));

        assertThat(results).hasSize(40).isSorted();
        assertThat(maxRunning.get()).isBetween(1, 3);
    }

    @Test
    void aWidthOfOneRunsOnTheCallersThreadOneAfterAnother() throws Exception {
        Thread caller = Thread.currentThread();
        List<Fanout.Task<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(() -> Thread.currentThread() == caller);
        }

        assertThat(Fanout.run(1, "test", tasks)).containsOnly(true).hasSize(5);
        assertThat(Fanout.run(8, "test", tasks.subList(0, 1))).containsExactly(true);
        assertThat(Fanout.run(8, "test", List.<Fanout.Task<Boolean>>of())).isEmpty();
    }

    @Test
    void theWidthIsReachedWhenThereIsWorkForIt() throws Exception {
        CountDownLatch all = new CountDownLatch(4);
        List<Fanout.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int v = i;
            tasks.add(() -> {
                all.countDown();
                // returns only once all four run side by side: a narrower fan-out would never finish
                if (!all.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("not side by side");
                }
                return v;
            });
        }

        assertThat(Fanout.run(4, "test", tasks)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theFirstFailureIsThrownAndStopsTheOthers() {
        CountDownLatch never = new CountDownLatch(1);
        CodeArtsValidationException failure =
                new CodeArtsValidationException(CodeArtsValidationException.Problem.JOB_IDS_EMPTY);
        List<Fanout.Task<Integer>> tasks = new ArrayList<>();
        tasks.add(() -> {
            started.incrementAndGet();
            throw failure;
        });
        for (int i = 1; i < 10; i++) {
            tasks.add(task(i, never));
        }

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> Fanout.run(2, "test", tasks)).isSameAs(failure));
        assertThat(started.get()).isLessThanOrEqualTo(3);
        assertThat(running.get()).isZero();
        assertThat(interrupted.get()).isEqualTo(started.get() - 1);
    }

    @Test
    void anUncheckedFailureIsThrownAsItIs() {
        List<Fanout.Task<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> Fanout.run(2, "test", tasks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
    }

    @Test
    void anInterruptOfTheCallerCancelsEverythingAndStartsNothingMore() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<Fanout.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(task(i, never));
        }
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                Fanout.run(3, "test", tasks);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        caller.start();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (running.get() < 3) {
                Thread.sleep(5);
            }
        });

        caller.interrupt();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        // the threads are gone when the interrupt is thrown: nothing can start afterwards
        assertThat(running.get()).isZero();
        assertThat(started.get()).isEqualTo(3);
        assertThat(interrupted.get()).isEqualTo(3);
    }
}
