package io.jenkins.plugins.codeartsbuild.client.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Sequential per-call time and allocation of several variants of one operation, on the calling thread, measured
 * in many short interleaved blocks: each block runs every variant {@code perBlock} times, the order rotated from
 * block to block. Neighbouring measurements see the same machine state (JIT, GC, frequency, the other core), so the
 * median of the per-block ratios is robust against drift and noise that long rounds would pick up.
 *
 * <p>Time is {@link System#nanoTime()} around a block; allocation is
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)} of the current thread around the same
 * block (the same for every variant, nothing subtracted). Every call returns a number that is summed and kept, so
 * that no result can be optimised away.
 */
final class InterleavedBlocks {

    /** One call of a variant; returns something derived from its result (consumed by the harness). */
    @FunctionalInterface
    interface Call {
        long run() throws Exception;
    }

    record Variant(String name, Call call) {}

    /**
     * Per variant and block: microseconds and bytes allocated per call; the warm-up calls made per variant, and
     * whether the JIT was quiet at the end of the warm-up.
     */
    record Result(List<Variant> variants, double[][] micros, double[][] bytes, long warmUpCalls, boolean jitQuiet) {

        int index(String name) {
            for (int i = 0; i < variants.size(); i++) {
                if (variants.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name);
        }

        double medianMicros(int variant) {
            return quantile(sorted(micros[variant]), 0.5);
        }

        double medianBytes(int variant) {
            return quantile(sorted(bytes[variant]), 0.5);
        }

        /** The per-block time ratios {@code variant / base}, sorted. */
        double[] timeRatios(int variant, int base) {
            double[] r = new double[micros[variant].length];
            for (int b = 0; b < r.length; b++) {
                r[b] = micros[variant][b] / micros[base][b];
            }
            Arrays.sort(r);
            return r;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Warm-up rounds without JIT compilation that end the warm-up. */
    static final int QUIET_ROUNDS = 20;

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    /** Where the results of the calls end up. */
    private static volatile long sink;

    private InterleavedBlocks() {}

    /**
     * Runs at least {@code warmUp} calls of every variant, in interleaved rounds of {@code perBlock} calls per
     * variant, and then more rounds until the JIT compiler has been quiet for {@link #QUIET_ROUNDS} rounds (at most
     * {@code warmUp} more calls); then calls {@code afterWarmUp}; then runs {@code blocks} measured blocks of
     * {@code perBlock} calls per variant.
     */
    static Result run(List<Variant> variants, int warmUp, int blocks, int perBlock, Runnable afterWarmUp)
            throws Exception {
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot measure the memory a thread allocates");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        int n = variants.size();
        long acc = 0;
        int minRounds = (warmUp + perBlock - 1) / perBlock;
        int round = 0;
        int quiet = 0;
        long jitMillis = jitMillis();
        while (round < minRounds || (quiet < QUIET_ROUNDS && round < 2 * minRounds)) {
            for (int k = 0; k < n; k++) {
                Call call = variants.get((k + round) % n).call();
                for (int i = 0; i < perBlock; i++) {
                    acc += call.run();
                }
            }
            round++;
            long now = jitMillis();
            quiet = now == jitMillis ? quiet + 1 : 0;
            jitMillis = now;
        }
        long warmUpCalls = (long) round * perBlock;
        boolean jitQuiet = quiet >= QUIET_ROUNDS;
        afterWarmUp.run();
        double[][] micros = new double[n][blocks];
        double[][] bytes = new double[n][blocks];
        long tid = Thread.currentThread().getId();
        for (int block = 0; block < blocks; block++) {
            for (int k = 0; k < n; k++) {
                int v = (k + block) % n;
                Call call = variants.get(v).call();
                long allocatedBefore = THREADS.getThreadAllocatedBytes(tid);
                long start = System.nanoTime();
                for (int i = 0; i < perBlock; i++) {
                    acc += call.run();
                }
                long elapsed = System.nanoTime() - start;
                long allocated = THREADS.getThreadAllocatedBytes(tid) - allocatedBefore;
                micros[v][block] = elapsed / 1e3 / perBlock;
                bytes[v][block] = (double) allocated / perBlock;
            }
        }
        sink += acc;
        return new Result(List.copyOf(variants), micros, bytes, warmUpCalls, jitQuiet);
    }

    /** Total JIT compilation time so far, or 0 when the JVM does not tell (then the warm-up is fixed). */
    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }

    static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    /** The {@code q} quantile of sorted values, interpolated linearly. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The sum of everything the calls returned, so far. */
    static long sink() {
        return sink;
    }
}
