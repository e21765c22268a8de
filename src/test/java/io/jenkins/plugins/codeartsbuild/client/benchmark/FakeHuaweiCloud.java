package io.jenkins.plugins.codeartsbuild.client.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * IAM and CodeArts Build on one {@link LoopbackServer}, answering with fixed, pre-encoded responses:
 *
 * <ul>
 *   <li>{@code POST /v3/auth/tokens…}: 201 with {@code X-Subject-Token} and a token expiring 24 h ahead (counted);
 *   <li>{@code GET /v3/projects…}: 200 with the project {@code cn-north-4};
 *   <li>{@code POST /v3/jobs/<id>/delete}: 200 {@code "status":"success"} naming the same job, with an
 *       {@code X-Request-Id};
 *   <li>{@code GET /v1/job/list?page_index=N&page_size=S[&search=T]}: page N (from 0) of S jobs of
 *       {@value #LISTED_JOBS} named {@code job-00000} to {@code job-09999} (distinct valid ids, one CodeArts
 *       project), narrowed to the names containing T, with the {@code total} of the narrowed list; each page is
 *       encoded the first time it is asked for, then served as it is (counted);
 *   <li>the recycle bin's list and restore ({@link #RECYCLED}, {@link #RESTORE});
 *   <li>any other {@code GET /v1/job/…}, such as a job's info: 404 (counted, {@link #infoCalls}).
 * </ul>
 *
 * More routes are added with {@code server().handle(method, pathPrefix, handler)}; they are tried after those
 * above, in order of registration (so a {@code GET} under {@code /v1/job/} never reaches them). A route's own delay is set with
 * {@code server().setRouteDelayMillis(method, pathPrefix, millis)} ({@link #JOBS} for deletes, {@link #LIST} for
 * list pages).
 *
 * <p>Kept apart from the tests' {@code FakeCodeArtsBuild} on purpose: the figures time the client, so the server must
 * add as little as it can to each round trip. MockWebServer records every request and builds every answer per call;
 * this fake serves pre-encoded answers on its own keep-alive {@link LoopbackServer}.
 */
final class FakeHuaweiCloud implements Closeable {

    static final String TOKEN = "benchmark-token";
    static final String IAM_PROJECT_ID = "0b8f2a1c9d4e4f6a8b3c5d7e9f1a2b3c";
    static final String CODEARTS_PROJECT_ID = "6a2c8e0b4d1f4a3b9c7e5d2f1a0b3c4d";
    static final String REGION = "cn-north-4";

    static final String JOBS = "/v3/jobs/";
    static final String LIST = "/v1/job/list";
    static final int LISTED_JOBS = 10_000;
    /** A second list, named {@code stale-…}, with last build times of 0 to 59 days ago, for the age filter. */
    static final int STALE_JOBS = 20_000;

    static final String RECYCLED = "/v1/job/recycling-jobs";
    static final String RESTORE = "/v1/job/recycling-restoration";
    /** The jobs in the recycle bin, {@code binned-…}, ids {@link #binnedJobId}. */
    static final int BINNED_JOBS = 1_000;

    private static final String DELETE = "/delete";
    private static final byte[] BAD_PAGE = LoopbackServer.response(
            400, "Bad Request", "{\"error_code\":\"CB.00060001\",\"error_msg\":\"bad page_index or page_size\"}");

    /** Decides whether a delete is throttled: the answer to send instead, or null to let it through. */
    @FunctionalInterface
    interface Throttle {
        byte[] refuse();
    }

    private volatile Throttle throttle = () -> null;
    private final LoopbackServer server;
    private final AtomicInteger tokenExchanges = new AtomicInteger();
    private final AtomicInteger infoCalls = new AtomicInteger();
    private final Map<String, byte[]> deleted = new ConcurrentHashMap<>();
    private final List<String> listedNames = new ArrayList<>(LISTED_JOBS);
    private final List<String> listedIds = new ArrayList<>(LISTED_JOBS);
    private final List<String> staleNames = new ArrayList<>(STALE_JOBS);
    private final List<String> staleIds = new ArrayList<>(STALE_JOBS);
    private final long[] staleBuilt = new long[STALE_JOBS];
    private final Map<String, byte[]> binPages = new ConcurrentHashMap<>();
    private final byte[] restored = LoopbackServer.response(
            200, "OK", "{\"status\":\"success\",\"error\":null}", "X-Request-Id", "benchmark-restore");
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final AtomicLong pagesServed = new AtomicLong();

    FakeHuaweiCloud() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] token = LoopbackServer.response(
                201,
                "Created",
                "{\"token\":{\"expires_at\":\"" + now.plus(Duration.ofHours(24)) + "\",\"issued_at\":\"" + now
                        + "\",\"project\":{\"id\":\"" + IAM_PROJECT_ID + "\",\"name\":\"" + REGION + "\"}}}",
                "X-Subject-Token",
                TOKEN);
        byte[] projects = LoopbackServer.response(
                200,
                "OK",
                "{\"projects\":[{\"id\":\"" + IAM_PROJECT_ID + "\",\"name\":\"" + REGION + "\"}]}",
                "X-IAM-Trace-Id",
                "benchmark-trace");
        server = new LoopbackServer()
                .handle("POST", "/v3/auth/tokens", e -> {
                    tokenExchanges.incrementAndGet();
                    return token;
                })
                .handle("GET", "/v3/projects", e -> projects)
                .handle("POST", JOBS, e -> {
                    byte[] refused = throttle.refuse();
                    return refused != null ? refused : deleteAnswer(e.target());
                })
                .handle("GET", LIST, this::listAnswer)
                .handle("GET", RECYCLED, this::binAnswer)
                .handle("POST", RESTORE, e -> restored)
                .handle("GET", "/v1/job/", e -> {
                    // no job here was never built, so a look-up should ask no info: counted to show it, and 404
                    infoCalls.incrementAndGet();
                    return null;
                });
        for (int i = 0; i < LISTED_JOBS; i++) {
            listedNames.add(String.format(Locale.ROOT, "job-%05d", i));
            listedIds.add(listedJobId(i));
        }
        for (int i = 0; i < STALE_JOBS; i++) {
            staleNames.add(String.format(Locale.ROOT, "stale-%05d", i));
            staleIds.add(String.format(Locale.ROOT, "c1d2e3f4a5b60718293a4b5c%08x", i));
            staleBuilt[i] = now.minus(Duration.ofDays(i % 60)).toEpochMilli();
        }
    }

    /** The id of the listed job {@code job-<i>}: 32 lowercase hex digits. */
    static String listedJobId(int i) {
        return String.format(Locale.ROOT, "a1b2c3d4e5f60718293a4b5c%08x", i);
    }

    /** The id of the recycled job {@code binned-<i>}. */
    static String binnedJobId(int i) {
        return String.format(Locale.ROOT, "e1f2a3b4c5d60718293a4b5c%08x", i);
    }

    /** A page of the recycle bin ({@code page_no} from 1, 100 a page), encoded once per page. */
    private byte[] binAnswer(LoopbackServer.Exchange e) {
        int no;
        try {
            no = Integer.parseInt(e.queryParameter("page_no"));
        } catch (NumberFormatException ex) {
            return BAD_PAGE;
        }
        return binPages.computeIfAbsent(String.valueOf(no), k -> {
            StringBuilder b = new StringBuilder(16_000)
                    .append("{\"status\":\"success\",\"error\":null,\"result\":{\"keep_time\":30,\"total\":")
                    .append(BINNED_JOBS)
                    .append(",\"job_list\":[");
            for (int i = (no - 1) * 100; i < Math.min(no * 100, BINNED_JOBS); i++) {
                if (i > (no - 1) * 100) {
                    b.append(',');
                }
                b.append("{\"job_id\":\"")
                        .append(binnedJobId(i))
                        .append("\",\"job_name\":\"binned-")
                        .append(i)
                        .append("\",\"project_id\":\"")
                        .append(CODEARTS_PROJECT_ID)
                        .append("\",\"delete_time_stamp\":\"1796004000\",\"creator_name\":\"bench\"}");
            }
            return LoopbackServer.response(200, "OK", b.append("]}}").toString(), "X-Request-Id", "benchmark-bin");
        });
    }

    /** A page of the job list, encoded once per (search, index, size); a 400 for a bad index or size. */
    private byte[] listAnswer(LoopbackServer.Exchange e) {
        if (!e.path().equals(LIST)) {
            return null;
        }
        String index = e.queryParameter("page_index");
        String size = e.queryParameter("page_size");
        String search = e.queryParameter("search");
        int i;
        int n;
        try {
            i = Integer.parseInt(index);
            n = Integer.parseInt(size);
        } catch (NumberFormatException ex) {
            return BAD_PAGE;
        }
        if (i < 0 || n < 1 || n > 100) {
            return BAD_PAGE;
        }
        String text = search == null ? "" : URLDecoder.decode(search, StandardCharsets.UTF_8);
        byte[] page = pages.computeIfAbsent(text + '\n' + i + '\n' + n, k -> encodePage(text, i, n));
        pagesServed.incrementAndGet();
        return page;
    }

    private byte[] encodePage(String search, int index, int size) {
        boolean stale = search.startsWith("stale");
        List<String> names = stale ? staleNames : listedNames;
        List<String> ids = stale ? staleIds : listedIds;
        List<Integer> matching = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).contains(search)) {
                matching.add(j);
            }
        }
        StringBuilder b = new StringBuilder(size * 160)
                .append("{\"status\":\"success\",\"result\":{\"total\":")
                .append(matching.size())
                .append(",\"job_list\":[");
        long from = (long) index * size;
        for (long k = from; k < Math.min(from + size, matching.size()); k++) {
            int j = matching.get((int) k);
            if (k > from) {
                b.append(',');
            }
            b.append("{\"id\":\"")
                    .append(ids.get(j))
                    .append("\",\"job_name\":\"")
                    .append(names.get(j))
                    .append("\",\"project_id\":\"")
                    .append(CODEARTS_PROJECT_ID)
                    .append("\",\"project_name\":\"benchmark\",\"disabled\":false");
            if (stale) {
                b.append(",\"last_build_time\":").append(staleBuilt[j]).append(",\"last_build_status\":\"blue\"");
            }
            b.append('}');
        }
        b.append("]}}");
        return LoopbackServer.response(200, "OK", b.toString(), "X-Request-Id", "benchmark-list");
    }

    /** The answer for {@code /v3/jobs/<id>/delete}, encoded once per job id; null (a 404) for other paths. */
    private byte[] deleteAnswer(String target) {
        if (!target.endsWith(DELETE) || target.length() <= JOBS.length() + DELETE.length()) {
            return null;
        }
        String id = target.substring(JOBS.length(), target.length() - DELETE.length());
        return deleted.computeIfAbsent(
                id,
                i -> LoopbackServer.response(
                        200,
                        "OK",
                        "{\"status\":\"success\",\"result\":{\"job_id\":\"" + i + "\",\"project_id\":\""
                                + CODEARTS_PROJECT_ID + "\"}}",
                        "X-Request-Id",
                        "benchmark-request"));
    }

    /** Throttles the deletes from now on ({@code () -> null} for none). */
    void throttle(Throttle t) {
        throttle = t;
    }

    LoopbackServer server() {
        return server;
    }

    /** The base URL of both IAM and CodeArts Build. */
    String baseUrl() {
        return server.baseUrl();
    }

    int tokenExchanges() {
        return tokenExchanges.get();
    }

    /** How many other {@code GET /v1/job/…} calls (a job's info) were asked so far; each got a 404. */
    int infoCalls() {
        return infoCalls.get();
    }

    /** How many pages of the job list were answered so far. */
    long pagesServed() {
        return pagesServed.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
