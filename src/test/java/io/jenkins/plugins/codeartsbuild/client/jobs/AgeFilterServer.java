package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.FakeCodeArtsBuild;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A CodeArts Build whose job list entries are written by the test, field by field: {@code GET /v1/job/list} (paged by
 * {@code page_index} and {@code page_size}, with the total), {@code GET /v1/job/{id}/info} answered per id
 * ({@link #info}; by default a result without {@code create_time}) and {@code POST /v3/jobs/{id}/delete}. Records
 * every request, and how many info calls and how many calls in all were in flight at most.
 */
final class AgeFilterServer extends Dispatcher {

    /** A list entry: its id, and the JSON object the list gives for it. */
    record Entry(String id, String json) {}

    final List<Entry> entries = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
    /** The info answer for a job id; {@code null} for the default. */
    volatile Function<String, MockResponse> info = id -> null;
    /** Milliseconds every info answer is held. */
    volatile long infoDelayMillis;

    final AtomicInteger maxInfoInFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger infoInFlight = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Adds an entry named {@code name} with a fresh id; {@code fields} are the JSON members after the id and the
     * name (without braces), e.g. {@code "last_build_time":null,"last_build_status":"red"}.
     */
    String add(String name, String fields) {
        String id = FakeCodeArtsBuild.newId();
        String json =
                "{\"id\":\"" + id + "\",\"job_name\":\"" + name + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
        entries.add(new Entry(id, json));
        return id;
    }

    /** An info answer whose result names the job and carries {@code fields} (JSON members, without braces). */
    static MockResponse infoOf(String id, String fields) {
        return FakeCodeArtsBuild.json(
                200,
                "{\"status\":\"success\",\"result\":{\"id\":\"" + id + "\",\"job_name\":\"x\""
                        + (fields.isEmpty() ? "" : "," + fields) + "}}");
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        seen.add(r);
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            List<String> path = r.getUrl().pathSegments();
            if (r.getMethod().equals("POST") && path.size() == 4 && path.get(3).equals("delete")) {
                return Fixtures.deleted();
            }
            if (path.size() == 4 && path.get(3).equals("info")) {
                maxInfoInFlight.accumulateAndGet(infoInFlight.incrementAndGet(), Math::max);
                try {
                    if (infoDelayMillis > 0) {
                        TimeUnit.MILLISECONDS.sleep(infoDelayMillis);
                    }
                    MockResponse answer = info.apply(path.get(2));
                    return answer != null ? answer : infoOf(path.get(2), "");
                } finally {
                    infoInFlight.decrementAndGet();
                }
            }
            return page(r);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private MockResponse page(RecordedRequest r) {
        int index = Integer.parseInt(r.getUrl().queryParameter("page_index"));
        int size = Integer.parseInt(r.getUrl().queryParameter("page_size"));
        List<String> items = new ArrayList<>();
        for (int i = index * size; i < Math.min(entries.size(), (index + 1) * size); i++) {
            items.add(entries.get(i).json());
        }
        return FakeCodeArtsBuild.json(
                200,
                "{\"status\":\"success\",\"result\":{\"total\":" + entries.size() + ",\"job_list\":["
                        + String.join(",", items) + "]}}");
    }

    /** The requests whose path ends with {@code last}, in arrival order. */
    List<RecordedRequest> requests(String last) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : seen) {
            List<String> path = r.getUrl().pathSegments();
            if (path.get(path.size() - 1).equals(last)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The job ids of the info calls, in arrival order. */
    List<String> infoIds() {
        return requests("info").stream()
                .map(r -> r.getUrl().pathSegments().get(2))
                .toList();
    }

    /** The job ids of the deletes received, in arrival order. */
    List<String> deleteIds() {
        return requests("delete").stream()
                .map(r -> r.getUrl().pathSegments().get(2))
                .toList();
    }
}
