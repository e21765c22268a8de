package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.http.ApiCaller;
import io.jenkins.plugins.codeartsbuild.client.http.Fanout;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.http.RatePacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reads job lists: all jobs the caller can see ({@code GET /v1/job/list}), or one CodeArts project's
 * ({@code GET /v1/job/{project_id}/list}, which also says whether the caller may delete each job), 100 per page
 * ({@link JobReader}), and asks the info of the never-built jobs an age filter needs it for. Once the first page
 * gives the total, the other pages are fetched side by side, a few at a time; jobs are deduplicated by id (pages
 * shift while jobs come and go), at most {@value #MAX_PAGES} pages of at most {@value #PAGE_SIZE} jobs are read (a
 * page with more is malformed), and reading stops once more jobs match than the caller's limit.
 */
public record JobLister(ApiCaller api, HttpUrl codeArtsBuild, Clock clock) {

    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 200;
    /** Calls of one look-up in flight at once (pages and info): read-only, bounded apart from a batch's parallelism. */
    public static final int PAGE_WIDTH = 8;

    /**
     * Jobs and the number of pages they were read from; more jobs than the limit when more matched (reading stopped
     * there: {@code jobs} holds the limit and one more); the jobs the age filter left out as
     * {@link ClientListener#onFiltered} counts them; the entries the name matched that have no usable id, left out.
     */
    public record Listing(
            List<BuildJob> jobs, int pages, int matched, int unknownTime, int neverBuiltOut, int unusable) {}

    /**
     * The pages read so far, each job once (pages shift while jobs come and go). A job with an entry the filter or the
     * name left out is left out, whatever its other entries say: one listed twice, built an hour ago and long ago, was
     * built; one listed under a name the selection does not match may have been renamed out of its reach.
     */
    private static final class Tally {
        final Map<String, BuildJob> unique = new LinkedHashMap<>();
        final Set<String> matched = new HashSet<>();
        final Set<String> spared = new HashSet<>();
        final Set<String> unknownTime = new HashSet<>();
        final Set<String> neverBuiltOut = new HashSet<>();
        int entries;
        int unusable;
        boolean carriesTime;

        void add(JobReader.Read page) {
            for (int i = 0; i < page.jobs().size(); i++) {
                BuildJob job = page.jobs().get(i);
                matched.add(job.id());
                Verdict verdict = page.verdicts().get(i);
                if (verdict == Verdict.KEPT && !spared.contains(job.id())) {
                    unique.putIfAbsent(job.id(), job);
                } else if (verdict != Verdict.KEPT) {
                    spared.add(job.id());
                    unique.remove(job.id());
                }
                switch (verdict) {
                    case UNKNOWN_TIME -> unknownTime.add(job.id());
                    case NEVER_BUILT -> neverBuiltOut.add(job.id());
                    default -> {}
                }
            }
            spared.addAll(page.otherNamed());
            unique.keySet().removeAll(page.otherNamed());
            entries += page.size();
            unusable += page.unusable();
            carriesTime |= page.carriesTime();
        }
    }

    JobReader reader() {
        return new JobReader(api, codeArtsBuild, clock);
    }

    /**
     * The jobs whose name the selection matches, from its CodeArts project or from all. A total that grows while the
     * pages are read (jobs created meanwhile push the others down) is followed, up to the cap.
     *
     * @throws CodeArtsValidationException when the selection's filter asks for an age and no entry of the list carries
     *     a last build time: a list that stopped giving it cannot be filtered by age
     */
    public Listing list(JobSelection selection, int limit, ClientListener listener)
            throws CodeArtsException, InterruptedException {
        // the calls of one look-up share a pacer: a throttled page slows the others down, and it bounds them all
        Pacer pacer = new RatePacer(PAGE_WIDTH, System::nanoTime, ClientListener.NONE);
        Tally tally = new Tally();
        JobReader.Read last = page(selection, 0, listener, pacer);
        int pages = 1;
        tally.add(last);
        int total = last.total();
        // more pages while the total (which may grow) or, without one, full pages say so; in waves of PAGE_WIDTH,
        // so that a selection past the limit stops being read as soon as it is known
        while (tally.unique.size() <= limit && (total >= 0 ? pageCount(total) > pages : last.size() >= PAGE_SIZE)) {
            int wave = total >= 0 ? Math.min(PAGE_WIDTH, pageCount(total) - pages) : 1;
            // more than MAX_PAGES pages are not read: the list is refused rather than read in part
            if ((total >= 0 ? pageCount(total) : pages + wave) > MAX_PAGES) {
                String max = String.valueOf(MAX_PAGES * PAGE_SIZE);
                throw new CodeArtsValidationException(
                        Problem.TOO_MANY_PAGES, total < 0 ? ">" + max : String.valueOf(total), max);
            }
            List<Fanout.Task<JobReader.Read>> tasks = new ArrayList<>();
            for (int i = pages; i < pages + wave; i++) {
                int index = i;
                tasks.add(() -> page(selection, index, listener, pacer));
            }
            List<JobReader.Read> more = Fanout.run(PAGE_WIDTH, "CodeArts Build job list", tasks);
            pages += wave;
            for (JobReader.Read p : more) {
                tally.add(p);
                total = Math.max(total, p.total());
            }
            last = more.get(more.size() - 1);
        }
        if (selection.filter().notBuiltForDays() > 0 && tally.entries > 0 && !tally.carriesTime) {
            throw new CodeArtsValidationException(Problem.NO_LAST_BUILD_TIME, String.valueOf(tally.entries));
        }
        return new Listing(
                tally.unique.values().stream().limit(limit + 1L).toList(),
                pages,
                tally.matched.size(),
                tally.unknownTime.size(),
                tally.neverBuiltOut.size(),
                tally.unusable);
    }

    /**
     * Page {@code index}, its never-built jobs settled: kept only when their info gives a creation time before the
     * filter's cutoff ({@link JobFilter}). Those info calls are made here, for the page's candidates, side by side at
     * the look-up's pace (its pacer bounds the calls in flight), so that what the page kept is final when it is counted
     * against the limit. A failed info call keeps the job out: it proves nothing.
     */
    private JobReader.Read page(JobSelection selection, int index, ClientListener listener, Pacer pacer)
            throws CodeArtsException, InterruptedException {
        Instant now = clock.instant();
        JobReader.Read page = reader().read(selection, index, now, listener, pacer);
        Set<String> candidates = new HashSet<>(); // one info call per job, should a page list it twice
        List<Fanout.Task<String>> tasks = new ArrayList<>();
        for (int i = 0; i < page.jobs().size(); i++) {
            String id = page.jobs().get(i).id();
            if (page.verdicts().get(i) == Verdict.NEVER_BUILT && candidates.add(id)) {
                tasks.add(() -> selection.filter().createdBeforeCutoff(created(id, listener, pacer), now) ? id : null);
            }
        }
        Set<String> old = new HashSet<>(Fanout.run(PAGE_WIDTH, "CodeArts Build job info", tasks));
        for (int i = 0; i < page.jobs().size(); i++) {
            if (page.verdicts().get(i) == Verdict.NEVER_BUILT
                    && old.contains(page.jobs().get(i).id())) {
                page.verdicts().set(i, Verdict.KEPT);
            }
        }
        return page;
    }

    /** When the job was created, or {@code null} when its info does not say or cannot be read. */
    private Instant created(String id, ClientListener listener, Pacer pacer) throws InterruptedException {
        try {
            return reader().info(id, listener, pacer).created();
        } catch (CodeArtsException e) {
            return null;
        }
    }

    private static int pageCount(int total) {
        return (int) ((total + (long) PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
