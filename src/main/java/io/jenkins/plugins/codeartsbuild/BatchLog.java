package io.jenkins.plugins.codeartsbuild;

import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.BatchListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.jobs.BatchResult;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobOutcome;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobOutcome.Status;
import io.jenkins.plugins.codeartsbuild.client.jobs.RestoreOutcome;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import io.jenkins.plugins.codeartsbuild.client.model.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.util.List;
import java.util.Locale;

/**
 * The build log of a batch: what the selection resolved to, one line per job as it finishes (jobs finish side by
 * side, in any order), a summary, and on abort what was done before it. A {@link TaskListener}'s stream prints
 * whole lines atomically, so lines of parallel jobs never mix.
 */
final class BatchLog implements BatchListener {

    private final TaskListener listener;
    private volatile BatchResult aborted;

    BatchLog(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public ClientListener forJob(String jobId) {
        return new BuildLogListener(listener, jobId);
    }

    @Override
    public ClientListener forLookup() {
        return new BuildLogListener(listener, null);
    }

    @Override
    public void onResolved(JobSelection plan, int count, int pages) {
        if (pages > 0) {
            listener.getLogger()
                    .println(Messages.Log_resolvedName(plan.kind().option(), plan.describe(), count, pages));
        } else {
            listener.getLogger().println(Messages.Log_resolvedIds(count, plan.duplicatesRemoved()));
        }
        if (plan.dryRun()) {
            listener.getLogger().println(Messages.Log_dryRun());
        }
    }

    @Override
    public void onFiltered(JobSelection plan, int matched, int kept, int unknownTime, int neverBuiltOut) {
        JobFilter f = plan.filter();
        String days = f.notBuiltForDays() == 0
                ? ""
                : f.keepNeverBuilt()
                        ? Messages.Log_filterAgeNeverBuiltOut(f.notBuiltForDays())
                        : Messages.Log_filterAge(f.notBuiltForDays());
        String disabled = f.onlyDisabled() ? Messages.Log_filterDisabled() : "";
        String which = days.isEmpty() || disabled.isEmpty() ? days + disabled : days + ", " + disabled;
        listener.getLogger().println(Messages.Log_filtered(matched, which, kept));
        // why a job the admin expected to go stayed: its time unreadable, or never built and not known to be old
        if (unknownTime > 0 || neverBuiltOut > 0) {
            listener.getLogger()
                    .println(Messages.Log_filteredOut(
                            unknownTime + neverBuiltOut, unknownTime, neverBuiltOut, f.notBuiltForDays()));
        }
    }

    @Override
    public void onThrottled(double requestsPerSecond, int throttledAnswers) {
        listener.getLogger().println(throttled(requestsPerSecond, throttledAnswers));
    }

    /** The line of a batch (of deletes, restores or purges) the server throttles. */
    static String throttled(double requestsPerSecond, int throttledAnswers) {
        String rate = String.format(Locale.ROOT, requestsPerSecond < 10 ? "%.1f" : "%.0f", requestsPerSecond);
        return Messages.Log_throttled(rate, throttledAnswers);
    }

    /** A job as the log names it: {@code name (id)}, or whichever of the two is known. */
    static String who(BuildJob job) {
        return job.name() == null
                ? ClientMessages.orNone(job.id())
                : job.id() == null ? job.name() : job.name() + " (" + job.id() + ")";
    }

    @Override
    public void onJobDone(JobOutcome o) {
        listener.getLogger().println(line(o));
    }

    @Override
    public void onAborted(BatchResult partial) {
        aborted = partial;
        listener.getLogger()
                .println(Messages.Log_aborted(
                        partial.count(Status.DELETED),
                        partial.count(Status.ALREADY_GONE),
                        partial.count(Status.FAILED),
                        partial.count(Status.UNKNOWN),
                        partial.count(Status.NOT_ATTEMPTED),
                        partial.total()));
        for (JobOutcome o : partial.getOutcomes()) {
            if (o.status() == Status.UNKNOWN) {
                listener.getLogger().println(line(o));
            }
        }
    }

    @Override
    public void onPurged(List<JobOutcome> outcomes, int binPages) {
        int purged = 0;
        int absent = 0;
        int failed = 0;
        int earlier = 0;
        for (JobOutcome o : outcomes) {
            RestoreOutcome p = o.purge();
            switch (p.status()) {
                case PURGED -> purged++;
                case NOT_IN_RECYCLE_BIN -> absent++;
                case FAILED -> failed++;
                case DELETED_EARLIER -> earlier++;
                default -> {}
            }
            listener.getLogger().println(purgeLine(o));
        }
        listener.getLogger().println(Messages.Log_purgeSummary(purged, absent, failed, earlier));
    }

    /** What an abort left done and undone, as the log said it; {@code null} when there was no abort. */
    BatchResult abortedWith() {
        return aborted;
    }

    void summary(BatchResult r) {
        if (r.overMaxJobs()) {
            listener.getLogger()
                    .println(
                            Messages.Log_dryRunOverMax(r.selected(), r.getPlan().maxJobs(), r.total()));
        }
        listener.getLogger()
                .println(
                        r.getPlan().dryRun()
                                ? Messages.Log_dryRunSummary(
                                        r.count(Status.WOULD_DELETE),
                                        r.count(Status.NOT_PERMITTED),
                                        r.count(Status.MISSING),
                                        r.count(Status.FAILED),
                                        r.total())
                                : Messages.Log_summary(
                                        r.count(Status.DELETED),
                                        r.count(Status.ALREADY_GONE),
                                        r.count(Status.FAILED),
                                        r.total()));
    }

    /** The message of a batch that failed: how many, then one line per failed job. */
    String failures(BatchResult r) {
        long failed = r.getOutcomes().stream().filter(JobOutcome::isFailure).count();
        StringBuilder sb = new StringBuilder(Messages.Errors_batchFailed(failed, r.total()));
        for (JobOutcome o : r.getOutcomes()) {
            if (o.isFailure()) {
                sb.append('\n').append(o.status() == Status.FAILED ? line(o) : purgeLine(o));
            }
        }
        return sb.toString();
    }

    /** What the purge of a deleted job did. */
    static String purgeLine(JobOutcome o) {
        RestoreOutcome p = o.purge();
        String who = who(o.job());
        return switch (p.status()) {
            case NOT_IN_RECYCLE_BIN -> Messages.Purge_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.Purge_FAILED(who, ClientMessages.describe(p.error()));
            default -> RestoreLog.line(p);
        };
    }

    /** One job's line: {@code name (id): what happened}. */
    static String line(JobOutcome o) {
        BuildJob job = o.job();
        String who = who(job);
        String project = ClientMessages.orNone(o.projectId());
        String requestId = ClientMessages.orNone(o.requestId());
        int attempts = o.attempts();
        String error = o.error() == null ? "" : ClientMessages.describe(o.error());
        return switch (o.status()) {
            case DELETED -> Messages.JobStatus_DELETED(who, project, requestId, attempts);
            case ALREADY_GONE -> Messages.JobStatus_ALREADY_GONE(who, requestId, attempts);
            case FAILED -> Messages.JobStatus_FAILED(who, error);
            case WOULD_DELETE -> Messages.JobStatus_WOULD_DELETE(who, project);
            case NOT_PERMITTED -> Messages.JobStatus_NOT_PERMITTED(who, project);
            case MISSING -> Messages.JobStatus_MISSING(who);
            case NOT_ATTEMPTED -> Messages.JobStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.JobStatus_UNKNOWN(who);
        };
    }
}
