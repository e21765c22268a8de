package io.jenkins.plugins.codeartsbuild;

import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.BatchListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.Outcome;
import io.jenkins.plugins.codeartsbuild.client.Outcome.Delete;
import io.jenkins.plugins.codeartsbuild.client.Result;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.jobs.SelectionPlan;
import java.util.List;
import java.util.Locale;

/**
 * The build log of a batch: what the selection resolved to, one line per job as it finishes (jobs finish side by
 * side, in any order), a summary, and on abort what was done before it. A {@link TaskListener}'s stream prints
 * whole lines atomically, so lines of parallel jobs never mix.
 */
final class BatchLog implements BatchListener {

    private final TaskListener listener;
    private volatile Result aborted;

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
    public void onResolved(SelectionPlan plan, int count, int pages) {
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
    public void onFiltered(SelectionPlan plan, int matched, int kept, int unknownTime, int neverBuiltOut) {
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
    static String who(Outcome job) {
        return job.name() == null
                ? ClientMessages.orNone(job.jobId())
                : job.jobId() == null ? job.name() : job.name() + " (" + job.jobId() + ")";
    }

    @Override
    public void onJobDone(Outcome o) {
        listener.getLogger().println(line(o));
    }

    @Override
    public void onAborted(Result partial) {
        aborted = partial;
        listener.getLogger()
                .println(Messages.Log_aborted(
                        partial.count(Delete.DELETED),
                        partial.count(Delete.ALREADY_GONE),
                        partial.count(Delete.FAILED),
                        partial.count(Delete.UNKNOWN),
                        partial.count(Delete.NOT_ATTEMPTED),
                        partial.outcomes().size()));
        for (Outcome o : partial.outcomes()) {
            if (o.status() == Delete.UNKNOWN) {
                listener.getLogger().println(line(o));
            }
        }
    }

    @Override
    public void onPurged(List<Outcome> outcomes, int binPages) {
        int purged = 0;
        int absent = 0;
        int failed = 0;
        int earlier = 0;
        for (Outcome o : outcomes) {
            Outcome p = o.purge();
            switch ((Outcome.Restore) p.status()) {
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
    Result abortedWith() {
        return aborted;
    }

    void summary(Result r) {
        if (r.overMaxJobs()) {
            listener.getLogger()
                    .println(Messages.Log_dryRunOverMax(
                            r.selected(), r.maxJobs(), r.outcomes().size()));
        }
        listener.getLogger()
                .println(
                        r.dryRun()
                                ? Messages.Log_dryRunSummary(
                                        r.count(Delete.WOULD_DELETE),
                                        r.count(Delete.NOT_PERMITTED),
                                        r.count(Delete.MISSING),
                                        r.count(Delete.FAILED),
                                        r.outcomes().size())
                                : Messages.Log_summary(
                                        r.count(Delete.DELETED),
                                        r.count(Delete.ALREADY_GONE),
                                        r.count(Delete.FAILED),
                                        r.outcomes().size()));
    }

    /** The message of a batch that failed: how many, then one line per failed job. */
    String failures(Result r) {
        long failed = r.outcomes().stream().filter(Outcome::isFailure).count();
        StringBuilder sb = new StringBuilder(
                Messages.Errors_batchFailed(failed, r.outcomes().size()));
        for (Outcome o : r.outcomes()) {
            if (o.isFailure()) {
                sb.append('\n').append(o.status() == Delete.FAILED ? line(o) : purgeLine(o));
            }
        }
        return sb.toString();
    }

    /** What the purge of a deleted job did. */
    static String purgeLine(Outcome o) {
        Outcome p = o.purge();
        String who = who(o);
        return switch ((Outcome.Restore) p.status()) {
            case NOT_IN_RECYCLE_BIN -> Messages.Purge_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.Purge_FAILED(who, ClientMessages.describe(p.error()));
            default -> RestoreLog.line(p);
        };
    }

    /** One job's line: {@code name (id): what happened}. */
    static String line(Outcome o) {
        String who = who(o);
        String project = ClientMessages.orNone(o.projectId());
        String requestId = ClientMessages.orNone(o.requestId());
        int attempts = o.attempts();
        String error = o.error() == null ? "" : ClientMessages.describe(o.error());
        return switch ((Delete) o.status()) {
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
