package io.jenkins.plugins.codeartsbuild.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The batch's pace, on a clock the test moves: at most {@code max} in flight, no rate until the server throttles, then one decrease per congestion event, to just below the rate the server was measured to accept.
 */
class RatePacerTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Double> rates = new ArrayList<>();
    private final RatePacer pacer = new RatePacer(4, nanos::get, new ClientListener() {
        @Override
        public void onThrottled(double rate, int throttled) {
            rates.add(rate);
        }
    });

    /** Acquires on another thread; the future completes once the turn came. */
    private CompletableFuture<Long> acquireLater(Pacer p) {
        CompletableFuture<Long> turn = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                turn.complete(p.acquire());
            } catch (Throwable e) {
                turn.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return turn;
    }

    /** Gives a blocked thread the time to go wrong (it never needs it to go right). */
    private static void assertStillWaiting(CompletableFuture<?> turn) throws InterruptedException {
        Thread.sleep(300);
        assertThat(turn).isNotDone();
    }

    private void answer(Pacer.Ending result) throws InterruptedException {
        pacer.release(pacer.acquire(), result);
    }

    @Test
    void atMostMaxInFlightAndNoRateBeforeTheServerThrottles() throws Exception {
        long a = pacer.acquire();
        for (int i = 0; i < 3; i++) {
            pacer.acquire();
        }
        CompletableFuture<Long> fifth = acquireLater(pacer);
        assertStillWaiting(fifth);

        pacer.release(a, Pacer.Ending.ANSWERED);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> fifth.get());
        assertThat(pacer.rate()).isInfinite();
    }

    @Test
    void aThrottledAnswerSetsARateThatSpacesTheTurns() throws Exception {
        for (int i = 0; i < 10; i++) {
            answer(Pacer.Ending.ANSWERED);
            nanos.addAndGet(10 * MS); // 100 answers a second
        }
        answer(Pacer.Ending.THROTTLED);

        // before anything was measured: slower than the answers came (11 in 0.1 s)
        double rate = pacer.rate();
        assertThat(rate).isPositive().isLessThan(110);
        assertThat(rates).containsExactly(rate);
        CompletableFuture<Long> next = acquireLater(pacer);
        assertStillWaiting(next);

        nanos.addAndGet((long) (1e9 / rate) + MS);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> next.get());
    }

    @Test
    void throttledAnswersToAttemptsSentBeforeTheDecreaseAreTheSameEvent() throws Exception {
        answer(Pacer.Ending.ANSWERED);
        long a = pacer.acquire();
        long b = pacer.acquire();
        nanos.addAndGet(30 * MS);
        pacer.release(a, Pacer.Ending.THROTTLED);
        double afterFirst = pacer.rate();
        pacer.release(b, Pacer.Ending.THROTTLED);

        // one decrease reported; the further throttled answer of the same event only trims the rate
        assertThat(rates).hasSize(1);
        assertThat(pacer.rate()).isPositive().isLessThan(afterFirst);
        assertThat(pacer.throttlings()).isEqualTo(2);
    }

    @Test
    void theRateFollowsWhatTheServerAcceptedBetweenTwoThrottledAnswers() throws Exception {
        answer(Pacer.Ending.THROTTLED); // first point
        // the server accepts 40 in the next second, whatever was sent
        for (int i = 0; i < 40; i++) {
            nanos.addAndGet(25 * MS);
            answer(Pacer.Ending.ANSWERED);
        }
        nanos.addAndGet(25 * MS);
        answer(Pacer.Ending.THROTTLED);

        // just below what the server accepted, not a blind halving of what was sent
        assertThat(pacer.rate()).isLessThan(40 / 1.025).isGreaterThan(40 / 1.025 * 0.75);
        assertThat(rates).hasSize(2);
    }

    @Test
    void beforeAMeasureTheRateDoublesEachSecondWithoutThrottling() throws Exception {
        nanos.addAndGet(100 * MS);
        answer(Pacer.Ending.THROTTLED);
        double halved = pacer.rate();

        nanos.addAndGet(2000 * MS);

        assertThat(pacer.rate()).isCloseTo(4 * halved, within(0.01 * halved));
    }

    @Test
    void onceMeasuredTheRateGrowsSlowly() throws Exception {
        theRateFollowsWhatTheServerAcceptedBetweenTwoThrottledAnswers();
        double measured = pacer.rate();
        nanos.addAndGet(10_000 * MS);

        // it probes upwards, far slower than the doubling of an unmeasured rate
        assertThat(pacer.rate()).isGreaterThan(measured).isLessThan(2 * measured);
    }

    @Test
    void answersWithoutAResponseNeitherRaiseNorLowerThePace() throws Exception {
        answer(Pacer.Ending.NO_ANSWER);
        answer(Pacer.Ending.NO_ANSWER);
        assertThat(pacer.rate()).isInfinite();
        assertThat(pacer.throttlings()).isZero();
    }

    @Test
    void anInterruptEndsTheWait() throws Exception {
        long a = pacer.acquire();
        for (int i = 0; i < 3; i++) {
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
        pacer.release(a, Pacer.Ending.ANSWERED);
        CompletableFuture<Long> next = acquireLater(pacer);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> next.get());
    }

    @Test
    void aTurnIsReportedOnlyOnceItCame() throws Exception {
        AtomicInteger turns = new AtomicInteger();
        Pacer marking = Pacer.onTurn(pacer, turns::incrementAndGet);
        long a = marking.acquire();
        for (int i = 0; i < 3; i++) {
            marking.acquire();
        }
        assertThat(turns.get()).isEqualTo(4);
        CompletableFuture<Throwable> third = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                marking.acquire();
                third.complete(null);
            } catch (Throwable t) {
                third.complete(t);
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();

        assertThat(third.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(turns.get()).isEqualTo(4);
        assertThat(marking.pacesRetries()).isTrue();
        marking.release(a, Pacer.Ending.THROTTLED);
        assertThat(pacer.throttlings()).isEqualTo(1);
    }

    @Test
    void noneNeverWaitsAndLeavesRetriesToTheCall() throws Exception {
        assertThat(Pacer.NONE.pacesRetries()).isFalse();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 1000; i++) {
                Pacer.NONE.release(Pacer.NONE.acquire(), Pacer.Ending.THROTTLED);
            }
        });
    }
}
