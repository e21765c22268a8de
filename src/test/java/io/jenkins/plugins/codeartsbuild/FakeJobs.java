package io.jenkins.plugins.codeartsbuild;

import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake CodeArts Build for the Jenkins tests: it knows some jobs (id and name), serves the v1 job list and job info,
 * and deletes what it is asked to, recording every delete. The deletes of the ids in {@link #stalled} are held until
 * the test releases them (or the call is cancelled), so that a build can be aborted while they are in flight.
 */
final class FakeJobs extends Dispatcher {

    static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
    static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2";
    static final String C = "ccccccccccccccccccccccccccccccc3";
    static final String PROJECT = "0123456789abcdef0123456789abcdef";

    /** job id → name, as the fake job list knows them. */
    final Map<String, String> jobs = new ConcurrentHashMap<>(Map.of(A, "pr-1-build", B, "pr-2-build", C, "main"));

    final List<String> deleted = new CopyOnWriteArrayList<>();
    final List<String> deletesAsked = new CopyOnWriteArrayList<>();
    final Set<String> stalled = ConcurrentHashMap.newKeySet();
    final CountDownLatch stalledArrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        String path = r.getUrl().encodedPath();
        if (path.equals("/v1/job/list")) {
            return list();
        }
        if (path.equals("/v1/job/" + PROJECT + "/list")) {
            return projectList();
        }
        if (path.startsWith("/v3/jobs/") && path.endsWith("/delete")) {
            String id = path.substring("/v3/jobs/".length(), path.length() - "/delete".length());
            deletesAsked.add(id);
            if (stalled.contains(id)) {
                stalledArrived.countDown();
                release.await(60, TimeUnit.SECONDS);
            }
            if (jobs.remove(id) == null) {
                return Fixtures.error(404, "CB.00060201", "invalid task id");
            }
            deleted.add(id);
            return json("{\"status\":\"success\",\"result\":{\"job_id\":\"" + id + "\",\"project_id\":\"" + PROJECT
                    + "\"}}");
        }
        if (path.startsWith("/v1/job/") && path.endsWith("/info")) {
            String id = path.substring("/v1/job/".length(), path.length() - "/info".length());
            String name = jobs.get(id);
            return name == null
                    ? json("{\"status\":\"fail\",\"error\":{\"error_code\":\"CB.00060201\","
                            + "\"error_msg\":\"invalid task id\"}}")
                    : json("{\"status\":\"success\",\"result\":{\"id\":\"" + id + "\",\"job_name\":\"" + name
                            + "\",\"is_delete\":true,\"disabled\":false}}");
        }
        return new MockResponse.Builder().code(404).build();
    }

    /** Lets the stalled deletes answer. */
    void release() {
        release.countDown();
    }

    private MockResponse list() {
        List<String> items = new ArrayList<>();
        jobs.forEach((id, name) -> items.add("{\"id\":\"" + id + "\",\"job_name\":\"" + name + "\",\"project_id\":\""
                + PROJECT + "\",\"project_name\":\"demo\",\"disabled\":false}"));
        return json("{\"status\":\"success\",\"result\":{\"total\":" + items.size() + ",\"job_list\":["
                + String.join(",", items) + "]}}");
    }

    /** One CodeArts project's list: another envelope, no project fields, and whether the key may delete each job. */
    private MockResponse projectList() {
        List<String> items = new ArrayList<>();
        jobs.forEach((id, name) -> items.add(
                "{\"id\":\"" + id + "\",\"job_name\":\"" + name + "\",\"is_delete\":true,\"disabled\":false}"));
        return json("{\"jobs\":[" + String.join(",", items) + "],\"total\":" + items.size() + "}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-batch")
                .body(body)
                .build();
    }
}
