package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The pace of a batch: at most {@code max} calls in flight, and once the server throttles, a rate that follows what
 * it accepts. Gateways throttle with token buckets, so this controller measures the bucket's rate instead of guessing
 * it: when two throttled answers come with the bucket empty, the answers accepted between them are what the bucket
 * refilled, whatever the batch sent in between. Each congestion event (a throttled answer to an attempt sent after
 * the last decrease, and more than two answer times after it; the others are the same event) sets the rate just
 * below that measure or, while none is reliable yet, halves it. Between events the rate grows with time, quickly
 * before a measure and slowly after, so that a higher limit is found again. Nobody waits out a {@code Retry-After}:
 * that is advice for one request, and a batch whose calls all honour it stalls; the throttled attempts are sent
 * again at their turn, at the lowered rate.
 */
public final class RatePacer implements Pacer {

    static final double MARGIN = 0.97;
    static final double PROBE_PER_SECOND = 0.03;
    static final double MIN_RATE = 0.2;
    static final double BACK_OFF = 0.5;
    static final double SAME_EVENT_BACK_OFF = 0.85;
    static final int MIN_ACCEPTED_FOR_ESTIMATE = 3;
    private static final long MIN_SPAN = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long MIN_EVENT_GAP = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long ESTIMATE_HISTORY = 5 * SECOND;

    private final int max;
    private final LongSupplier nanos;
    private final ClientListener listener;
    private final long start;
    private int inFlight;
    /** The rate set at the last decrease ({@code lastDecrease}), infinite before the first. */
    private double rate = Double.POSITIVE_INFINITY;

    private long lastDecrease = Long.MIN_VALUE;
    /** How far further throttled answers of the same event may lower the rate. */
    private double eventFloor;

    private long lastTurn;
    /** How long answers take, smoothed. */
    private long answerNanos;

    private long accepted;
    private int throttled;
    /** Throttled answers of the last seconds: when, and how many answers had been accepted by then. */
    private final ArrayDeque<long[]> throttlePoints = new ArrayDeque<>();

    public RatePacer(int max, LongSupplier nanos, ClientListener listener) {
        this.max = Math.max(1, max);
        this.nanos = nanos;
        this.listener = listener;
        this.start = nanos.getAsLong();
        this.lastTurn = start;
    }

    @Override
    public synchronized long acquire() throws InterruptedException {
        while (true) {
            long now = nanos.getAsLong();
            double r = currentRate(now);
            long due = Double.isFinite(r) ? lastTurn + (long) (SECOND / r) : now;
            if (inFlight >= max) {
                wait();
            } else if (due > now) {
                // woken at the latest after a tick: the rate grows with time, so the turn may come sooner
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(due - now, TICK));
            } else {
                inFlight++;
                // on time: the next turn counts from this one's due time, so that wake-ups do not slow the pace
                lastTurn = now - due < TICK ? due : now;
                return now;
            }
        }
    }

    @Override
    public synchronized void release(long turn, Ending result) {
        inFlight--;
        long now = nanos.getAsLong();
        if (result != Ending.NO_ANSWER) {
            answerNanos = answerNanos == 0 ? now - turn : (4 * answerNanos + (now - turn)) / 5;
        }
        if (result == Ending.THROTTLED) {
            throttled(turn, now);
        } else if (result == Ending.ANSWERED) {
            accepted++;
        }
        notifyAll();
    }

    @Override
    public boolean pacesRetries() {
        return true;
    }

    private void throttled(long turn, long now) {
        double current = currentRate(now); // as it grew since the last decrease, before this answer is counted
        throttled++;
        throttlePoints.addLast(new long[] {now, accepted});
        while (now - throttlePoints.peekFirst()[0] > ESTIMATE_HISTORY && throttlePoints.size() > 2) {
            throttlePoints.removeFirst();
        }
        // one decrease per congestion event: attempts sent before the last decrease, or answered within two answer
        // times of it, tell nothing about the lowered rate
        boolean decreased = Double.isFinite(rate);
        if (decreased && (turn < lastDecrease || now - lastDecrease < Math.max(MIN_EVENT_GAP, 2 * answerNanos))) {
            // the same event; without a measure, each further throttled answer says the rate was further off
            if (measuredRate() == 0 && rate > eventFloor) {
                rate = Math.max(eventFloor, rate * SAME_EVENT_BACK_OFF);
            }
            return;
        }
        double measured = measuredRate();
        // a measure is the server's rate, whether the batch was above it or catching up below it when throttled
        double next =
                measured > 0 ? measured * MARGIN : (Double.isFinite(current) ? current : sendingRate(now)) * BACK_OFF;
        rate = Math.max(MIN_RATE, next);
        eventFloor = Math.max(MIN_RATE, rate * 0.25);
        lastDecrease = now;
        listener.onThrottled(rate, throttled);
    }

    /**
     * The rate now: none before the server throttled; after a decrease, growing with time, quickly (doubling each
     * second) while nothing was measured, slowly (a few per cent a second, faster while the measure rests on few
     * answers) once it was.
     */
    private double currentRate(long now) {
        if (!Double.isFinite(rate)) {
            return rate;
        }
        double seconds = (double) (now - lastDecrease) / SECOND;
        if (measuredRate() > 0) {
            return rate * (1 + (PROBE_PER_SECOND + 1.0 / acceptedBetweenThrottles()) * seconds);
        }
        return rate * Math.pow(2, Math.min(seconds, 30));
    }

    /**
     * The rate the server accepted between the oldest throttled answer of the last seconds and the latest: what its
     * bucket refilled, as it was empty at both. 0 while too few answers lie between them to tell.
     */
    private double measuredRate() {
        if (throttlePoints.size() < 2) {
            return 0;
        }
        long between = acceptedBetweenThrottles();
        long span = throttlePoints.peekLast()[0] - throttlePoints.peekFirst()[0];
        return between < MIN_ACCEPTED_FOR_ESTIMATE || span < MIN_SPAN ? 0 : between * (double) SECOND / span;
    }

    /** Read only once {@link #measuredRate} has its two throttled answers. */
    private long acceptedBetweenThrottles() {
        return throttlePoints.peekLast()[1] - throttlePoints.peekFirst()[1];
    }

    /** The rate of answers so far, before the first congestion event (when the rate has no limit yet). */
    private double sendingRate(long now) {
        double seconds = Math.max((double) (now - start) / SECOND, 0.001);
        return Math.max(MIN_RATE, (accepted + throttled) / seconds);
    }

    /** The current rate in requests per second ({@code Infinity} before the server throttled). */
    synchronized double rate() {
        return currentRate(nanos.getAsLong());
    }

    synchronized int throttlings() {
        return throttled;
    }
}
