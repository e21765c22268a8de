package io.jenkins.plugins.codeartsbuild.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A fake CodeArts Build for batch tests: a store of jobs answering the v1 job lists (all jobs, one project's), a job's
 * info and the v3 delete, as a {@link Dispatcher} (safe under concurrency, unlike an enqueued script). Every request
 * is recorded with its arrival time and how many requests were in flight when it arrived. {@link #override} answers
 * first when it returns non-null (faults, throttling, holding requests).
 */
public final class FakeCodeArtsBuild extends Dispatcher {

    /** A job of the store; {@code canDelete == false} makes its delete a 403. */
    public record Job(String id, String name, String projectId, String projectName, Boolean canDelete) {}

    /** A request as the server saw it. */
    public record Seen(RecordedRequest request, long atNanos, int inFlight) {}

    public final List<Job> jobs = new CopyOnWriteArrayList<>();
    public final List<Seen> seen = new CopyOnWriteArrayList<>();
    final Map<String, Job> deleted = new ConcurrentHashMap<>();
    /** The list entries' own members of the jobs added by {@link #addListed}, by id. */
    private final Map<String, String> listFields = new ConcurrentHashMap<>();
    /** The recycle bin: where deleted jobs land. */
    public final FakeRecycleBin bin = new FakeRecycleBin(new ConcurrentHashMap<>(), jobs);

    final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();
    public volatile Function<RecordedRequest, MockResponse> override = r -> null;
    /** Milliseconds every default answer is held, so that concurrency can be observed. */
    public volatile long delayMillis;
    /** Whether list answers carry a total. */
    public volatile boolean withTotal = true;
    /** The total list answers give instead of the true one ({@code null}: the true one). */
    public volatile Number totalGiven;

    private static final AtomicInteger IDS = new AtomicInteger();

    /** When every listed job was last built (epoch ms, 2024-09-22, the documented example): long ago. */
    public static final long LAST_BUILT = 1727041445000L;

    /** Answers on {@code build}, with {@code iam} issuing a token to any key; returns this fake. */
    public FakeCodeArtsBuild serveOn(MockWebServer iam, MockWebServer build) {
        iam.setDispatcher(iam());
        build.setDispatcher(this);
        return this;
    }

    /** A fresh, valid job id. */
    public static String newId() {
        return String.format(Locale.ROOT, "%032x", IDS.incrementAndGet() + 0xabc000L);
    }

    /** Adds a job with a fresh id to the store. */
    public Job add(String name, String projectId) {
        Job j = new Job(newId(), name, projectId, "project " + projectId.substring(0, 4), null);
        jobs.add(j);
        return j;
    }

    /**
     * Adds a job of {@link Fixtures#PROJECT_ID} whose list entry the test writes: {@code fields} are the JSON members
     * after the id, the name and the project (without braces), e.g.
     * {@code "last_build_time":null,"last_build_status":"red"}, instead of the default last build.
     */
    public Job addListed(String name, String fields) {
        Job j = add(name, Fixtures.PROJECT_ID);
        listFields.put(j.id(), fields);
        return j;
    }

    /** Adds {@code count} jobs named {@code prefix-0}, {@code prefix-1}, … in {@code projectId}. */
    public List<Job> addMany(String prefix, int count, String projectId) {
        List<Job> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(add(prefix + "-" + i, projectId));
        }
        return added;
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        seen.add(new Seen(r, System.nanoTime(), now));
        try {
            MockResponse special = override.apply(r);
            if (special != null) {
                return special;
            }
            if (delayMillis > 0) {
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            }
            return route(r);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private MockResponse route(RecordedRequest r) {
        MockResponse binned = bin.route(r);
        if (binned != null) {
            return binned;
        }
        List<String> path = r.getUrl().pathSegments();
        if (r.getMethod().equals("POST")
                && path.size() == 4
                && path.get(0).equals("v3")
                && path.get(3).equals("delete")) {
            return delete(path.get(2));
        }
        if (r.getMethod().equals("GET")
                && path.size() == 3
                && path.get(1).equals("job")
                && path.get(2).equals("list")) {
            return list(r, null);
        }
        if (r.getMethod().equals("GET")
                && path.size() == 4
                && path.get(1).equals("job")
                && path.get(3).equals("list")) {
            return list(r, path.get(2));
        }
        if (r.getMethod().equals("GET")
                && path.size() == 4
                && path.get(1).equals("job")
                && path.get(3).equals("info")) {
            return info(path.get(2));
        }
        return json(404, "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist\"}");
    }

    private Job find(String id) {
        return jobs.stream().filter(j -> j.id().equals(id)).findFirst().orElse(null);
    }

    private synchronized MockResponse delete(String id) {
        Job j = find(id);
        if (j == null) {
            return json(404, "{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}");
        }
        if (Boolean.FALSE.equals(j.canDelete())) {
            return json(403, "{\"error_code\":\"CB.00060003\",\"error_msg\":\"no permission to delete the job\"}");
        }
        jobs.remove(j);
        deleted.put(id, j);
        if (bin.binsDeletes) {
            bin.put(j, Instant.now());
        }
        return json(
                200,
                "{\"status\":\"success\",\"result\":{\"job_id\":\"" + id + "\",\"project_id\":\"" + j.projectId()
                        + "\"}}");
    }

    private MockResponse info(String id) {
        Job j = find(id);
        if (j == null) {
            return json(
                    200,
                    "{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.00060201\",\"error_msg\":\"invalid task id\"}}");
        }
        ObjectNode root = HttpReply.MAPPER.createObjectNode().put("status", "success");
        ObjectNode result = root.putObject("result")
                .put("id", j.id())
                .put("job_name", j.name())
                .put("disabled", false);
        result.put("is_delete", !Boolean.FALSE.equals(j.canDelete()));
        return json(200, root.toString());
    }

    private MockResponse list(RecordedRequest r, String project) {
        int index = Integer.parseInt(r.getUrl().queryParameter("page_index"));
        int size = Integer.parseInt(r.getUrl().queryParameter("page_size"));
        String search = r.getUrl().queryParameter("search");
        List<Job> matching = new ArrayList<>();
        for (Job j : jobs) {
            if ((project == null || j.projectId().equals(project))
                    && (search == null || j.name().contains(search))) {
                matching.add(j);
            }
        }
        ArrayNode items = HttpReply.MAPPER.createArrayNode();
        for (int i = index * size; i < Math.min(matching.size(), (index + 1) * size); i++) {
            Job j = matching.get(i);
            ObjectNode item = items.addObject().put("id", j.id()).put("job_name", j.name());
            if (project == null) {
                item.put("project_id", j.projectId()).put("project_name", j.projectName());
            } else {
                item.put("is_delete", !Boolean.FALSE.equals(j.canDelete())).put("is_view", true);
            }
            String fields = listFields.get(j.id());
            if (fields != null) {
                item.setAll(object("{" + fields + "}"));
            } else {
                item.put("last_build_status", "blue")
                        .put("last_build_time", LAST_BUILT)
                        .put("unknown_field", 7);
            }
        }
        ObjectNode root = HttpReply.MAPPER.createObjectNode();
        if (project == null) {
            root.put("status", "success");
            ObjectNode result = root.putObject("result");
            if (withTotal) {
                result.set("total", HttpReply.MAPPER.valueToTree(totalGiven != null ? totalGiven : matching.size()));
            }
            result.set("job_list", items);
        } else {
            root.set("jobs", items);
            if (withTotal) {
                root.set("total", HttpReply.MAPPER.valueToTree(totalGiven != null ? totalGiven : matching.size()));
            }
        }
        return json(200, root.toString());
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) HttpReply.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An info answer whose result names the job and carries {@code fields} (JSON members, without braces). */
    public static MockResponse infoOf(String id, String fields) {
        return json(
                200,
                "{\"status\":\"success\",\"result\":{\"id\":\"" + id + "\",\"job_name\":\"x\""
                        + (fields.isEmpty() ? "" : "," + fields) + "}}");
    }

    // ---- throttling

    /** A storm of throttling answers, then calm: {@link #stormThenCalm}. */
    final class Storm {
        private final int size;
        private final Predicate<RecordedRequest> kind;
        private final AtomicLong lastThrottle = new AtomicLong();

        private Storm(int size, Predicate<RecordedRequest> kind) {
            this.size = size;
            this.kind = kind;
        }

        /**
         * Nobody sent anything until the server's {@code Retry-After} had passed (a lower bound, not a speed target),
         * the first call after the storm was alone and the next came only once it was answered, and each throttled
         * call waited as told, once.
         */
        void assertEverybodySlowedDown(List<Duration> sleeps) {
            List<Seen> calls = new ArrayList<>();
            for (Seen s : seen) {
                if (kind.test(s.request())) {
                    calls.add(s);
                }
            }
            List<Seen> after = calls.subList(size, calls.size());
            assertThat(TimeUnit.NANOSECONDS.toMillis(after.get(0).atNanos() - lastThrottle.get()))
                    .isGreaterThanOrEqualTo(990);
            assertThat(after.get(0).inFlight()).isEqualTo(1);
            long next = after.subList(1, after.size()).stream()
                    .mapToLong(Seen::atNanos)
                    .min()
                    .orElseThrow();
            assertThat(TimeUnit.NANOSECONDS.toMillis(next - after.get(0).atNanos()))
                    .isGreaterThanOrEqualTo(CALM_MILLIS);
            assertThat(sleeps).hasSize(size).containsOnly(Duration.ofSeconds(1));
        }
    }

    static final long CALM_MILLIS = 50;

    /**
     * Holds the first {@code size} calls of a {@code kind} until all are in flight, then throttles them all with
     * {@code Retry-After: 1}; later calls of that kind are answered normally after {@value #CALM_MILLIS} ms.
     */
    Storm stormThenCalm(int size, Predicate<RecordedRequest> kind) {
        Storm storm = new Storm(size, kind);
        CountDownLatch all = new CountDownLatch(size);
        AtomicInteger count = new AtomicInteger();
        override = r -> {
            if (!kind.test(r)) {
                return null;
            }
            try {
                if (count.incrementAndGet() <= size) {
                    all.countDown();
                    all.await(5, TimeUnit.SECONDS);
                    storm.lastThrottle.accumulateAndGet(System.nanoTime(), Math::max);
                    return tooManyRequests(1);
                }
                Thread.sleep(CALM_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        };
        return storm;
    }

    // ---- what the server saw

    /** The requests whose path contains {@code part}, in arrival order. */
    public List<RecordedRequest> requests(String method, String part) {
        List<RecordedRequest> out = new ArrayList<>();
        for (Seen s : seen) {
            if (s.request().getMethod().equals(method)
                    && s.request().getUrl().encodedPath().contains(part)) {
                out.add(s.request());
            }
        }
        return out;
    }

    /** The job ids of the deletes received, in arrival order. */
    public List<String> deleteIds() {
        List<String> ids = new ArrayList<>();
        for (RecordedRequest r : requests("POST", "/delete")) {
            ids.add(r.getUrl().pathSegments().get(2));
        }
        return ids;
    }

    /** The job ids of the info calls received, in arrival order. */
    public List<String> infoIds() {
        List<String> ids = new ArrayList<>();
        for (RecordedRequest r : requests("GET", "/info")) {
            ids.add(r.getUrl().pathSegments().get(2));
        }
        return ids;
    }

    public List<RecordedRequest> pages() {
        return requests("GET", "/list");
    }

    // ---- answers

    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-" + status)
                .body(body)
                .build();
    }

    /** 429 asking to wait {@code seconds}. */
    public static MockResponse tooManyRequests(int seconds) {
        return new MockResponse.Builder()
                .code(429)
                .addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", String.valueOf(seconds))
                .body("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The request is throttled\"}")
                .build();
    }

    static boolean isDelete(RecordedRequest r) {
        return r.getMethod().equals("POST") && r.getUrl().encodedPath().endsWith("/delete");
    }

    /**
     * A server whose connections send at once ({@code TCP_NODELAY}): a test of hundreds of sequential calls then
     * takes milliseconds per call, not the 40 ms of a delayed acknowledgement.
     */
    public static MockWebServer noDelayServer() {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new ServerSocketFactory() {
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
                throw new UnsupportedOperationException();
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                throw new UnsupportedOperationException();
            }
        });
        return server;
    }

    /** An IAM that hands out a token to every exchange (and counts them through its server). */
    public static Dispatcher iam() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return Fixtures.token("batch-token");
            }
        };
    }
}
