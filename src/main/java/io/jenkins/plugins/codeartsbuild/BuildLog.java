package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Delete;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Purge;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Restore;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The build log of a client's calls: what a selection resolved to (or the recycle bin held), one line per job as it
 * finishes (jobs finish side by side, in any order), a summary, on abort what was done before it, and one line per
 * retry, token refresh or answer naming another job; the client's other events are not worth a line. In a batch, a
 * retry's line starts with the job it is about, as calls of several jobs run side by side, and a throttled attempt
 * gets no line of its own: the batch says how fast it goes ({@link #onThrottled}). A {@link TaskListener}'s stream
 * prints whole lines atomically, so lines of parallel jobs never mix. How each job's outcome is worded is in
 * {@link OutcomeWords}, a failure's in {@link OutcomeWords#describe}.
 *
 * <p>A single delete is a batch of one, logged as one delete: a line before it and one when the job is deleted (or
 * found gone), its retries without the job's id, its failure in the build's error message, no counts.
 */
final class BuildLog implements ClientListener {

    private final TaskListener listener;
    private final JobSelection selection;
    private final boolean single;
    /** The job the calls are about, and a colon, in a batch's view for one job; else empty. */
    private final String prefix;
    /** What an abort left done and undone, shared by the views for single jobs. */
    private final AtomicReference<Result> aborted;

    BuildLog(TaskListener listener, JobSelection selection, boolean single) {
        this(listener, selection, single, "", new AtomicReference<>());
    }

    private BuildLog(
            TaskListener listener,
            JobSelection selection,
            boolean single,
            String prefix,
            AtomicReference<Result> aborted) {
        this.listener = listener;
        this.selection = selection;
        this.single = single;
        this.prefix = prefix;
        this.aborted = aborted;
    }

    private void println(String line) {
        listener.getLogger().println(line);
    }

    /** The first line of a delete or restore: what, where, with which key, how many at a time. */
    void starting(boolean restore, String region, String credentialsId, String mode) {
        if (single) { // never a restore
            println(Messages.Log_deleting(selection.ids().get(0), region, credentialsId, mode));
            return;
        }
        String option = selection.kind().option();
        String selected = selection.describe();
        int parallelism = selection.parallelism();
        println(
                restore
                        ? Messages.Log_restoring(option, selected, region, credentialsId, mode, parallelism)
                        : Messages.Log_batch(option, selected, region, credentialsId, mode, parallelism));
        if (!restore && selection.purge()) {
            println(Messages.Log_purgeWarning());
        }
    }

    @Override
    public ClientListener forJob(String jobId) {
        return single ? this : new BuildLog(listener, selection, false, jobId + ": ", aborted);
    }

    @Override
    public void onRetry(int attempt, Duration delay, CodeArtsException cause) {
        if (!prefix.isEmpty() && cause instanceof CodeArtsApiException a && a.isThrottling()) {
            return;
        }
        String seconds = String.format(Locale.ROOT, "%.1f", delay.toMillis() / 1000.0);
        println(prefix + Messages.Log_retry(attempt, OutcomeWords.what(cause), seconds));
    }

    @Override
    public void onOtherJobConfirmed(String askedJobId, String confirmedJobId) {
        println(prefix + Messages.Log_otherJobConfirmed(askedJobId, confirmedJobId));
    }

    @Override
    public void onTokenRejected(CodeArtsApiException rejection) {
        println(prefix + Messages.Log_tokenRejected(OutcomeWords.orNone(rejection.getRequestId())));
    }

    @Override
    public void onResolved(int count, int pages) {
        if (single) {
            return;
        }
        println(
                pages > 0
                        ? Messages.Log_resolvedName(selection.kind().option(), selection.describe(), count, pages)
                        : Messages.Log_resolvedIds(count, selection.duplicatesRemoved()));
        if (selection.dryRun()) {
            println(Messages.Log_dryRun());
        }
    }

    @Override
    public void onFiltered(int matched, int kept, int unknownTime, int neverBuiltOut) {
        JobFilter f = selection.filter();
        String days = f.notBuiltForDays() == 0
                ? ""
                : f.keepNeverBuilt()
                        ? Messages.Log_filterAgeNeverBuiltOut(f.notBuiltForDays())
                        : Messages.Log_filterAge(f.notBuiltForDays());
        String disabled = f.onlyDisabled() ? Messages.Log_filterDisabled() : "";
        String which = days.isEmpty() || disabled.isEmpty() ? days + disabled : days + ", " + disabled;
        println(Messages.Log_filtered(matched, which, kept));
        // why a job the admin expected to go stayed: its time unreadable, or never built and not known to be old
        if (unknownTime > 0 || neverBuiltOut > 0) {
            println(Messages.Log_filteredOut(
                    unknownTime + neverBuiltOut, unknownTime, neverBuiltOut, f.notBuiltForDays()));
        }
    }

    @Override
    public void onBinRead(int found, int pages, int unusable, Integer keepDays) {
        String keep = keepDays == null ? Messages.Log_keepUnknown() : Messages.Log_keepDays(keepDays);
        println(Messages.Log_binRead(found, pages, keep));
        if (unusable > 0) {
            println(Messages.Log_binUnusable(unusable));
        }
        if (selection.dryRun()) {
            println(Messages.Log_restoreDryRun());
        }
    }

    @Override
    public void onThrottled(double requestsPerSecond, int throttledAnswers) {
        String rate = String.format(Locale.ROOT, requestsPerSecond < 10 ? "%.1f" : "%.0f", requestsPerSecond);
        println(Messages.Log_throttled(rate, throttledAnswers));
    }

    @Override
    public void onJobDone(Outcome o) {
        if (!single) {
            println(OutcomeWords.line(o));
        } else if (o.status() == Delete.DELETED) {
            println(Messages.Log_deleted(
                    o.jobId(),
                    OutcomeWords.orNone(o.codeArtsProjectId()),
                    OutcomeWords.orNone(o.requestId()),
                    o.attempts()));
        } else if (o.status() == Delete.ALREADY_GONE) {
            println(Messages.Log_alreadyGone(o.jobId(), OutcomeWords.orNone(o.requestId()), o.attempts()));
        }
    }

    @Override
    public void onPurged(List<Outcome> outcomes, int binPages) {
        for (Outcome o : outcomes) {
            println(OutcomeWords.purgeLine(o));
        }
        println(Messages.Log_purgeSummary(
                purges(outcomes, Purge.PURGED),
                purges(outcomes, Purge.NOT_IN_RECYCLE_BIN),
                purges(outcomes, Purge.FAILED),
                purges(outcomes, Purge.DELETED_EARLIER)));
    }

    private static long purges(List<Outcome> outcomes, Purge status) {
        return outcomes.stream().filter(o -> o.purge().status() == status).count();
    }

    @Override
    public void onAborted(Result partial) {
        aborted.set(partial);
        if (single) {
            return; // the build page shows it; a single delete's log says nothing more than the abort
        }
        int all = partial.outcomes().size();
        if (partial.restore()) {
            println(Messages.Log_restoreAborted(
                    partial.count(Restore.RESTORED),
                    partial.count(Restore.FAILED),
                    partial.count(Restore.UNKNOWN),
                    partial.count(Restore.NOT_ATTEMPTED),
                    all));
            return;
        }
        println(Messages.Log_aborted(
                partial.count(Delete.DELETED),
                partial.count(Delete.ALREADY_GONE),
                partial.count(Delete.FAILED),
                partial.count(Delete.UNKNOWN),
                partial.count(Delete.NOT_ATTEMPTED),
                all));
        for (Outcome o : partial.outcomes()) {
            if (o.status() == Delete.UNKNOWN) {
                println(OutcomeWords.line(o));
            }
        }
    }

    /** What an abort left done and undone, as the log said it; {@code null} when there was no abort. */
    @CheckForNull
    Result abortedWith() {
        return aborted.get();
    }

    void summary(Result r) {
        if (!single) {
            OutcomeWords.summary(r, this::println);
        }
    }

    String failures(Result r) {
        return single
                ? Messages.Errors_failed(
                        OutcomeWords.describe(r.outcomes().get(0).error()))
                : OutcomeWords.failures(r);
    }
}
