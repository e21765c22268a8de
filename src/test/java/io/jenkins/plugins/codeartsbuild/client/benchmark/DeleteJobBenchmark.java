package io.jenkins.plugins.codeartsbuild.client.benchmark;

import static io.jenkins.plugins.codeartsbuild.client.benchmark.Figure.f;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import io.jenkins.plugins.codeartsbuild.client.core.AccessKey;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.jobs.Chosen;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Prints the client's speed figures against {@link FakeHuaweiCloud}, a minimal keep-alive HTTP/1.1 server of our
 * own on loopback whose per-request cost is small next to the client's (not a test: run it with
 * {@code mvn -f client-pom.xml -Pbenchmark verify}). Every variant uses the same {@link OkHttpClient}, hence the same
 * connection pool; TCP_NODELAY is on at both ends.
 *
 * <ol>
 *   <li>per-delete time and allocation, sequential, in interleaved blocks after warm-up: a bare OkHttp POST (the
 *       floor), the same POST again (its ratio shows the noise of the method), a shared client, and a client per
 *       delete (what every Jenkins build does) in token and signature mode; ratios are medians of per-block ratios
 *       with their interquartile range; allocation is measured per thread around the same blocks; its bounds are
 *       regression guards, not targets;
 *   <li>IAM exchanges for 1,000 deletes over 8 threads with a cold cache, one client per delete (target: 1);
 *   <li>throughput of 1,000 deletes with a 20 ms server delay, 8 threads against 1 (target: at least 7 times);
 *   <li>batches ({@link CodeArtsBuildClient#deleteJobs}, {@link CodeArtsBuildClient#findJobs}):
 *       <ol type="a">
 *         <li>a batch of 1,000 ids with a 20 ms delay on each delete, parallelism 8 against 1, a client and a cold
 *             token cache per batch (targets: at least 7 times the rate; exactly 1 IAM exchange for the parallel
 *             batch);
 *         <li>a pattern over {@value FakeHuaweiCloud#LISTED_JOBS} jobs in 100 pages of 100, 20 ms per page: the
 *             client's look-up (the pages after the first side by side) against the same 100 pages fetched one
 *             after another by bare OkHttp GETs that parse nothing (target: at least 5 times faster);
 *         <li>the per-job time of a batch of 100 ids at parallelism 1 (a client per batch, warm token) against 100
 *             single deletes on one client, on loopback without delay, in interleaved blocks like figure 1
 *             (target: at most 1.1 times).
 *       </ol>
 * </ol>
 *
 * <p>{@code -Dbenchmark.blocks=}, {@code -Dbenchmark.perBlock=} and {@code -Dbenchmark.warmUp=} change the first
 * figure's settings. A new figure is a method returning a {@link Figure}, called from {@link #run()}; new server
 * answers (such as job list pages) are {@code cloud.server().handle(method, pathPrefix, handler)}.
 */
public final class DeleteJobBenchmark {

    static final String JOB_ID = "f9d6b2c1a0e94e7d8c3b5a6f7e8d9c46";
    static final String AK = "HPUABENCHMARK0000001";
    static final String SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
    static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20_000);
    static final int BLOCKS = Integer.getInteger("benchmark.blocks", 300);
    static final int PER_BLOCK = Integer.getInteger("benchmark.perBlock", 100);

    static final String BARE = "bare OkHttp POST, fixed token";
    static final String BARE_AGAIN = "bare again (noise control)";
    static final String BARE_BUILT = "bare, URL and request built per call";
    static final String BARE_TIMED = "bare, with OkHttp's callTimeout";
    static final String TOKEN_SHARED = "token, shared client";
    static final String TOKEN_PER_DELETE = "token, client per delete";
    static final String SIGNATURE_PER_DELETE = "signature, client per delete";

    private final FakeHuaweiCloud cloud;
    private final OkHttpClient http;
    private final String endpoint;
    private final AtomicInteger coldKeys = new AtomicInteger();
    private final AtomicLong sink = new AtomicLong();
    private final AtomicInteger retried = new AtomicInteger();

    private DeleteJobBenchmark(FakeHuaweiCloud cloud, OkHttpClient http) {
        this.cloud = cloud;
        this.http = http;
        this.endpoint = cloud.baseUrl();
    }

    public static void main(String[] args) throws Exception {
        OkHttpClient http = new OkHttpClient.Builder()
                .socketFactory(new NoDelaySocketFactory())
                .build();
        long start = System.nanoTime();
        try (FakeHuaweiCloud cloud = new FakeHuaweiCloud()) {
            new DeleteJobBenchmark(cloud, http).run(List.of(args));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        System.out.println(f("(benchmark run time %.1f s)", (System.nanoTime() - start) / 1e9));
    }

    /** Runs the figures named in {@code only} ("1", "5", or "6" for figures 6 and 7), or all when it is empty. */
    private void run(List<String> only) throws Exception {
        if (only.equals(List.of("1"))) {
            perDelete().print(System.out);
            return;
        }
        if (only.equals(List.of("6"))) {
            CleanupFigures cleanup = new CleanupFigures(cloud, () -> newClient(AuthMode.TOKEN, coldAk()));
            cleanup.ageFilter().print(System.out);
            cleanup.restore().print(System.out);
            SummaryFigures.measure().print(System.out);
            return;
        }
        if (only.equals(List.of("5"))) {
            ThrottledBatches.measure(cloud, (ids, parallelism) -> deleteBatch(coldAk(), ids, parallelism))
                    .print(System.out);
            return;
        }
        System.out.println(f(
                "CodeArts Build client benchmark: Java %s (%s), %d cores, max heap %d MB; own keep-alive loopback"
                        + " HTTP/1.1 server, TCP_NODELAY both ends; figure 1: warm-up >= %d calls per variant (then until"
                        + " the JIT is quiet for %d rounds, at most twice that), %d interleaved blocks x %d calls, order"
                        + " rotated per block",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                WARM_UP,
                InterleavedBlocks.QUIET_ROUNDS,
                BLOCKS,
                PER_BLOCK));
        perDelete().print(System.out);
        exchangesUnderConcurrency().print(System.out);
        throughput().print(System.out);
        batchThroughput().print(System.out);
        patternLookUp().print(System.out);
        batchOverhead().print(System.out);
        ThrottledBatches.measure(cloud, (ids, parallelism) -> deleteBatch(coldAk(), ids, parallelism))
                .print(System.out);
        CleanupFigures cleanup = new CleanupFigures(cloud, () -> newClient(AuthMode.TOKEN, coldAk()));
        cleanup.ageFilter().print(System.out);
        cleanup.restore().print(System.out);
        SummaryFigures.measure().print(System.out);
        sink.addAndGet(cleanup.sink());
        if (sink.get() == 0 || InterleavedBlocks.sink() == 0) {
            throw new IllegalStateException("no result was consumed");
        }
    }

    /** Sockets with Nagle's algorithm off, as the server's: small writes must not wait for a delayed ACK. */
    private static final class NoDelaySocketFactory extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket s = new Socket(host, port);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            Socket s = new Socket(host, port, localHost, localPort);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket s = new Socket(host, port);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            Socket s = new Socket(address, port, localAddress, localPort);
            s.setTcpNoDelay(true);
            return s;
        }
    }

    /** A client as a Jenkins build makes one: config, key and client built anew, on the shared OkHttpClient. */
    private CodeArtsBuildClient newClient(AuthMode mode, String ak) throws Exception {
        ClientConfig.Builder config = ClientConfig.builder(FakeHuaweiCloud.REGION)
                .iamEndpoint(endpoint)
                .codeArtsBuildEndpoint(endpoint);
        if (mode != AuthMode.TOKEN) {
            config.authMode(mode);
        }
        return new CodeArtsBuildClient(http, config.build(), AccessKey.of(ak, SK), ClientListener.NONE);
    }

    /** An access key id nothing is cached for yet. */
    private String coldAk() {
        return f("HPUABENCHCOLD%07d", coldKeys.incrementAndGet());
    }

    /** Something derived from the result, so that nothing is optimised away; counts deletes that needed a retry. */
    private long consume(Outcome r) {
        if (r.attempts() != 1) {
            retried.incrementAndGet();
        }
        return r.codeArtsProjectId().length() + r.attempts();
    }

    // ---- figure 1 ------------------------------------------------------------------------------------------------

    private Figure perDelete() throws Exception {
        Request bare = new Request.Builder()
                .url(endpoint + "v3/jobs/" + JOB_ID + "/delete")
                .header("X-Auth-Token", FakeHuaweiCloud.TOKEN)
                // the same empty JSON body as the client's, so that the server reads the same request size
                .post(RequestBody.create(new byte[0], MediaType.get("application/json;charset=utf8")))
                .build();
        CodeArtsBuildClient shared = newClient(AuthMode.TOKEN, AK);
        InterleavedBlocks.Call bareCall = () -> {
            try (Response r = http.newCall(bare).execute()) {
                String body = r.body().string();
                if (r.code() != 200) {
                    throw new IllegalStateException("HTTP " + r.code() + ": " + body);
                }
                return body.length();
            }
        };
        // what any client pays that deletes a job id it is given: a URL and a request built for it (the row shows
        // that floor; the targets stay against the bare POST above, whose request is built once)
        okhttp3.HttpUrl jobs = okhttp3.HttpUrl.get(endpoint + "v3/jobs");
        InterleavedBlocks.Call builtCall = () -> {
            Request request = new Request.Builder()
                    .url(jobs.newBuilder()
                            .addPathSegment(JOB_ID)
                            .addPathSegment("delete")
                            .build())
                    .header("X-Auth-Token", FakeHuaweiCloud.TOKEN)
                    .post(bare.body())
                    .build();
            try (Response r = http.newCall(request).execute()) {
                String body = r.body().string();
                if (r.code() != 200) {
                    throw new IllegalStateException("HTTP " + r.code() + ": " + body);
                }
                return body.length();
            }
        };
        // the bare POST with OkHttp's whole-call timeout, which the client sets (README: 60 s): Okio's watchdog then
        // takes part in every call; the row shows what that costs of itself (the guards stay against the bare POST)
        okhttp3.OkHttpClient timed =
                http.newBuilder().callTimeout(java.time.Duration.ofSeconds(60)).build();
        InterleavedBlocks.Call timedCall = () -> {
            try (Response r = timed.newCall(bare).execute()) {
                String body = r.body().string();
                if (r.code() != 200) {
                    throw new IllegalStateException("HTTP " + r.code() + ": " + body);
                }
                return body.length();
            }
        };
        List<InterleavedBlocks.Variant> variants = List.of(
                new InterleavedBlocks.Variant(BARE, bareCall),
                new InterleavedBlocks.Variant(BARE_AGAIN, bareCall),
                new InterleavedBlocks.Variant(BARE_BUILT, builtCall),
                new InterleavedBlocks.Variant(BARE_TIMED, timedCall),
                new InterleavedBlocks.Variant(TOKEN_SHARED, () -> consume(Fixtures.deleteJob(shared, JOB_ID, false))),
                new InterleavedBlocks.Variant(
                        TOKEN_PER_DELETE,
                        () -> consume(Fixtures.deleteJob(newClient(AuthMode.TOKEN, AK), JOB_ID, false))),
                new InterleavedBlocks.Variant(
                        SIGNATURE_PER_DELETE,
                        () -> consume(Fixtures.deleteJob(newClient(AuthMode.SIGNATURE, AK), JOB_ID, false))));
        int connections = cloud.server().connectionsAccepted();
        int retriedBefore = retried.get();
        long[] server = new long[2];
        InterleavedBlocks.Result r = InterleavedBlocks.run(variants, WARM_UP, BLOCKS, PER_BLOCK, () -> {
            server[0] = cloud.server().connectionCpuNanos();
            server[1] = cloud.server().requestsServed();
        });
        double serverMicros = (cloud.server().connectionCpuNanos() - server[0])
                / 1e3
                / Math.max(1, cloud.server().requestsServed() - server[1]);
        int bareIndex = r.index(BARE);
        double bareMicros = r.medianMicros(bareIndex);
        double bareBytes = r.medianBytes(bareIndex);
        Figure figure = new Figure(f(
                "1) Per delete, sequential on one thread, after %d warm-up calls per variant (JIT %s): median per call"
                        + " over %d blocks of %d; time ratio = median of the per-block ratios to bare [p25-p75];"
                        + " allocation = median KB per call (ratio to bare)",
                r.warmUpCalls(), r.jitQuiet() ? "quiet" : "still compiling", BLOCKS, PER_BLOCK));
        for (int v = 0; v < variants.size(); v++) {
            double micros = r.medianMicros(v);
            double bytes = r.medianBytes(v);
            if (v == bareIndex) {
                figure.row(variants.get(v).name(), f("%.1f us", micros), "", "", f("%.2f KB", bytes / 1024), "");
                continue;
            }
            double[] ratios = r.timeRatios(v, bareIndex);
            figure.row(
                    variants.get(v).name(),
                    f("%.1f us", micros),
                    f("%+.1f us", micros - bareMicros),
                    f(
                            "x%.3f [%.3f-%.3f]",
                            InterleavedBlocks.quantile(ratios, 0.5),
                            InterleavedBlocks.quantile(ratios, 0.25),
                            InterleavedBlocks.quantile(ratios, 0.75)),
                    f("%.2f KB", bytes / 1024),
                    f("(x%.2f, %+.1f KB)", bytes / bareBytes, (bytes - bareBytes) / 1024));
        }
        figure.note(f(
                "server: %.1f us CPU per request on its own thread (part of every variant's time); connections"
                        + " opened: %d; deletes retried: %d",
                serverMicros, cloud.server().connectionsAccepted() - connections, retried.get() - retriedBefore));
        double tokenRatio = InterleavedBlocks.quantile(r.timeRatios(r.index(TOKEN_PER_DELETE), bareIndex), 0.5);
        double signatureRatio = InterleavedBlocks.quantile(r.timeRatios(r.index(SIGNATURE_PER_DELETE), bareIndex), 0.5);
        // guards against a regression, not targets: the client takes the libraries' own code paths, and a few
        // microseconds on loopback are nothing a user sees next to a WAN round trip; allocation is reported only
        return figure.guard("time, token, client per delete <= 1.25x bare", f("x%.3f", tokenRatio), tokenRatio <= 1.25)
                .guard(
                        "time, signature, client per delete <= 1.40x bare",
                        f("x%.3f", signatureRatio),
                        signatureRatio <= 1.40);
    }

    // ---- figure 2 ------------------------------------------------------------------------------------------------

    private Figure exchangesUnderConcurrency() throws Exception {
        String ak = coldAk();
        int before = cloud.tokenExchanges();
        double seconds =
                runConcurrently(8, 1_000, () -> Fixtures.deleteJob(newClient(AuthMode.TOKEN, ak), JOB_ID, false));
        int exchanges = cloud.tokenExchanges() - before;
        return new Figure("2) 1,000 deletes over 8 threads, one client per delete, cold token cache (a fresh AK)")
                .row("IAM token exchanges", String.valueOf(exchanges), f("(%.2f s)", seconds))
                .target("exactly 1 exchange", String.valueOf(exchanges), exchanges == 1);
    }

    // ---- figure 3 ------------------------------------------------------------------------------------------------

    private Figure throughput() throws Exception {
        String ak = coldAk();
        cloud.server().setDelayMillis(20);
        try {
            // fetch the token and open 8 connections before measuring
            runConcurrently(8, 64, () -> Fixtures.deleteJob(newClient(AuthMode.TOKEN, ak), JOB_ID, false));
            double one =
                    runConcurrently(1, 1_000, () -> Fixtures.deleteJob(newClient(AuthMode.TOKEN, ak), JOB_ID, false));
            double eight =
                    runConcurrently(8, 1_000, () -> Fixtures.deleteJob(newClient(AuthMode.TOKEN, ak), JOB_ID, false));
            double speedUp = one / eight;
            return new Figure("3) 1,000 deletes, 20 ms server delay, one client per delete (token mode)")
                    .row("1 thread", f("%.2f s", one), f("%.0f deletes/s", 1_000 / one))
                    .row("8 threads", f("%.2f s", eight), f("%.0f deletes/s", 1_000 / eight))
                    .target("speed-up >= 7x", f("%.2fx", speedUp), speedUp >= 7);
        } finally {
            cloud.server().setDelayMillis(0);
        }
    }

    // ---- figure 4 ------------------------------------------------------------------------------------------------

    static final int BATCH_JOBS = 1_000;
    static final int LIST_PAGES = FakeHuaweiCloud.LISTED_JOBS / 100;
    static final int LOOK_UP_RUNS = 3;
    static final int OVERHEAD_BATCH = 100;
    static final int OVERHEAD_WARM_UP = 200;
    static final int OVERHEAD_BLOCKS = 100;
    static final int OVERHEAD_PER_BLOCK = 3;
    static final String BATCH_ONE_BY_ONE = "batch of 100 ids, parallelism 1, client per batch";
    static final String SINGLES = "100 single deletes, one client";

    /** {@code count} distinct valid job ids (32 lowercase hex digits) starting with {@code prefix} (24 of them). */
    static List<String> jobIds(String prefix, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(f("%s%08x", prefix, i));
        }
        return ids;
    }

    /** A batch of {@code ids} on a new client (token mode), as a Jenkins build runs one. */
    private Result deleteBatch(String ak, List<String> ids, int parallelism) throws Exception {
        Chosen selection = new Chosen();
        selection.setJobIds(ids);
        selection.setMaxJobs(ids.size());
        selection.setParallelism(parallelism);
        return newClient(AuthMode.TOKEN, ak).deleteJobs(selection.check());
    }

    /** Consumes every job's result as {@link #consume(Outcome)}; fails unless every job was deleted. */
    private long consume(Result r, int expected) {
        if (r.count(Status.Delete.DELETED) != expected) {
            String first = "";
            for (Outcome o : r.outcomes()) {
                if (o.status() != Status.Delete.DELETED) {
                    first = o.jobId() + " " + o.status() + (o.error() == null ? "" : ": " + o.error());
                    break;
                }
            }
            throw new IllegalStateException(
                    f("batch deleted %d of %d jobs; first other: %s", r.count(Status.Delete.DELETED), expected, first));
        }
        long acc = 0;
        for (Outcome o : r.outcomes()) {
            acc += consume(o);
        }
        return acc;
    }

    private Figure batchThroughput() throws Exception {
        List<String> ids = jobIds("d0b1a2c3e4f5061728394a5b", BATCH_JOBS);
        // encode the fake's 1,000 answers and compile the batch code, then open 8 connections with the delay on
        sink.addAndGet(consume(deleteBatch(coldAk(), ids, 8), BATCH_JOBS));
        cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.JOBS, 20);
        try {
            sink.addAndGet(consume(deleteBatch(coldAk(), ids.subList(0, 64), 8), 64));
            String oneAk = coldAk();
            long start = System.nanoTime();
            Result oneResult = deleteBatch(oneAk, ids, 1);
            double one = (System.nanoTime() - start) / 1e9;
            sink.addAndGet(consume(oneResult, BATCH_JOBS));
            String eightAk = coldAk();
            int exchangesBefore = cloud.tokenExchanges();
            int connections = cloud.server().connectionsAccepted();
            start = System.nanoTime();
            Result eightResult = deleteBatch(eightAk, ids, 8);
            double eight = (System.nanoTime() - start) / 1e9;
            int exchanges = cloud.tokenExchanges() - exchangesBefore;
            sink.addAndGet(consume(eightResult, BATCH_JOBS));
            double speedUp = one / eight;
            return new Figure("4a) Batch of 1,000 ids, 20 ms server delay on each delete, a client and a cold token"
                            + " cache (a fresh AK) per batch")
                    .row("parallelism 1", f("%.2f s", one), f("%.0f deletes/s", BATCH_JOBS / one))
                    .row("parallelism 8", f("%.2f s", eight), f("%.0f deletes/s", BATCH_JOBS / eight))
                    .note(f(
                            "all %d jobs deleted in both; connections opened by the parallel batch: %d",
                            BATCH_JOBS, cloud.server().connectionsAccepted() - connections))
                    .target("rate, parallelism 8 >= 7x parallelism 1", f("%.2fx", speedUp), speedUp >= 7)
                    .target("IAM exchanges of the parallel batch exactly 1", String.valueOf(exchanges), exchanges == 1);
        } finally {
            cloud.server().setRouteDelayMillis("POST", FakeHuaweiCloud.JOBS, 0);
        }
    }

    /** The 100 pages the client reads, fetched one after another by bare GETs; returns the bytes read. */
    private long pagesOneAfterAnother() throws IOException {
        long acc = 0;
        for (int i = 0; i < LIST_PAGES; i++) {
            Request page = new Request.Builder()
                    .url(endpoint + "v1/job/list?page_index=" + i + "&page_size=100&search=job-")
                    .header("X-Auth-Token", FakeHuaweiCloud.TOKEN)
                    .get()
                    .build();
            try (Response r = http.newCall(page).execute()) {
                String body = r.body().string();
                if (r.code() != 200) {
                    throw new IllegalStateException("HTTP " + r.code() + ": " + body);
                }
                acc += body.length();
            }
        }
        return acc;
    }

    /** The client's look-up of {@code job-*} on a new client (warm token); checks that it found every job. */
    private long findAll() throws Exception {
        Chosen pattern = new Chosen();
        pattern.setJobNamePattern("job-*");
        List<BuildJob> jobs = newClient(AuthMode.TOKEN, AK).findJobs(pattern.check(), CodeArtsBuildClient.MAX_FOUND);
        if (jobs.size() != FakeHuaweiCloud.LISTED_JOBS) {
            throw new IllegalStateException("the look-up found " + jobs.size() + " jobs");
        }
        long acc = 0;
        for (BuildJob j : jobs) {
            acc += j.id().length();
        }
        return acc;
    }

    /** Runs {@code run} and checks it read exactly the 100 pages; returns its time in seconds. */
    private double timePages(PageRun run) throws Exception {
        long pagesBefore = cloud.pagesServed();
        long start = System.nanoTime();
        sink.addAndGet(run.call());
        double seconds = (System.nanoTime() - start) / 1e9;
        long pages = cloud.pagesServed() - pagesBefore;
        if (pages != LIST_PAGES) {
            throw new IllegalStateException(pages + " pages were read instead of " + LIST_PAGES);
        }
        return seconds;
    }

    @FunctionalInterface
    interface PageRun {
        long call() throws Exception;
    }

    private Figure patternLookUp() throws Exception {
        // encode the pages and compile both paths without the delay, then once each with it
        for (int i = 0; i < 5; i++) {
            timePages(this::findAll);
            timePages(this::pagesOneAfterAnother);
        }
        cloud.server().setRouteDelayMillis("GET", FakeHuaweiCloud.LIST, 20);
        try {
            timePages(this::findAll);
            timePages(this::pagesOneAfterAnother);
            int connections = cloud.server().connectionsAccepted();
            double[] client = new double[LOOK_UP_RUNS];
            double[] floor = new double[LOOK_UP_RUNS];
            for (int run = 0; run < LOOK_UP_RUNS; run++) {
                // alternate the order, so that neither always runs first
                if (run % 2 == 0) {
                    client[run] = timePages(this::findAll);
                    floor[run] = timePages(this::pagesOneAfterAnother);
                } else {
                    floor[run] = timePages(this::pagesOneAfterAnother);
                    client[run] = timePages(this::findAll);
                }
            }
            double clientSeconds = InterleavedBlocks.quantile(InterleavedBlocks.sorted(client), 0.5);
            double floorSeconds = InterleavedBlocks.quantile(InterleavedBlocks.sorted(floor), 0.5);
            double speedUp = floorSeconds / clientSeconds;
            return new Figure(f(
                            "4b) Pattern job-* over %,d jobs in %d pages of 100, 20 ms server delay per page: median"
                                    + " of %d alternating runs each",
                            FakeHuaweiCloud.LISTED_JOBS, LIST_PAGES, LOOK_UP_RUNS))
                    .row(
                            "client findJobs (pages after the first 8 at a time, client per look-up)",
                            f("%.3f s", clientSeconds),
                            f("runs %s", seconds(client)))
                    .row(
                            "one after another: 100 bare OkHttp GETs, parsing nothing",
                            f("%.3f s", floorSeconds),
                            f("runs %s", seconds(floor)))
                    .note(f(
                            "every run read exactly %d pages; the client found all %,d jobs each time; connections"
                                    + " opened during the measured runs: %d",
                            LIST_PAGES,
                            FakeHuaweiCloud.LISTED_JOBS,
                            cloud.server().connectionsAccepted() - connections))
                    .target("client >= 5x faster than one after another", f("%.2fx", speedUp), speedUp >= 5);
        } finally {
            cloud.server().setRouteDelayMillis("GET", FakeHuaweiCloud.LIST, 0);
        }
    }

    private static String seconds(double[] values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = f("%.3f", values[i]);
        }
        return String.join(" ", s);
    }

    private Figure batchOverhead() throws Exception {
        List<String> ids = jobIds("c0d1e2f3a4b5c6d7e8f9a0b1", OVERHEAD_BATCH);
        CodeArtsBuildClient shared = newClient(AuthMode.TOKEN, AK);
        List<InterleavedBlocks.Variant> variants = List.of(
                new InterleavedBlocks.Variant(BATCH_ONE_BY_ONE, () -> consume(deleteBatch(AK, ids, 1), OVERHEAD_BATCH)),
                new InterleavedBlocks.Variant(SINGLES, () -> {
                    long acc = 0;
                    for (String id : ids) {
                        acc += consume(Fixtures.deleteJob(shared, id, false));
                    }
                    return acc;
                }));
        int retriedBefore = retried.get();
        InterleavedBlocks.Result r =
                InterleavedBlocks.run(variants, OVERHEAD_WARM_UP, OVERHEAD_BLOCKS, OVERHEAD_PER_BLOCK, () -> {});
        int batchIndex = r.index(BATCH_ONE_BY_ONE);
        int singlesIndex = r.index(SINGLES);
        double[] ratios = r.timeRatios(batchIndex, singlesIndex);
        double ratio = InterleavedBlocks.quantile(ratios, 0.5);
        Figure figure = new Figure(f(
                "4c) Per job, loopback, no delay, sequential on one thread, after %d warm-up calls of %d jobs per"
                        + " variant (JIT %s): median per job over %d blocks of %d x %d jobs; ratio = median of the"
                        + " per-block ratios [p25-p75]",
                r.warmUpCalls(),
                OVERHEAD_BATCH,
                r.jitQuiet() ? "quiet" : "still compiling",
                OVERHEAD_BLOCKS,
                OVERHEAD_PER_BLOCK,
                OVERHEAD_BATCH));
        figure.row(
                SINGLES,
                f("%.1f us", r.medianMicros(singlesIndex) / OVERHEAD_BATCH),
                "",
                f("%.2f KB", r.medianBytes(singlesIndex) / OVERHEAD_BATCH / 1024));
        figure.row(
                BATCH_ONE_BY_ONE,
                f("%.1f us", r.medianMicros(batchIndex) / OVERHEAD_BATCH),
                f(
                        "x%.3f [%.3f-%.3f]",
                        ratio, InterleavedBlocks.quantile(ratios, 0.25), InterleavedBlocks.quantile(ratios, 0.75)),
                f("%.2f KB", r.medianBytes(batchIndex) / OVERHEAD_BATCH / 1024));
        figure.note(f("deletes retried: %d", retried.get() - retriedBefore));
        return figure.target("batch per job <= 1.1x single deletes", f("x%.3f", ratio), ratio <= 1.1);
    }

    @FunctionalInterface
    interface Delete {
        Outcome run() throws Exception;
    }

    /** Runs {@code total} deletes spread over {@code threads} threads; returns the wall time in seconds. */
    double runConcurrently(int threads, int total, Delete delete) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger left = new AtomicInteger(total);
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long acc = 0;
                    while (left.getAndDecrement() > 0) {
                        acc += consume(delete.run());
                    }
                    sink.addAndGet(acc);
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
}
