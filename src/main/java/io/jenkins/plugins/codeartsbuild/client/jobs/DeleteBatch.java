package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Status;
import io.jenkins.plugins.codeartsbuild.client.model.Status.Delete;
import java.util.ArrayList;
import java.util.List;

/**
 * One delete batch: resolve the selection, refuse more than {@code maxJobs} before anything is deleted (a dry run
 * reports a sample instead, and the {@code maxJobs} the real run needs), authenticate once, then delete (or check)
 * every job with at most {@code parallelism} calls in flight; with {@code purge}, remove the deleted jobs from the
 * recycle bin afterwards ({@link Purge}). Failures of single jobs are outcomes, not exceptions.
 *
 * <p>A single delete ({@link JobSelection#isSingleDelete}) is a batch of one, and sends exactly what one call sends: it logs in within
 * its call's attempts (a batch's first call goes alone anyway), so a failure counts the attempts of that call, and it
 * waits for a throttling server's {@code Retry-After} (up to the retry policy's cap) rather than for a batch's turn.
 */
public final class DeleteBatch {

    private final JobSelection selection;
    private final ClientListener events;
    private final BatchCalls calls;

    public DeleteBatch(JobSelection selection, ClientListener events, BatchCalls calls) {
        this.selection = selection;
        this.events = events;
        this.calls = calls;
    }

    /**
     * @throws CodeArtsValidationException when the selection cannot be deleted as asked (nothing was deleted)
     * @throws CodeArtsException when authentication or the look-up fails (nothing was deleted)
     * @throws InterruptedException when aborted: calls in flight are cancelled, nothing more is sent, and
     *     {@link ClientListener#onAborted} has said what was done
     */
    public Result run() throws CodeArtsException, InterruptedException {
        List<BuildJob> jobs = resolve();
        List<BuildJob> todo = jobs;
        if (jobs.size() > selection.maxJobs()) {
            if (!selection.dryRun()) {
                throw new CodeArtsValidationException(
                        Problem.TOO_MANY_JOBS,
                        selection.describe(),
                        String.valueOf(jobs.size()),
                        String.valueOf(selection.maxJobs()));
            }
            todo = jobs.subList(0, Math.min(Result.SAMPLE, jobs.size()));
        }
        if (jobs.isEmpty() && selection.kind() == JobSelection.Kind.JOB_NAME) {
            Outcome gone = Outcome.of(
                    null,
                    Texts.oneLine(selection.name(), 200),
                    null,
                    selection.dryRun() ? Delete.MISSING : Delete.ALREADY_GONE);
            events.onJobDone(gone);
            return result(selection, List.of(gone), 1);
        }
        boolean single = selection.isSingleDelete();
        if (!single) {
            // one token (or one project look-up) for the whole batch, before the calls fan out: a refused key fails
            // once, not once per job. After the checks above, so that too many ids fail with nothing sent at all
            calls.exchange().authenticate(calls.authenticateAt(), events);
        }
        ParallelJobs<BuildJob, Outcome> parallel = single
                ? new ParallelJobs<>(1, Pacer.NONE)
                : new ParallelJobs<>(selection.parallelism(), events::onThrottled);
        List<Outcome> outcomes = parallel.run(
                todo,
                (job, pacer) -> selection.dryRun() ? check(job, pacer) : delete(job, pacer),
                events::onJobDone,
                (job, started) -> of(job, started ? Delete.UNKNOWN : Delete.NOT_ATTEMPTED),
                partial -> events.onAborted(result(selection, partial, partial.size())));
        if (selection.purge() && !selection.dryRun()) {
            outcomes = new Purge(calls.bin(), selection, events).of(outcomes);
        }
        return result(selection, outcomes, jobs.size());
    }

    /** A delete's result: {@code selected} jobs, of which {@code outcomes} say what happened. */
    static Result result(JobSelection selection, List<Outcome> outcomes, int selected) {
        return Result.ofDelete(outcomes, selected, selection);
    }

    static Outcome of(BuildJob job, Status status) {
        return Outcome.of(job.id(), job.name(), job.projectId(), status);
    }

    static Outcome failed(BuildJob job, Status status, CodeArtsException e) {
        return Outcome.failed(job.id(), job.name(), job.projectId(), status, e);
    }

    private List<BuildJob> resolve() throws CodeArtsException, InterruptedException {
        if (!selection.byName()) {
            List<BuildJob> jobs = new ArrayList<>();
            for (String id : selection.ids()) {
                jobs.add(BuildJob.ofId(id));
            }
            events.onResolved(jobs.size(), 0);
            return jobs;
        }
        boolean exact = selection.kind() == JobSelection.Kind.JOB_NAME;
        // a dry run reads on past maxJobs, to say how many the real run would meet
        int limit = selection.dryRun() ? JobLister.MAX_PAGES * JobLister.PAGE_SIZE : selection.maxJobs();
        JobLister.Listing listing = calls.lister()
                .list(
                        selection.codeArtsProjectId(),
                        selection.nameMatch().search(),
                        selection.nameMatch(),
                        selection.filter(),
                        limit,
                        events);
        List<BuildJob> jobs = listing.jobs();
        if (listing.overLimit()) {
            // refused as soon as the listing passed the limit: the rest of the list was not read
            throw new CodeArtsValidationException(
                    Problem.TOO_MANY_JOBS_SO_FAR,
                    selection.describe(),
                    String.valueOf(jobs.size()),
                    String.valueOf(selection.maxJobs()));
        }
        if (exact && jobs.size() > 1) {
            throw new CodeArtsValidationException(
                    Problem.AMBIGUOUS_NAME, selection.describe(), String.valueOf(jobs.size()), BuildJob.listed(jobs));
        }
        if (exact && jobs.isEmpty() && !selection.ignoreMissing()) {
            throw new CodeArtsValidationException(Problem.NO_SUCH_NAME, selection.describe());
        }
        if (!selection.filter().isNone()) {
            events.onFiltered(listing.matched(), jobs.size(), listing.unknownTime(), listing.neverBuiltOut());
        }
        events.onResolved(jobs.size(), listing.pages());
        return jobs;
    }

    private Outcome delete(BuildJob job, Pacer pacer) throws InterruptedException {
        try {
            return calls.deleter().send(job, selection.ignoreMissing(), events.forJob(job.id()), pacer);
        } catch (CodeArtsException e) {
            return failed(job, Delete.FAILED, e);
        } catch (RuntimeException e) {
            return failed(job, Delete.FAILED, calls.unexpected().apply(e));
        }
    }

    private Outcome check(BuildJob job, Pacer pacer) throws InterruptedException {
        try {
            JobLister.Info info = calls.lister().info(job.id(), events.forJob(job.id()), pacer);
            BuildJob known = job.name() != null ? job : info.job();
            if (!info.exists()) {
                return selection.ignoreMissing()
                        ? of(known, Delete.MISSING)
                        : failed(known, Delete.FAILED, new CodeArtsValidationException(Problem.NO_SUCH_JOB, job.id()));
            }
            Boolean canDelete = info.canDelete() != null ? info.canDelete() : job.canDelete();
            return of(known, Boolean.FALSE.equals(canDelete) ? Delete.NOT_PERMITTED : Delete.WOULD_DELETE);
        } catch (CodeArtsException e) {
            return failed(job, Delete.FAILED, e);
        } catch (RuntimeException e) {
            return failed(job, Delete.FAILED, calls.unexpected().apply(e));
        }
    }
}
