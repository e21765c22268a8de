package io.jenkins.plugins.codeartsbuild.client.benchmark;

import io.jenkins.plugins.codeartsbuild.client.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.RetryPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Prints the client's speed figures against one MockWebServer on loopback (not a test: run it with
 * {@code mvn -f client-pom.xml -Pbenchmark verify}).
 *
 * <ol>
 *   <li>per-delete time of the client against a bare OkHttp POST carrying a fixed token, sequential, after warm-up,
 *       measured in short interleaved blocks; the ratio is the median of the per-block ratios, printed with its
 *       interquartile range (targets: at most 1.05 in token mode, 1.3 in signature mode);
 *   <li>IAM exchanges for 1,000 deletes over 8 threads with a cold cache, one client per delete (target: 1);
 *   <li>throughput of 1,000 deletes with a 20 ms server delay, 8 threads against 1 (target: at least 7 times).
 * </ol>
 */
public final class DeleteJobBenchmark {

    private static final String JOB_ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";
    private static final String SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 5_000);
    private static final int BLOCKS = Integer.getInteger("benchmark.blocks", 300);
    private static final int PER_BLOCK = Integer.getInteger("benchmark.perBlock", 100);

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger iamExchanges = new AtomicInteger();
    private final OkHttpClient http = new OkHttpClient();
    private volatile long serverDelayMillis;
    private int keys;

    public static void main(String[] args) throws Exception {
        new DeleteJobBenchmark().run();
    }

    private void run() throws Exception {
        server.setDispatcher(new FakeHuaweiCloud());
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
        try {
            System.out.printf(
                    Locale.ROOT,
                    "CodeArts Build client benchmark: one MockWebServer on loopback, Java %s, %d cores%n",
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            perDeleteTime();
            exchangesUnderConcurrency();
            throughput();
        } finally {
            server.close();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Accepted sockets without Nagle's algorithm: MockWebServer writes an answer in several small pieces, and
     * with Nagle on, each answer waits for the client's delayed ACK (about 40 ms) and every figure measures that.
     */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket s = super.accept();
                    s.setTcpNoDelay(true);
                    return s;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }
    }

    /** Answers like IAM and CodeArts Build; counts token exchanges. */
    private final class FakeHuaweiCloud extends Dispatcher {
        private final MockResponse token = new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", "benchmark-token")
                .body("{\"token\":{\"issued_at\":\"" + Instant.now() + "\",\"expires_at\":\""
                        + Instant.now().plus(Duration.ofHours(24)) + "\",\"project\":{\"id\":"
                        + "\"0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c\",\"name\":\"cn-north-4\"}}}")
                .build();
        private final MockResponse projects = new MockResponse.Builder()
                .body("{\"projects\":[{\"id\":\"0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c\",\"name\":\"cn-north-4\"}]}")
                .build();
        private final MockResponse deleted = new MockResponse.Builder()
                .addHeader("X-Request-Id", "bench")
                .body("{\"status\":\"success\",\"result\":{\"job_id\":\"" + JOB_ID
                        + "\",\"project_id\":\"6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d\"}}")
                .build();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.equals("/v3/auth/tokens")) {
                iamExchanges.incrementAndGet();
                return token;
            }
            if (path.equals("/v3/projects")) {
                return projects;
            }
            long delay = serverDelayMillis;
            return delay == 0
                    ? deleted
                    : deleted.newBuilder()
                            .headersDelay(delay, TimeUnit.MILLISECONDS)
                            .build();
        }
    }

    private CodeArtsBuildClient client(AuthMode mode, AccessKey key) throws Exception {
        ClientConfig config = ClientConfig.builder("cn-north-4")
                .iamEndpoint(server.url("/").toString())
                .codeArtsBuildEndpoint(server.url("/").toString())
                .authMode(mode)
                .retryPolicy(RetryPolicy.DEFAULT)
                .build();
        return CodeArtsBuildClient.builder(http, config, key).build();
    }

    /** A new access key: nothing cached for it yet. */
    private AccessKey coldKey() throws Exception {
        return AccessKey.of(String.format(Locale.ROOT, "HPUABENCH%011d", ++keys), SK);
    }

    @FunctionalInterface
    private interface Delete {
        void run() throws Exception;
    }

    private void perDeleteTime() throws Exception {
        Request bare = new Request.Builder()
                .url(server.url("/v3/jobs/" + JOB_ID + "/delete"))
                .header("X-Auth-Token", "benchmark-token")
                .post(RequestBody.create(new byte[0], null))
                .build();
        CodeArtsBuildClient token = client(AuthMode.TOKEN, coldKey());
        CodeArtsBuildClient signature = client(AuthMode.SIGNATURE, coldKey());
        OkHttpClient likeClient = http.newBuilder()
                .callTimeout(Duration.ofSeconds(60))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
        List<Delete> deletes = List.of(
                () -> {
                    try (Response r = http.newCall(bare).execute()) {
                        r.body().string();
                    }
                },
                () -> {
                    try (Response r = likeClient.newCall(bare).execute()) {
                        r.body().string();
                    }
                },
                () -> token.deleteJob(JOB_ID, false),
                () -> signature.deleteJob(JOB_ID, false));
        for (Delete d : deletes) {
            for (int i = 0; i < WARM_UP; i++) {
                d.run();
            }
        }
        drain();
        // Short blocks, interleaved and rotated: neighbouring blocks see the same machine state, so the median of
        // the per-block ratios is robust against drift and noise that longer rounds would pick up.
        double[][] micros = new double[deletes.size()][BLOCKS];
        long[] allocated = new long[deletes.size()];
        for (int block = 0; block < BLOCKS; block++) {
            for (int k = 0; k < deletes.size(); k++) {
                int which = (k + block) % deletes.size();
                long bytes = allocatedBytes();
                long start = System.nanoTime();
                for (int i = 0; i < PER_BLOCK; i++) {
                    deletes.get(which).run();
                }
                micros[which][block] = (System.nanoTime() - start) / 1000.0 / PER_BLOCK;
                allocated[which] += allocatedBytes() - bytes;
            }
            if (block % 20 == 19) {
                drain();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "1) per-delete time, sequential, %d interleaved blocks of %d after %d warm-up; ratio = median of"
                        + " the per-block ratios to the bare POST:%n",
                BLOCKS,
                PER_BLOCK,
                WARM_UP);
        System.out.printf(
                Locale.ROOT,
                "   bare OkHttp POST, fixed token  %7.1f us  %6d B allocated/delete%n",
                median(micros[0]),
                allocated[0] / ((long) BLOCKS * PER_BLOCK));
        report("bare, client's settings", micros[1], micros[0], allocated[1], Double.NaN);
        report("client, token mode     ", micros[2], micros[0], allocated[2], 1.05);
        report("client, signature mode ", micros[3], micros[0], allocated[3], 1.30);
    }

    /** One line: median time, allocation, and the median and interquartile range of the per-block ratios. */
    private static void report(String name, double[] micros, double[] bare, long allocated, double target) {
        double[] ratios = new double[micros.length];
        for (int i = 0; i < micros.length; i++) {
            ratios[i] = micros[i] / bare[i];
        }
        Arrays.sort(ratios);
        double ratio = ratios[ratios.length / 2];
        String verdict = Double.isNaN(target)
                ? "(reference: call timeout on, retries and redirects off)"
                : String.format(Locale.ROOT, "(target <= %.2f) %s", target, ratio <= target ? "MET" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "   %s %7.1f us  %6d B allocated/delete  ratio %.3f [IQR %.3f-%.3f] %s%n",
                name,
                median(micros),
                allocated / ((long) BLOCKS * PER_BLOCK),
                ratio,
                ratios[ratios.length / 4],
                ratios[ratios.length * 3 / 4],
                verdict);
    }

    private void exchangesUnderConcurrency() throws Exception {
        AccessKey key = coldKey();
        int before = iamExchanges.get();
        runConcurrently(8, 1_000, () -> client(AuthMode.TOKEN, key).deleteJob(JOB_ID, false));
        int exchanges = iamExchanges.get() - before;
        System.out.printf(
                Locale.ROOT,
                "2) IAM token exchanges for 1000 deletes over 8 threads, cold cache, one client per delete: %d "
                        + "(target 1) %s%n",
                exchanges,
                exchanges == 1 ? "MET" : "MISSED");
        drain();
    }

    private void throughput() throws Exception {
        serverDelayMillis = 20;
        CodeArtsBuildClient client = client(AuthMode.TOKEN, coldKey());
        runConcurrently(8, 64, () -> client.deleteJob(JOB_ID, false)); // open the connections
        drain();
        double one = runConcurrently(1, 1_000, () -> client.deleteJob(JOB_ID, false));
        drain();
        double eight = runConcurrently(8, 1_000, () -> client.deleteJob(JOB_ID, false));
        drain();
        double speedUp = one / eight;
        System.out.printf(
                Locale.ROOT,
                "3) 1000 deletes, 20 ms server delay: 1 thread %.2f s (%.0f/s), 8 threads %.2f s (%.0f/s), "
                        + "speed-up %.2fx (target >= 7) %s%n",
                one,
                1000 / one,
                eight,
                1000 / eight,
                speedUp,
                speedUp >= 7 ? "MET" : "MISSED");
        serverDelayMillis = 0;
    }

    /** Runs {@code total} deletes spread over {@code threads} threads; returns the wall time in seconds. */
    private static double runConcurrently(int threads, int total, Delete delete) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger left = new AtomicInteger(total);
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        delete.run();
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** MockWebServer keeps every request it saw; forget them so that the heap stays flat. */
    private void drain() throws InterruptedException {
        while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
            // discard
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
