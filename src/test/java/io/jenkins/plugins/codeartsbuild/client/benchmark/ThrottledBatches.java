package io.jenkins.plugins.codeartsbuild.client.benchmark;

import static io.jenkins.plugins.codeartsbuild.client.benchmark.Figure.f;

import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figure 5: batches against a server that throttles as a gateway does, with a token bucket of {@code rate} requests
 * per second that starts full with {@value #BURST}, each answer after {@value #ANSWER_MILLIS} ms, throttled answers
 * as 429 with {@code Retry-After: 1} or as the documented 400 {@code CB.00060211}. The ideal time is what the bucket
 * allows: (N - burst) / rate.
 */
final class ThrottledBatches {

    static final int BURST = 10;
    static final int ANSWER_MILLIS = 30;
    private static final byte[] TOO_MANY = LoopbackServer.response(
            429,
            "Too Many Requests",
            "{\"error_code\":\"APIG.0308\",\"error_msg\":\"The request is throttled.\",\"request_id\":\"r\"}",
            "Retry-After",
            "1");
    private static final byte[] CB_THROTTLED = LoopbackServer.response(
            400,
            "Bad Request",
            "{\"error_code\":\"CB.00060211\",\"error_msg\":\"Too many requests. Try again later.\"}");

    /** Runs a batch of ids at a parallelism on a new client, as a Jenkins build does. */
    @FunctionalInterface
    interface Batches {
        Result delete(List<String> ids, int parallelism) throws Exception;
    }

    private record Case(int jobs, double rate, int parallelism, boolean documented) {
        String label() {
            return f(
                    "%d ids, %.0f/s, parallelism %d, %s",
                    jobs, rate, parallelism, documented ? "400 CB.00060211" : "429 + Retry-After: 1");
        }
    }

    private static final List<Case> CASES = List.of(
            new Case(400, 50, 8, false),
            new Case(400, 50, 8, true),
            new Case(400, 50, 16, false),
            new Case(400, 50, 16, true),
            new Case(60, 5, 8, false),
            new Case(60, 5, 8, true));

    /** A token bucket: {@code rate} tokens a second, at most {@link #BURST}, full at the start. */
    private static final class Bucket implements FakeHuaweiCloud.Throttle {
        private final double rate;
        private final byte[] refusal;
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private double tokens = BURST;
        private long last = System.nanoTime();

        Bucket(double rate, byte[] refusal) {
            this.rate = rate;
            this.refusal = refusal;
        }

        @Override
        public synchronized byte[] refuse() {
            long now = System.nanoTime();
            tokens = Math.min(BURST, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                accepted.incrementAndGet();
                return null;
            }
            refused.incrementAndGet();
            return refusal;
        }
    }

    private ThrottledBatches() {}

    static Figure measure(FakeHuaweiCloud cloud, Batches batches) throws Exception {
        Figure figure = new Figure("5) Batches against a throttling server: token bucket of R/s starting full with "
                + BURST + ", " + ANSWER_MILLIS + " ms per answer; ideal = (N - " + BURST + ") / R");
        cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.JOBS, ANSWER_MILLIS);
        double worstTime = 0;
        double worstShare = 0;
        int failed = 0;
        try {
            int series = 0;
            for (Case c : CASES) {
                List<String> ids = DeleteJobBenchmark.jobIds(f("e0f1a2b3c4d5e6f7a8b9c0%02x", series++), c.jobs());
                Bucket bucket = new Bucket(c.rate(), c.documented() ? CB_THROTTLED : TOO_MANY);
                cloud.throttle(bucket);
                long start = System.nanoTime();
                Result r = batches.delete(ids, c.parallelism());
                double seconds = (System.nanoTime() - start) / 1e9;
                cloud.throttle(() -> null);
                double ideal = (c.jobs() - BURST) / c.rate();
                int answers = bucket.accepted.get() + bucket.refused.get();
                double share = (double) bucket.refused.get() / answers;
                int lost = r.count(Status.Delete.FAILED);
                worstTime = Math.max(worstTime, seconds / ideal);
                worstShare = Math.max(worstShare, share);
                failed += lost;
                r.outcomes().stream()
                        .filter(Outcome::failsRun)
                        .findFirst()
                        .ifPresent(o -> figure.note(
                                c.label() + ": first failure: " + o.error().getMessage()));
                figure.row(
                        c.label(),
                        f("%.2f s", seconds),
                        f("%.2fx ideal", seconds / ideal),
                        f("%d of %d answers throttled (%.1f %%)", bucket.refused.get(), answers, 100 * share),
                        f("%d failed", lost));
            }
        } finally {
            cloud.throttle(() -> null);
            cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.JOBS, 0);
        }
        figure.note("the first round after the burst is sent before any answer: at parallelism P, about P - 2 of its"
                + " answers are throttled whatever the controller does (6 of the 60 ids at 5/s)");
        return figure.target("time <= 1.15x ideal in every case", f("worst %.2fx", worstTime), worstTime <= 1.15)
                .target("0 jobs failed", String.valueOf(failed), failed == 0)
                .target("<= 5 % of answers throttled", f("worst %.1f %%", 100 * worstShare), worstShare <= 0.05);
    }
}
