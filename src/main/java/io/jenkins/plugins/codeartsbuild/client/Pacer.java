package io.jenkins.plugins.codeartsbuild.client;

import java.time.Duration;

/**
 * Paces the attempts of the calls that share it. A batch shares one {@link Adaptive} pacer: at most a number of
 * calls in flight, and a throttling answer (429, {@code CB.00060211}) slows the whole batch down: everybody waits
 * as long as the server asked, and the number of calls in flight is halved, then grows back one at a time as
 * answers come without throttling. A single call uses {@link #NONE}.
 */
interface Pacer {

    Pacer NONE = new Pacer() {
        @Override
        public void acquire() {}

        @Override
        public void release(Duration throttled) {}
    };

    /** Waits for this attempt's turn. */
    void acquire() throws InterruptedException;

    /**
     * Ends the attempt.
     *
     * @param throttled the delay the server asked for when it throttled this attempt, else {@code null}
     */
    void release(Duration throttled);

    /** {@code pacer}, calling {@code onTurn} each time an attempt got its turn (just before it is sent). */
    static Pacer onTurn(Pacer pacer, Runnable onTurn) {
        return new Pacer() {
            @Override
            public void acquire() throws InterruptedException {
                pacer.acquire();
                onTurn.run();
            }

            @Override
            public void release(Duration throttled) {
                pacer.release(throttled);
            }
        };
    }

    /** A pacer for a batch: at most {@code maxInFlight} calls at once, fewer while the server throttles. */
    static Adaptive adaptive(int maxInFlight) {
        return new Adaptive(maxInFlight, System::nanoTime);
    }

    /** The batch pacer; its clock is injectable for tests. */
    final class Adaptive implements Pacer {
        private final int max;
        private final java.util.function.LongSupplier nanos;
        private int limit;
        private int inFlight;
        private long notBefore;
        private int calmAnswers;
        private int throttlings;

        Adaptive(int max, java.util.function.LongSupplier nanos) {
            this.max = max;
            this.limit = max;
            this.nanos = nanos;
            this.notBefore = nanos.getAsLong();
        }

        @Override
        public synchronized void acquire() throws InterruptedException {
            while (true) {
                long wait = notBefore - nanos.getAsLong();
                if (wait > 0) {
                    long ms = Math.max(1, wait / 1_000_000);
                    wait(ms);
                } else if (inFlight >= limit) {
                    wait();
                } else {
                    inFlight++;
                    return;
                }
            }
        }

        @Override
        public synchronized void release(Duration throttled) {
            inFlight--;
            if (throttled != null) {
                throttlings++;
                limit = Math.max(1, limit / 2);
                calmAnswers = 0;
                notBefore = Math.max(notBefore, nanos.getAsLong() + throttled.toNanos());
            } else if (limit < max && ++calmAnswers >= limit) {
                limit++;
                calmAnswers = 0;
            }
            notifyAll();
        }

        /** How many calls may be in flight now. */
        synchronized int limit() {
            return limit;
        }

        /** How many answers throttled the batch so far. */
        synchronized int throttlings() {
            return throttlings;
        }
    }
}
