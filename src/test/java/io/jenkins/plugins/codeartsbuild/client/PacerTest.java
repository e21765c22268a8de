package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The batch's throttle, on a clock the test moves: at most {@code max} in flight, a throttling answer halves the limit
 * and makes everybody wait as long as the server asked, calm answers raise the limit back one at a time.
 */
class PacerTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Pacer.Adaptive pacer = new Pacer.Adaptive(4, nanos::get);

    /** Acquires on another thread; the future completes once the turn came. */
    private CompletableFuture<Void> acquireLater() {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                pacer.acquire();
                turn.complete(null);
            } catch (Throwable e) {
                turn.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return turn;
    }

    /** Gives a blocked thread the time to go wrong (it never needs it to go right). */
    private static void assertStillWaiting(CompletableFuture<Void> turn) throws InterruptedException {
        Thread.sleep(300);
        assertThat(turn).isNotDone();
    }

    @Test
    void atMostMaxInFlight() throws Exception {
        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }
        CompletableFuture<Void> fifth = acquireLater();
        assertStillWaiting(fifth);

        pacer.release(null);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> fifth.get());
    }

    @Test
    void aThrottlingAnswerHalvesTheLimitAndGrowsBackOneAtATime() throws Exception {
        pacer.acquire();
        pacer.release(Duration.ZERO);
        assertThat(pacer.limit()).isEqualTo(2);
        pacer.acquire();
        pacer.release(Duration.ZERO);
        assertThat(pacer.limit()).isEqualTo(1);
        pacer.acquire();
        pacer.release(Duration.ZERO);
        assertThat(pacer.limit()).isEqualTo(1);
        assertThat(pacer.throttlings()).isEqualTo(3);

        int[] expected = {2, 2, 3, 3, 3, 4, 4, 4, 4, 4};
        for (int limit : expected) {
            pacer.acquire();
            pacer.release(null);
            assertThat(pacer.limit()).isEqualTo(limit);
        }
    }

    @Test
    void whileThrottledOnlyTheLoweredLimitIsInFlight() throws Exception {
        pacer.acquire();
        pacer.acquire();
        pacer.release(Duration.ZERO); // limit 2, one still in flight
        pacer.acquire(); // two in flight
        CompletableFuture<Void> third = acquireLater();
        assertStillWaiting(third);

        pacer.release(null);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> third.get());
    }

    @Test
    void everybodyWaitsAsLongAsTheServerAsked() throws Exception {
        pacer.acquire();
        pacer.release(Duration.ofMillis(200));
        CompletableFuture<Void> next = acquireLater();
        assertStillWaiting(next);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(199));
        assertStillWaiting(next);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> next.get());
    }

    @Test
    void aShorterThrottleNeverShortensALongerOne() throws Exception {
        pacer.acquire();
        pacer.acquire();
        pacer.release(Duration.ofMillis(200));
        pacer.release(Duration.ofMillis(10));
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
        CompletableFuture<Void> next = acquireLater();
        assertStillWaiting(next);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(150));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> next.get());
    }

    @Test
    void anInterruptEndsTheWait() throws Exception {
        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                pacer.acquire();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        // the interrupted waiter took no slot: one release lets the next one in
        pacer.release(null);
        CompletableFuture<Void> next = acquireLater();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> next.get());
    }

    @Test
    void aTurnIsReportedOnlyOnceItCame() throws Exception {
        java.util.concurrent.atomic.AtomicInteger turns = new java.util.concurrent.atomic.AtomicInteger();
        Pacer marking = Pacer.onTurn(pacer, turns::incrementAndGet);
        for (int i = 0; i < 4; i++) {
            marking.acquire();
        }
        assertThat(turns.get()).isEqualTo(4);
        CompletableFuture<Throwable> fifth = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                marking.acquire();
                fifth.complete(null);
            } catch (Throwable t) {
                fifth.complete(t);
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();

        assertThat(fifth.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(turns.get()).isEqualTo(4);
        marking.release(Duration.ZERO);
        assertThat(pacer.limit()).isEqualTo(2);
    }

    @Test
    void noneNeverWaits() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 1000; i++) {
                Pacer.NONE.acquire();
            }
            Pacer.NONE.release(Duration.ofHours(1));
            Pacer.NONE.acquire();
        });
    }
}
