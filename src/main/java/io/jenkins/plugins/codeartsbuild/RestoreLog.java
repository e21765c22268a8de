package io.jenkins.plugins.codeartsbuild;

import hudson.model.TaskListener;
import io.jenkins.plugins.codeartsbuild.client.ClientListener;
import io.jenkins.plugins.codeartsbuild.client.Outcome;
import io.jenkins.plugins.codeartsbuild.client.Outcome.Restore;
import io.jenkins.plugins.codeartsbuild.client.RestoreListener;
import io.jenkins.plugins.codeartsbuild.client.Result;
import io.jenkins.plugins.codeartsbuild.client.jobs.SelectionPlan;

/** The build log of a restore: what the recycle bin held, one line per job as it finishes, a summary. */
final class RestoreLog implements RestoreListener {

    private final TaskListener listener;
    private volatile Result aborted;

    RestoreLog(TaskListener listener) {
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
    public void onBinRead(SelectionPlan plan, int found, int pages, int unusable, Integer keepDays) {
        String keep = keepDays == null ? Messages.Log_keepUnknown() : Messages.Log_keepDays(keepDays);
        listener.getLogger().println(Messages.Log_binRead(found, pages, keep));
        if (unusable > 0) {
            listener.getLogger().println(Messages.Log_binUnusable(unusable));
        }
        if (plan.dryRun()) {
            listener.getLogger().println(Messages.Log_restoreDryRun());
        }
    }

    @Override
    public void onThrottled(double requestsPerSecond, int throttledAnswers) {
        listener.getLogger().println(BatchLog.throttled(requestsPerSecond, throttledAnswers));
    }

    @Override
    public void onJobDone(Outcome o) {
        listener.getLogger().println(line(o));
    }

    @Override
    public void onAborted(Result partial) {
        aborted = partial;
        listener.getLogger()
                .println(Messages.Log_restoreAborted(
                        partial.count(Restore.RESTORED),
                        partial.count(Restore.FAILED),
                        partial.count(Restore.UNKNOWN),
                        partial.count(Restore.NOT_ATTEMPTED),
                        partial.outcomes().size()));
    }

    /** What an abort left done and undone, as the log said it; {@code null} when there was no abort. */
    Result abortedWith() {
        return aborted;
    }

    void summary(Result r) {
        if (r.overMaxJobs()) {
            listener.getLogger()
                    .println(Messages.Log_restoreOverMax(
                            r.selected(), r.maxJobs(), r.outcomes().size()));
            return;
        }
        listener.getLogger()
                .println(
                        r.dryRun()
                                ? Messages.Log_restoreDryRunSummary(
                                        r.count(Restore.WOULD_RESTORE),
                                        r.count(Restore.NOT_IN_RECYCLE_BIN),
                                        r.outcomes().size())
                                : Messages.Log_restoreSummary(
                                        r.count(Restore.RESTORED),
                                        r.count(Restore.NOT_IN_RECYCLE_BIN),
                                        r.count(Restore.FAILED),
                                        r.outcomes().size()));
    }

    /** The message of a restore that failed: how many, then one line per job that was not restored. */
    String failures(Result r) {
        long failed = r.outcomes().stream().filter(Outcome::isFailure).count();
        StringBuilder sb = new StringBuilder(
                Messages.Errors_restoreBatchFailed(failed, r.outcomes().size()));
        for (Outcome o : r.outcomes()) {
            if (o.isFailure()) {
                sb.append('\n').append(line(o));
            }
        }
        return sb.toString();
    }

    /** One job's line: {@code name (id): what happened}. */
    static String line(Outcome o) {
        String who = BatchLog.who(o);
        String requestId = ClientMessages.orNone(o.requestId());
        return switch ((Restore) o.status()) {
            case RESTORED ->
                Messages.RestoreStatus_RESTORED(who, ClientMessages.orNone(o.projectId()), requestId, o.attempts());
            case PURGED -> Messages.RestoreStatus_PURGED(who, requestId);
            case WOULD_RESTORE ->
                Messages.RestoreStatus_WOULD_RESTORE(
                        who,
                        o.deletedAt() == null
                                ? ClientMessages.orNone(null)
                                : o.deletedAt().toString());
            case NOT_IN_RECYCLE_BIN -> Messages.RestoreStatus_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.RestoreStatus_FAILED(who, ClientMessages.describe(o.error()));
            case NOT_ATTEMPTED -> Messages.RestoreStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.RestoreStatus_UNKNOWN(who);
        };
    }
}
