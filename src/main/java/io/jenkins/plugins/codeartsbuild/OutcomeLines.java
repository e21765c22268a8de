package io.jenkins.plugins.codeartsbuild;

import io.jenkins.plugins.codeartsbuild.client.Outcome;
import io.jenkins.plugins.codeartsbuild.client.Outcome.Delete;
import io.jenkins.plugins.codeartsbuild.client.Outcome.Restore;

/** How the build log words one job's outcome: {@code name (id): what happened}. */
final class OutcomeLines {

    private OutcomeLines() {}

    /** A job as the log names it: {@code name (id)}, or whichever of the two is known. */
    static String who(Outcome job) {
        return job.name() == null
                ? ClientMessages.orNone(job.jobId())
                : job.jobId() == null ? job.name() : job.name() + " (" + job.jobId() + ")";
    }

    /** One job's line, of a delete or of a restore. */
    static String line(Outcome o) {
        return o.status() instanceof Restore r ? restored(o, r) : deleted(o, (Delete) o.status());
    }

    /** What the purge of a deleted job did. */
    static String purgeLine(Outcome o) {
        Outcome p = o.purge();
        String who = who(o);
        return switch ((Restore) p.status()) {
            case NOT_IN_RECYCLE_BIN -> Messages.Purge_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.Purge_FAILED(who, ClientMessages.describe(p.error()));
            default -> line(p);
        };
    }

    private static String deleted(Outcome o, Delete status) {
        String who = who(o);
        String project = ClientMessages.orNone(o.projectId());
        String requestId = ClientMessages.orNone(o.requestId());
        return switch (status) {
            case DELETED -> Messages.JobStatus_DELETED(who, project, requestId, o.attempts());
            case ALREADY_GONE -> Messages.JobStatus_ALREADY_GONE(who, requestId, o.attempts());
            case FAILED -> Messages.JobStatus_FAILED(who, ClientMessages.describe(o.error()));
            case WOULD_DELETE -> Messages.JobStatus_WOULD_DELETE(who, project);
            case NOT_PERMITTED -> Messages.JobStatus_NOT_PERMITTED(who, project);
            case MISSING -> Messages.JobStatus_MISSING(who);
            case NOT_ATTEMPTED -> Messages.JobStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.JobStatus_UNKNOWN(who);
        };
    }

    private static String restored(Outcome o, Restore status) {
        String who = who(o);
        String requestId = ClientMessages.orNone(o.requestId());
        return switch (status) {
            case RESTORED ->
                Messages.RestoreStatus_RESTORED(who, ClientMessages.orNone(o.projectId()), requestId, o.attempts());
            case PURGED -> Messages.RestoreStatus_PURGED(who, requestId);
            case WOULD_RESTORE ->
                Messages.RestoreStatus_WOULD_RESTORE(
                        who,
                        ClientMessages.orNone(
                                o.deletedAt() == null ? null : o.deletedAt().toString()));
            case NOT_IN_RECYCLE_BIN -> Messages.RestoreStatus_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.RestoreStatus_FAILED(who, ClientMessages.describe(o.error()));
            case NOT_ATTEMPTED -> Messages.RestoreStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.RestoreStatus_UNKNOWN(who);
        };
    }
}
