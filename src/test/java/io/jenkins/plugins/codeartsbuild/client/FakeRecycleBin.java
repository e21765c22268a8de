package io.jenkins.plugins.codeartsbuild.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The recycle bin of {@link FakeCodeArtsBuild}: jobs it deleted land here (unless {@link #binsDeletes} is off),
 * {@code GET /v1/job/recycling-jobs} lists them (paged by {@code page_no}, or as {@link #paging} says),
 * {@code POST /v1/job/recycling-restoration} puts one back and {@code DELETE /v1/job/recycling-deletion} removes it.
 * Answers in the 2026 envelope ({@code status}) or, with {@link #sdkEnvelope}, the SDK's ({@code success}).
 */
public final class FakeRecycleBin {

    /** Which paging parameter the fake honours. */
    public enum Paging {
        PAGE_NO,
        PAGE_INDEX,
        NONE
    }

    public volatile boolean binsDeletes = true;
    public volatile Paging paging = Paging.PAGE_NO;
    public volatile boolean sdkEnvelope;
    public volatile Integer keepTime = 30;
    /** The total list answers give instead of the true one ({@code null}: the true one). */
    public volatile Integer totalGiven;

    private final Map<String, FakeCodeArtsBuild.Job> bin;
    private final List<FakeCodeArtsBuild.Job> jobs;
    private final Map<String, Long> deletedAt = new ConcurrentHashMap<>();

    FakeRecycleBin(Map<String, FakeCodeArtsBuild.Job> bin, List<FakeCodeArtsBuild.Job> jobs) {
        this.bin = bin;
        this.jobs = jobs;
    }

    /** Puts a job straight into the bin (as if deleted in the console, on 2026-11-30). */
    public void put(FakeCodeArtsBuild.Job job) {
        put(job, Instant.ofEpochSecond(1796004000L));
    }

    /** Puts a job into the bin, deleted at {@code when}. */
    public void put(FakeCodeArtsBuild.Job job, Instant when) {
        deletedAt.put(job.id(), when.getEpochSecond());
        bin.put(job.id(), job);
    }

    public boolean holds(String id) {
        return bin.containsKey(id);
    }

    /** The answer to a recycle-bin request, or {@code null} when it is not one. */
    MockResponse route(RecordedRequest r) {
        List<String> path = r.getUrl().pathSegments();
        if (path.size() != 3 || !path.get(0).equals("v1") || !path.get(1).equals("job")) {
            return null;
        }
        return switch (r.getMethod() + " " + path.get(2)) {
            case "GET recycling-jobs" -> list(r);
            case "POST recycling-restoration" -> change(r, true);
            case "DELETE recycling-deletion" -> change(r, false);
            default -> null;
        };
    }

    private synchronized MockResponse list(RecordedRequest r) {
        int size = Integer.parseInt(r.getUrl().queryParameter("page_size"));
        String pageNo = r.getUrl().queryParameter("page_no");
        String pageIndex = r.getUrl().queryParameter("page_index");
        int index =
                switch (paging) {
                    case PAGE_NO -> pageNo == null ? 0 : Integer.parseInt(pageNo) - 1;
                    case PAGE_INDEX -> pageIndex == null ? 0 : Integer.parseInt(pageIndex);
                    case NONE -> 0;
                };
        String search = r.getUrl().queryParameter("search");
        List<FakeCodeArtsBuild.Job> matching = new ArrayList<>();
        for (FakeCodeArtsBuild.Job j : bin.values()) {
            if (search == null || j.name().contains(search)) {
                matching.add(j);
            }
        }
        matching.sort((a, b) -> a.id().compareTo(b.id()));
        ArrayNode items = HttpReply.MAPPER.createArrayNode();
        for (int i = index * size; i < Math.min(matching.size(), (index + 1) * size); i++) {
            FakeCodeArtsBuild.Job j = matching.get(i);
            items.addObject()
                    .put("job_id", j.id())
                    .put("job_name", j.name())
                    .put("project_id", j.projectId())
                    .put("creator_name", "ci-bot")
                    .put("delete_time", "2026-11-30 10:00:00")
                    .put("delete_time_stamp", String.valueOf(deletedAt.get(j.id())));
        }
        ObjectNode root = envelope(true, null);
        ObjectNode result = root.putObject("result").put("total", totalGiven != null ? totalGiven : matching.size());
        if (keepTime != null) {
            result.put("keep_time", keepTime);
        }
        result.set("job_list", items);
        return json(root);
    }

    private synchronized MockResponse change(RecordedRequest r, boolean restore) {
        JsonNode body;
        try {
            body = HttpReply.MAPPER.readTree(r.getBody().utf8());
        } catch (IOException e) {
            return json(envelope(false, "bad body"));
        }
        JsonNode ids = body.get("job_ids");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            return json(envelope(false, "job_ids required"));
        }
        for (JsonNode id : ids) {
            if (!bin.containsKey(id.asText())) {
                return json(envelope(false, "job " + id.asText() + " is not in the recycle bin"));
            }
        }
        for (JsonNode id : ids) {
            FakeCodeArtsBuild.Job j = bin.remove(id.asText());
            if (restore) {
                jobs.add(j);
            }
        }
        return json(envelope(true, null));
    }

    private ObjectNode envelope(boolean ok, String error) {
        ObjectNode root = HttpReply.MAPPER.createObjectNode();
        if (sdkEnvelope) {
            root.put("success", ok).put("message", error).put("err_code", ok ? null : "CB.00060999");
        } else {
            root.put("status", ok ? "success" : "fail").put("error", error);
        }
        return root;
    }

    private static MockResponse json(ObjectNode root) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(root.toString())
                .build();
    }
}
