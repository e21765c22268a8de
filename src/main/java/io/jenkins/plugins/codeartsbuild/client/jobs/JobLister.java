package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.http.Exchange;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Json;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.LastBuild;
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
 * ({@code GET /v1/job/{project_id}/list}, which also says whether the caller may delete each job), 100 per page
 * ({@link JobPage}, which also asks the info of the never-built jobs an age filter needs it for). Once the first page
 * gives the total, the other pages are fetched side by side, a few at a time; jobs are deduplicated by id (pages
 * shift while jobs come and go), at most {@value #MAX_PAGES} pages of at most {@value #PAGE_SIZE} jobs are read (a
 * page with more is malformed), and reading stops once more jobs match than the caller's limit. Also reads one job's
 * info ({@code GET /v1/job/{job_id}/info}). An answer of HTTP 200 with {@code "status": "fail"} is a failure; every
 * field is read defensively, and a job without a valid id is skipped.
 */
public final class JobLister {

    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 200;
    /** Calls of one look-up in flight at once (pages and info): read-only, bounded apart from a batch's parallelism. */
    public static final int PAGE_WIDTH = 8;

    /**
     * Jobs and the number of pages they were read from; {@code overLimit} when more jobs matched than the limit
     * (reading stopped there: {@code jobs} holds the limit and one more). Of the jobs the name matched, the age filter
     * left out {@code unknownTime} because the list gives no readable last build time, and {@code neverBuiltOut}
     * because they were never built and are not known to be older than its cutoff.
     */
    public record Listing(
            List<BuildJob> jobs, int pages, boolean overLimit, int matched, int unknownTime, int neverBuiltOut) {
        public Listing {
            jobs = List.copyOf(jobs);
        }
    }

    /**
     * A job's info: whether it exists, whether the caller may delete it ({@code null}: not said), and when it was
     * created ({@code null}: not said, not a plausible time, or the answer names another job).
     */
    public record Info(BuildJob job, boolean exists, Boolean canDelete, Instant created) {}

    /** The pages read so far, each job once. */
    private static final class Tally {
        final Map<String, BuildJob> unique = new LinkedHashMap<>();
        final Set<String> matched = new HashSet<>();
        final Set<String> unknownTime = new HashSet<>();
        final Set<String> neverBuiltOut = new HashSet<>();
        int entries;
        boolean carriesTime;

        /** Adds the pages' jobs, each id once (pages shift while jobs come and go). */
        void add(List<JobPage.Read> pages) {
            for (JobPage.Read p : pages) {
                for (BuildJob job : p.kept()) {
                    unique.putIfAbsent(job.id(), job);
                }
                matched.addAll(p.matched());
                unknownTime.addAll(p.unknownTime());
                neverBuiltOut.addAll(p.neverBuiltOut());
                entries += p.size();
                carriesTime |= p.carriesTime();
            }
        }

        /** Jobs left out on one page and kept on another (the list shifted) count as kept. */
        int out(Set<String> ids) {
            return (int) ids.stream().filter(id -> !unique.containsKey(id)).count();
        }
    }

    private final Exchange exchange;
    private final HttpUrl base;
    private final Clock clock;
    private final JobPage reader;

    public JobLister(Exchange exchange, HttpUrl codeArtsBuild, Clock clock) {
        this.exchange = exchange;
        this.base = codeArtsBuild;
        this.clock = clock;
        this.reader = new JobPage(exchange, codeArtsBuild, clock, this);
    }

    /**
     * The jobs whose name {@code matches}, from one CodeArts project or from all. A total that grows while the pages
     * are read (jobs created meanwhile push the others down) is followed, up to the cap.
     *
     * @param search what the server may narrow the list by (a substring of every name that can match), or blank
     * @throws CodeArtsValidationException when {@code filter} asks for an age and no entry of the list carries a last
     *     build time: a list that stopped giving it cannot be filtered by age
     */
    public Listing list(
            String codeArtsProjectId,
            String search,
            Predicate<String> matches,
            JobFilter filter,
            int limit,
            ClientListener listener)
            throws CodeArtsException, InterruptedException {
        // the calls of one look-up share a pacer: a throttled page slows the others down, and it bounds them all
        Pacer pacer = new RatePacer(PAGE_WIDTH, System::nanoTime, (rate, throttled) -> {});
        Tally tally = new Tally();
        JobPage.Read first = reader.read(codeArtsProjectId, search, 0, matches, filter, listener, pacer);
        int pages = 1;
        tally.add(List.of(first));
        int total = first.total();
        JobPage.Read last = first;
        // more pages while the total (which may grow) or, without one, full pages say so; in waves of PAGE_WIDTH,
        // so that a selection past the limit stops being read as soon as it is known
        while (tally.unique.size() <= limit && (total >= 0 ? pageCount(total) > pages : last.size() >= PAGE_SIZE)) {
            int wave = total >= 0 ? Math.min(PAGE_WIDTH, pageCount(total) - pages) : 1;
            checkCap(total >= 0 ? pageCount(total) : pages + wave, total);
            List<Fanout.Task<JobPage.Read>> tasks = new ArrayList<>();
            for (int i = pages; i < pages + wave; i++) {
                int index = i;
                tasks.add(() -> reader.read(codeArtsProjectId, search, index, matches, filter, listener, pacer));
            }
            List<JobPage.Read> more = Fanout.run(PAGE_WIDTH, "CodeArts Build job list", tasks);
            pages += wave;
            tally.add(more);
            for (JobPage.Read p : more) {
                total = Math.max(total, p.total());
            }
            last = more.get(more.size() - 1);
        }
        if (filter.notBuiltForDays() > 0 && tally.entries > 0 && !tally.carriesTime) {
            throw new CodeArtsValidationException(Problem.NO_LAST_BUILD_TIME, String.valueOf(tally.entries));
        }
        List<BuildJob> jobs = new ArrayList<>(tally.unique.values());
        boolean overLimit = jobs.size() > limit;
        return new Listing(
                overLimit ? List.copyOf(jobs.subList(0, limit + 1)) : List.copyOf(jobs),
                pages,
                overLimit,
                tally.matched.size(),
                tally.out(tally.unknownTime),
                tally.out(tally.neverBuiltOut));
    }

    private static int pageCount(int total) {
        return (int) ((total + (long) PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** More than {@value #MAX_PAGES} pages are not read: the list is refused rather than read in part. */
    private static void checkCap(int pages, int total) throws CodeArtsValidationException {
        if (pages > MAX_PAGES) {
            String max = String.valueOf(MAX_PAGES * PAGE_SIZE);
            throw new CodeArtsValidationException(
                    Problem.TOO_MANY_PAGES, total < 0 ? ">" + max : String.valueOf(total), max);
        }
    }

    /**
     * One job's info, for a dry run or the creation time of a job never built, paced by {@code pacer}. A job that
     * does not exist is told apart from a failure.
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
                            throw reply.error(Failure.MALFORMED_ANSWER);
                        }
                        // the job asked for, whatever id the answer names: that one is only warned about, and its
                        // creation time is not taken for this job's
                        String named = DeleteResponse.otherJobConfirmed(reply, jobId, Json.text(result, "id"));
                        if (named != null) {
                            listener.onOtherJobConfirmed(jobId, named);
                        }
                        BuildJob job = ListedJob.of(reply, result, null, jobId, null);
                        Instant created =
                                named == null ? LastBuild.time(result.get("create_time"), clock.instant()) : null;
                        return new Info(
                                job, true, ListedJob.flag(result, "is_delete").orElse(null), created);
                    });
        } catch (CodeArtsApiException e) {
            if (e.saysJobMissing()) {
                return new Info(BuildJob.ofId(jobId), false, null, null);
            }
            throw e;
        }
    }

    /** The JSON of a 200 answer whose {@code status}, when there is one, is {@code success}. */
    static JsonNode successfulRoot(HttpReply reply) throws CodeArtsApiException {
        if (reply.status() != 200) {
            throw reply.error();
        }
        JsonNode root = Json.readTreeOrNull(reply.body());
        if (root == null || !root.isObject()) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        String status = Json.text(root, "status");
        if (status != null && !status.equals("success")) {
            throw reply.error(Failure.REFUSED);
        }
        return root;
    }
}
