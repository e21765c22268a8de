package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.JobFilter.Verdict;
import io.jenkins.plugins.codeartsbuild.client.model.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.LastBuild;
import io.jenkins.plugins.codeartsbuild.client.model.NameMatch;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One page of a job list, read and sorted by name and filter, and a job as the lists and the job info describe it,
 * read defensively and cleaned for logs and results. A job never built is kept only when its info gives a creation
 * time before the filter's cutoff ({@link JobFilter}); those info calls are made here, for the page's candidates, side
 * by side at the look-up's pace (its pacer bounds the calls in flight), so that what the page kept is final when the
 * lister counts it against the limit. A failed info call keeps the job out: it proves nothing.
 */
final class JobPage {

    /**
     * What a page gave: the jobs the name matched, in list order, with what the filter made of each
     * ({@code NEVER_BUILT}: never built and not known to be older than its cutoff); the entries it had; the total it
     * gave ({@code -1}: none); whether any entry carried a last build time at all.
     */
    record Read(List<BuildJob> jobs, List<Verdict> verdicts, int size, int total, boolean carriesTime) {}

    private final Exchange exchange;
    private final HttpUrl base;
    private final Clock clock;
    private final JobLister lister;

    JobPage(Exchange exchange, HttpUrl codeArtsBuild, Clock clock, JobLister lister) {
        this.exchange = exchange;
        this.base = codeArtsBuild;
        this.clock = clock;
        this.lister = lister;
    }

    Read read(String project, NameMatch match, int index, JobFilter filter, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        Instant now = clock.instant();
        Read page = fetch(project, match, index, filter, now, listener, pacer);
        Set<String> candidates = new LinkedHashSet<>();
        for (int i = 0; i < page.jobs().size(); i++) {
            if (page.verdicts().get(i) == Verdict.NEVER_BUILT) {
                candidates.add(page.jobs().get(i).id());
            }
        }
        Set<String> old = createdBeforeCutoff(candidates, filter, now, listener, pacer);
        for (int i = 0; i < page.jobs().size(); i++) {
            if (page.verdicts().get(i) == Verdict.NEVER_BUILT
                    && old.contains(page.jobs().get(i).id())) {
                page.verdicts().set(i, Verdict.KEPT);
            }
        }
        return page;
    }

    /** The ids of {@code candidates} whose info gives a creation time before the cutoff. */
    private Set<String> createdBeforeCutoff(
            Set<String> candidates, JobFilter filter, Instant now, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        List<Fanout.Task<String>> tasks = new ArrayList<>();
        for (String id : candidates) {
            tasks.add(() -> filter.createdBeforeCutoff(created(id, listener, pacer), now) ? id : null);
        }
        Set<String> old = new HashSet<>(Fanout.run(JobLister.PAGE_WIDTH, "CodeArts Build job info", tasks));
        old.remove(null);
        return old;
    }

    /** When the job was created, or {@code null} when its info does not say or cannot be read. */
    private Instant created(String id, ClientListener listener, Pacer pacer) throws InterruptedException {
        try {
            return lister.info(id, listener, pacer).created();
        } catch (CodeArtsException e) {
            return null;
        }
    }

    private Read fetch(
            String project,
            NameMatch match,
            int index,
            JobFilter filter,
            Instant now,
            ClientListener listener,
            Pacer pacer)
            throws CodeArtsException, InterruptedException {
        HttpUrl.Builder url = base.newBuilder().addPathSegments("v1/job");
        if (project != null) {
            url.addPathSegment(JobIds.checkProjectId(project));
        }
        url.addPathSegment("list")
                .addQueryParameter("page_index", String.valueOf(index))
                .addQueryParameter("page_size", String.valueOf(JobLister.PAGE_SIZE));
        if (!Texts.isBlank(match.search())) {
            url.addQueryParameter("search", match.search());
        }
        HttpUrl pageUrl = url.build();
        return exchange.send(
                () -> new Request.Builder().url(pageUrl),
                listener,
                pacer,
                HttpCaller.PAGE_CAP,
                (reply, attempt, mayHaveTakenEffect) -> {
                    JsonNode root = JobLister.successfulRoot(reply);
                    JsonNode result = root.get("result");
                    JsonNode list = project != null ? root.get("jobs") : result == null ? null : result.get("job_list");
                    // more entries than asked for is not a page of this list: refused, not read
                    if (list == null || !list.isArray() || list.size() > JobLister.PAGE_SIZE) {
                        throw reply.error(Failure.MALFORMED_ANSWER);
                    }
                    JsonNode totalNode = project != null ? root.get("total") : result.get("total");
                    int total = totalNode != null && totalNode.canConvertToInt() && totalNode.asInt() >= 0
                            ? totalNode.asInt()
                            : -1;
                    Read page = new Read(new ArrayList<>(), new ArrayList<>(), list.size(), total, false);
                    boolean carriesTime = false;
                    for (JsonNode item : list) {
                        carriesTime |= item.has(LastBuild.FIELD);
                        String id = Json.text(item, "id");
                        if (JobIds.isValid(id) && match.test(Json.text(item, "job_name"))) {
                            BuildJob job = job(reply, item, project, id, now);
                            page.jobs().add(job);
                            page.verdicts().add(filter.verdict(job, now));
                        }
                    }
                    return new Read(page.jobs(), page.verdicts(), list.size(), total, carriesTime);
                });
    }

    /**
     * A job described by {@code item}, known by {@code id} (it passed the id rule); its last build read as of
     * {@code now} for an entry of a list ({@link LastBuild#of}), not read ({@code now} null) for an info answer.
     */
    static BuildJob job(HttpReply reply, JsonNode item, String project, String id, Instant now) {
        String user = Json.text(item, "user_name");
        return new BuildJob(
                id,
                reply.quoted(Json.text(item, "job_name"), 200),
                project != null ? project : reply.safeId(Json.text(item, "project_id")),
                reply.quoted(Json.text(item, "project_name"), 200),
                flag(item, "is_delete").orElse(null),
                flag(item, "disabled").orElse(null),
                now == null ? LastBuild.UNKNOWN : LastBuild.of(item, now),
                reply.quoted(Json.text(item, "last_build_status"), 40),
                reply.quoted(user != null ? user : Json.text(item, "job_creator"), 200));
    }

    /** A yes/no field ({@code true}/{@code false}, as JSON booleans or text); empty when absent or anything else. */
    static Optional<Boolean> flag(JsonNode item, String field) {
        JsonNode v = item == null ? null : item.get(field);
        String text = v != null && (v.isBoolean() || v.isTextual()) ? v.asText() : "";
        return text.equals("true") || text.equals("false") ? Optional.of(text.equals("true")) : Optional.empty();
    }
}
