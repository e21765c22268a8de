package io.jenkins.plugins.codeartsbuild.client.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.http.HttpCaller;
import io.jenkins.plugins.codeartsbuild.client.http.HttpReply;
import io.jenkins.plugins.codeartsbuild.client.http.Pacer;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Delete;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One delete batch: resolve the selection, refuse more than {@code maxJobs} before anything is deleted (a dry run
 * reports a sample instead, and the {@code maxJobs} the real run needs), authenticate once, then delete (or check)
 * every job with at most {@code parallelism} calls in flight, each a {@code POST /v3/jobs/{job_id}/delete}; with
 * {@code purge}, remove the deleted jobs from the recycle bin afterwards ({@link RecycleBinPurge}). Failures of single jobs are
 * outcomes, not exceptions.
 *
 * <p>A single delete ({@link JobSelection#isSingleDelete}) is a batch of one, and sends exactly what one call sends: it
 * logs in within its call's attempts (a batch's first call goes alone anyway), so a failure counts the attempts of that
 * call, and it waits for a throttling server's {@code Retry-After} (up to the retry policy's cap) rather than for a
 * batch's turn.
 */
public record DeleteBatch(JobSelection selection, ClientListener events, Batch batch) {

    private static final RequestBody EMPTY_JSON = RequestBody.create(new byte[0], HttpCaller.JSON);

    /**
     * @throws CodeArtsValidationException when the selection cannot be deleted as asked (nothing was deleted)
     * @throws CodeArtsException when authentication or the look-up fails (nothing was deleted)
     * @throws InterruptedException when aborted: calls in flight are cancelled, nothing more is sent, and
     *     {@link ClientListener#onAborted} has said what was done
     */
    public Result run() throws CodeArtsException, InterruptedException {
        Instant began = batch.clock().instant(); // a purge leaves alone what the bin says was deleted before
        List<BuildJob> jobs;
        if (selection.byName()) {
            JobLister.Listing listing = list();
            // no job of the name at all: a job the filter spared is not missing, and not gone
            if (listing.matched() == 0 && selection.kind() == JobSelection.Kind.JOB_NAME) {
                Delete status = selection.dryRun() ? Delete.MISSING : Delete.ALREADY_GONE;
                Outcome gone = Outcome.of(null, Texts.oneLine(selection.name(), 200), null, status);
                events.onJobDone(gone);
                return Result.ofDelete(List.of(gone), 1, selection);
            }
            jobs = listing.jobs();
        } else {
            events.onResolved(selection.ids().size(), 0);
            jobs = selection.ids().stream().map(BuildJob::ofId).toList();
        }
        List<BuildJob> todo = jobs;
        if (jobs.size() > selection.maxJobs()) {
            if (!selection.dryRun()) {
                throw Batch.tooMany(Problem.TOO_MANY_JOBS, selection, jobs.size());
            }
            todo = jobs.subList(0, Math.min(JobSelection.SAMPLE, jobs.size()));
        }
        boolean single = selection.isSingleDelete();
        if (!single) {
            // one token (or one project look-up) for the whole batch, before the calls fan out: a refused key fails
            // once, not once per job. After the checks above, so that too many ids fail with nothing sent at all
            batch.api().authenticate(batch.jobs(), events);
        }
        List<Outcome> outcomes = batch.run(
                todo,
                selection.parallelism(),
                single ? Pacer.NONE : Batch.pacer(selection.parallelism(), events),
                (job, pacer) -> selection.dryRun() ? check(job, pacer) : delete(job, pacer),
                DeleteBatch::failed,
                events::onJobDone,
                (job, started) -> of(job, started ? Delete.UNKNOWN : Delete.NOT_ATTEMPTED),
                // with purge, no purge was sent yet: each deleted job says so, as when the abort comes later
                partial -> events.onAborted(Result.ofDelete(
                        selection.purge() ? RecycleBinPurge.unsent(partial) : partial, partial.size(), selection)));
        if (selection.purge() && !selection.dryRun()) {
            outcomes = new RecycleBinPurge(batch, selection, events, began).of(outcomes);
        }
        return Result.ofDelete(outcomes, jobs.size(), selection);
    }

    private static Outcome of(BuildJob job, Status status) {
        return Outcome.of(job.id(), job.name(), job.codeArtsProjectId(), status);
    }

    /** The jobs a name selects, read from the job list and checked against the name's rules. */
    private JobLister.Listing list() throws CodeArtsException, InterruptedException {
        boolean exact = selection.kind() == JobSelection.Kind.JOB_NAME;
        // a dry run reads on past maxJobs, to say how many the real run would meet
        int limit = selection.dryRun() ? JobLister.MAX_PAGES * JobLister.PAGE_SIZE : selection.maxJobs();
        JobLister.Listing listing = batch.lister().list(selection, limit, events);
        List<BuildJob> jobs = listing.jobs();
        if (jobs.size() > limit) {
            // refused as soon as the listing passed the limit: the rest of the list was not read
            throw Batch.tooMany(Problem.TOO_MANY_JOBS_SO_FAR, selection, jobs.size());
        }
        if (exact && listing.unusable() > 0) {
            // a twin of the name this plugin cannot address: which job the name means is not known
            throw new CodeArtsValidationException(
                    Problem.NAME_WITHOUT_USABLE_ID, selection.describe(), String.valueOf(listing.unusable()));
        }
        if (exact && selection.filter().isNone() && listing.matched() > jobs.size()) {
            // no filter spared one: the list also gives its id under another name or CodeArts project
            throw new CodeArtsValidationException(Problem.NAME_LISTED_TWICE, selection.describe());
        }
        if (exact && jobs.size() > 1) {
            throw new CodeArtsValidationException(
                    Problem.AMBIGUOUS_NAME, selection.describe(), String.valueOf(jobs.size()), BuildJob.listed(jobs));
        }
        if (exact && listing.matched() == 0 && !selection.ignoreMissing()) {
            throw new CodeArtsValidationException(Problem.NO_SUCH_NAME, selection.describe());
        }
        if (!selection.filter().isNone()) {
            events.onFiltered(listing.matched(), jobs.size(), listing.unknownTime(), listing.neverBuiltOut());
        }
        events.onResolved(jobs.size(), listing.pages());
        return listing;
    }

    private static Outcome failed(BuildJob job, CodeArtsException e) {
        return Outcome.failed(job.id(), job.name(), job.codeArtsProjectId(), Delete.FAILED, e);
    }

    /**
     * Deletes one job: {@link Delete#DELETED}, or {@link Delete#ALREADY_GONE}. A 404 that CodeArts Build gave for a
     * missing job is a success ("already deleted") when {@code ignoreMissing} is set, or when an earlier attempt may
     * have deleted the job before its answer was lost; every other failure left after the retry policy is thrown.
     */
    private Outcome delete(BuildJob job, Pacer pacer) throws CodeArtsException, InterruptedException {
        ClientListener listener = events.forJob(job.id());
        HttpUrl url = batch.jobs()
                .newBuilder()
                .addPathSegments(JobIds.check(job.id()) + "/delete")
                .build();
        Supplier<Request.Builder> request = () -> new Request.Builder().url(url).post(EMPTY_JSON);
        return batch.api().send(request, listener, pacer, (reply, attempt, mayHaveTakenEffect) -> {
            if (reply.status() == 200) {
                return parse(reply, job, attempt, listener);
            }
            CodeArtsApiException error = reply.error();
            if (!error.saysJobMissing() || !(selection.ignoreMissing() || mayHaveTakenEffect)) {
                throw error;
            }
            // found gone: before this call could delete it, unless an earlier attempt may have
            String requestId = error.getRequestId();
            return Outcome.done(job.id(), job.name(), job.codeArtsProjectId(), Delete.ALREADY_GONE, requestId, attempt)
                    .withGoneBefore(!mayHaveTakenEffect);
        });
    }

    /**
     * A 200 answer, read with Jackson's tree as every other answer is: a success is exactly one JSON object
     * {@code {"status":"success","result":{"job_id":..,"project_id":..}}}, unknown fields ignored. The URL named the
     * job and the service said success, so a {@code result.job_id} naming another job is still a success: the outcome
     * carries the id the service confirmed, for one warning line. Ids that are not plain are left out of the outcome;
     * without a project id in the answer, the outcome keeps the one a list gave.
     */
    static Outcome parse(HttpReply reply, BuildJob job, int attempt, ClientListener listener)
            throws CodeArtsApiException {
        JsonNode root = reply.json();
        if (!root.isObject() || !"success".equals(HttpReply.text(root, "status"))) {
            throw reply.error(Failure.MALFORMED_ANSWER);
        }
        JsonNode result = root.get("result");
        String answered = reply.safeId(HttpReply.text(result, "project_id"));
        String other = otherJobConfirmed(reply, job.id(), HttpReply.text(result, "job_id"), listener);
        String codeArtsProjectId = answered != null ? answered : job.codeArtsProjectId();
        String requestId = reply.requestId(HttpReply.text(root, "request_id"));
        return Outcome.done(job.id(), job.name(), codeArtsProjectId, Delete.DELETED, requestId, attempt)
                .withConfirmedJobId(other);
    }

    /**
     * The id an answer confirmed when it is not the one asked for (case aside), told to the listener and fit to quote:
     * as given when a plain id, else escaped and shortened; {@code null} when it names the job asked for or none. Here,
     * with the delete's answer that needs it most, rather than with the job reader a single delete does not use.
     */
    static String otherJobConfirmed(HttpReply reply, String asked, String confirmed, ClientListener listener) {
        if (confirmed == null || confirmed.equalsIgnoreCase(asked)) {
            return null;
        }
        String id = reply.safeId(confirmed);
        String other = id != null ? id : Texts.escapeAndShorten(reply.redact(confirmed), 40);
        listener.onOtherJobConfirmed(asked, other);
        return other;
    }

    /** A dry run's check of one job: whether it exists and whether the caller may delete it. */
    private Outcome check(BuildJob job, Pacer pacer) throws CodeArtsException, InterruptedException {
        JobReader.Info info = batch.lister().reader().info(job.id(), events.forJob(job.id()), pacer);
        BuildJob known = job.name() != null ? job : info.job();
        if (!info.exists()) {
            return selection.ignoreMissing()
                    ? of(known, Delete.MISSING)
                    : failed(known, new CodeArtsValidationException(Problem.NO_SUCH_JOB, job.id()));
        }
        Boolean canDelete = info.job().canDelete() != null ? info.job().canDelete() : job.canDelete();
        return of(known, Boolean.FALSE.equals(canDelete) ? Delete.NOT_PERMITTED : Delete.WOULD_DELETE);
    }
}
