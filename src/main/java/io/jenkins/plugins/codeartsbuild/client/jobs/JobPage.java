package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.LastBuild;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One page of a job list, read and sorted by name and filter. A job never built is kept only when its info gives a
 * creation time before the filter's cutoff ({@link JobFilter}); those info calls are made here, for the page's
 * candidates, side by side at the look-up's pace (its pacer bounds the calls in flight), so that what the page kept
 * is final when the lister counts it against the limit. A failed info call keeps the job out: it proves nothing.
 */
final class JobPage {

    /**
     * What a page gave: the jobs kept, in list order; the ids of those the name matched; of those the age filter left
     * out because their last build time is unknown, or because they were never built and are not known to be old; the
     * entries it had; the total it gave ({@code -1}: none); whether any entry carried a last build time at all.
     */
    record Read(
            List<BuildJob> kept,
            List<String> matched,
            List<String> unknownTime,
            List<String> neverBuiltOut,
            int size,
            int total,
            boolean carriesTime) {}

    /** The jobs the name matched, with what the filter made of each, before any info call. */
    private record Sorted(List<BuildJob> jobs, List<Verdict> verdicts, int size, int total, boolean carriesTime) {}

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

    Read read(
            String project,
            String search,
            int index,
            Predicate<String> matches,
            JobFilter filter,
            ClientListener listener,
            Pacer pacer)
            throws CodeArtsException, InterruptedException {
        Instant now = clock.instant();
        Sorted page = fetch(project, search, index, matches, filter, now, listener, pacer);
        Set<String> candidates = new LinkedHashSet<>();
        for (int i = 0; i < page.jobs().size(); i++) {
            if (page.verdicts().get(i) == Verdict.NEVER_BUILT) {
                candidates.add(page.jobs().get(i).id());
            }
        }
        Set<String> old = createdBeforeCutoff(candidates, filter, now, listener, pacer);
        Read read = new Read(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                page.size(),
                page.total(),
                page.carriesTime());
        for (int i = 0; i < page.jobs().size(); i++) {
            BuildJob job = page.jobs().get(i);
            read.matched().add(job.id());
            switch (page.verdicts().get(i)) {
                case KEPT -> read.kept().add(job);
                case UNKNOWN_TIME -> read.unknownTime().add(job.id());
                case NEVER_BUILT -> {
                    if (old.contains(job.id())) {
                        read.kept().add(job);
                    } else {
                        read.neverBuiltOut().add(job.id());
                    }
                }
                case LEFT_OUT -> {}
            }
        }
        return read;
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

    private Sorted fetch(
            String project,
            String search,
            int index,
            Predicate<String> matches,
            JobFilter filter,
            Instant now,
            ClientListener listener,
            Pacer pacer)
            throws CodeArtsException, InterruptedException {
        HttpUrl.Builder url = base.newBuilder().addPathSegment("v1").addPathSegment("job");
        if (project != null) {
            url.addPathSegment(JobIds.checkProjectId(project));
        }
        url.addPathSegment("list")
                .addQueryParameter("page_index", String.valueOf(index))
                .addQueryParameter("page_size", String.valueOf(JobLister.PAGE_SIZE));
        if (!Texts.isBlank(search)) {
            url.addQueryParameter("search", search);
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
                    List<BuildJob> jobs = new ArrayList<>();
                    List<Verdict> verdicts = new ArrayList<>();
                    boolean carriesTime = false;
                    for (JsonNode item : list) {
                        carriesTime |= item.has(LastBuild.FIELD);
                        String name = Json.text(item, "job_name");
                        BuildJob job = ListedJob.of(reply, item, project, now);
                        if (job != null && name != null && matches.test(name)) {
                            jobs.add(job);
                            verdicts.add(filter.verdict(job, now));
                        }
                    }
                    return new Sorted(jobs, verdicts, list.size(), total, carriesTime);
                });
    }
}
