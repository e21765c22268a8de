package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsSelectionException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsSelectionException.Reason;
import io.jenkins.plugins.codeartsbuild.client.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Reads job lists: all jobs the caller can see ({@code GET /v1/job/list}), or one CodeArts project's
 * ({@code GET /v1/job/{project_id}/list}, which also says whether the caller may delete each job), 100 per page.
 * Once the first page gives the total, the other pages are fetched side by side, a few at a time; jobs are
 * deduplicated by id (pages shift while jobs come and go), at most {@value #MAX_PAGES} pages of at most
 * {@value #PAGE_SIZE} jobs are read (a page with more is malformed), and reading stops once more jobs match than the
 * caller's limit. Also reads one job's info
 * ({@code GET /v1/job/{job_id}/info}) for a dry run. An answer of HTTP 200 with {@code "status": "fail"} is a
 * failure; every field is read defensively, and a job without a valid id is skipped.
 */
public final class JobLister {

    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 200;
    /** Pages fetched at once: read-only calls, bounded apart from a batch's parallelism. */
    public static final int PAGE_WIDTH = 8;

    /**
     * Jobs and the number of pages they were read from; {@code overLimit} when more jobs matched than the limit
     * (reading stopped there: {@code jobs} holds the limit and one more).
     */
    public record Listing(List<BuildJob> jobs, int pages, boolean overLimit, int matched) {
        public Listing {
            jobs = List.copyOf(jobs);
        }
    }

    /** A job's info: whether it exists, and whether the caller may delete it ({@code null}: not said). */
    public record Info(BuildJob job, boolean exists, Boolean canDelete) {}

    /**
     * The jobs of a page the filter kept, the ids of those the name matched, how many jobs it had in all, and the
     * total it gave ({@code -1}: none).
     */
    private record Page(List<BuildJob> jobs, List<String> matched, int size, int total) {}

    private final Exchange exchange;
    private final HttpUrl base;
    private final Clock clock;

    public JobLister(Exchange exchange, HttpUrl codeArtsBuild, Clock clock) {
        this.exchange = exchange;
        this.base = codeArtsBuild;
        this.clock = clock;
    }

    /**
     * The jobs whose name {@code matches}, from one CodeArts project or from all. A total that grows while the pages
     * are read (jobs created meanwhile push the others down) is followed, up to the cap.
     *
     * @param search what the server may narrow the list by (a substring of every name that can match), or blank
     */
    public Listing list(
            String codeArtsProjectId,
            String search,
            Predicate<String> matches,
            JobFilter filter,
            int limit,
            ClientListener listener)
            throws CodeArtsException, InterruptedException {
        Predicate<BuildJob> keeps = job -> filter.keeps(job, clock.instant());
        // the pages of one look-up share a pacer: a throttled page slows the others down
        Pacer pacer = new RatePacer(PAGE_WIDTH, System::nanoTime, (rate, throttled) -> {});
        Map<String, BuildJob> unique = new LinkedHashMap<>();
        Set<String> matchedIds = new HashSet<>();
        Page first = page(codeArtsProjectId, search, 0, matches, keeps, listener, pacer);
        int pages = 1;
        add(unique, matchedIds, List.of(first));
        int total = first.total();
        Page last = first;
        // more pages while the total (which may grow) or, without one, full pages say so; in waves of PAGE_WIDTH,
        // so that a selection past the limit stops being read as soon as it is known
        while (unique.size() <= limit && (total >= 0 ? pageCount(total) > pages : last.size() >= PAGE_SIZE)) {
            int wave = total >= 0 ? Math.min(PAGE_WIDTH, pageCount(total) - pages) : 1;
            checkCap(total >= 0 ? pageCount(total) : pages + wave, total);
            List<Fanout.Task<Page>> tasks = new ArrayList<>();
            for (int i = pages; i < pages + wave; i++) {
                int index = i;
                tasks.add(() -> page(codeArtsProjectId, search, index, matches, keeps, listener, pacer));
            }
            List<Page> more = Fanout.run(PAGE_WIDTH, "CodeArts Build job list", tasks);
            pages += wave;
            add(unique, matchedIds, more);
            for (Page p : more) {
                total = Math.max(total, p.total());
            }
            last = more.get(more.size() - 1);
        }
        List<BuildJob> jobs = new ArrayList<>(unique.values());
        boolean overLimit = jobs.size() > limit;
        return new Listing(
                overLimit ? List.copyOf(jobs.subList(0, limit + 1)) : List.copyOf(jobs),
                pages,
                overLimit,
                matchedIds.size());
    }

    /** Adds the pages' jobs, each id once (pages shift while jobs come and go). */
    private static void add(Map<String, BuildJob> unique, Set<String> matchedIds, List<Page> pages) {
        for (Page p : pages) {
            for (BuildJob job : p.jobs()) {
                unique.putIfAbsent(job.id(), job);
            }
            matchedIds.addAll(p.matched());
        }
    }

    private static int pageCount(int total) {
        return (int) ((total + (long) PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** More than {@value #MAX_PAGES} pages are not read: the list is refused rather than read in part. */
    private static void checkCap(int pages, int total) throws CodeArtsSelectionException {
        if (pages > MAX_PAGES) {
            String max = String.valueOf(MAX_PAGES * PAGE_SIZE);
            throw new CodeArtsSelectionException(
                    Reason.TOO_MANY_PAGES, total < 0 ? ">" + max : String.valueOf(total), max);
        }
    }

    private Page page(
            String project,
            String search,
            int index,
            Predicate<String> matches,
            Predicate<BuildJob> keeps,
            ClientListener listener,
            Pacer pacer)
            throws CodeArtsException, InterruptedException {
        HttpUrl.Builder url = base.newBuilder().addPathSegment("v1").addPathSegment("job");
        if (project != null) {
            url.addPathSegment(JobIds.checkProjectId(project));
        }
        url.addPathSegment("list")
                .addQueryParameter("page_index", String.valueOf(index))
                .addQueryParameter("page_size", String.valueOf(PAGE_SIZE));
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
                    JsonNode root = successfulRoot(reply);
                    JsonNode result = root.get("result");
                    JsonNode list = project != null ? root.get("jobs") : result == null ? null : result.get("job_list");
                    // more entries than asked for is not a page of this list: refused, not read
                    if (list == null || !list.isArray() || list.size() > PAGE_SIZE) {
                        throw CodeArtsApiException.of(Failure.MALFORMED_ANSWER, reply);
                    }
                    JsonNode totalNode = project != null ? root.get("total") : result.get("total");
                    int total = totalNode != null && totalNode.canConvertToInt() && totalNode.asInt() >= 0
                            ? totalNode.asInt()
                            : -1;
                    List<BuildJob> jobs = new ArrayList<>();
                    List<String> matched = new ArrayList<>();
                    Instant now = clock.instant();
                    for (JsonNode item : list) {
                        String name = Json.text(item, "job_name");
                        BuildJob job = ListedJob.of(reply, item, project, now);
                        if (job != null && name != null && matches.test(name)) {
                            matched.add(job.id());
                            if (keeps.test(job)) {
                                jobs.add(job);
                            }
                        }
                    }
                    return new Page(jobs, matched, list.size(), total);
                });
    }

    /**
     * One job's info, for a dry run, paced by the batch's {@code pacer}. A job that does not exist is told apart from
     * a failure.
     */
    public Info info(String jobId, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        HttpUrl url = base.newBuilder()
                .addPathSegment("v1")
                .addPathSegment("job")
                .addPathSegment(JobIds.check(jobId))
                .addPathSegment("info")
                .build();
        try {
            return exchange.send(
                    () -> new Request.Builder().url(url), listener, pacer, (reply, attempt, mayHaveTakenEffect) -> {
                        JsonNode result = successfulRoot(reply).get("result");
                        if (result == null || !result.isObject()) {
                            throw CodeArtsApiException.of(Failure.MALFORMED_ANSWER, reply);
                        }
                        // the job asked for, whatever id the answer names: that one is only warned about
                        String named = DeleteResponse.otherJobConfirmed(reply, jobId, Json.text(result, "id"));
                        if (named != null) {
                            listener.onOtherJobConfirmed(jobId, named);
                        }
                        BuildJob job = ListedJob.of(reply, result, null, jobId, null);
                        return new Info(
                                job, true, ListedJob.flag(result, "is_delete").orElse(null));
                    });
        } catch (CodeArtsApiException e) {
            if (e.saysJobMissing()) {
                return new Info(BuildJob.ofId(jobId), false, null);
            }
            throw e;
        }
    }

    /** The JSON of a 200 answer whose {@code status}, when there is one, is {@code success}. */
    private static JsonNode successfulRoot(HttpReply reply) throws CodeArtsApiException {
        if (reply.status() != 200) {
            throw CodeArtsApiException.of(reply);
        }
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject()) {
            throw CodeArtsApiException.of(Failure.MALFORMED_ANSWER, reply);
        }
        String status = Json.text(root, "status");
        if (status != null && !status.equals("success")) {
            throw CodeArtsApiException.of(Failure.REFUSED, reply);
        }
        return root;
    }
}
