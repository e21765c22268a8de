package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsTransportException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorHint;
import io.jenkins.plugins.codeartsbuild.client.model.Outcome;
import io.jenkins.plugins.codeartsbuild.client.model.Result;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Delete;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Purge;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status.Restore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * The outcomes of a run in words, as the build log and the build's error say them (the build page's are
 * {@code summary.SummaryWords}): one job's ({@code name (id): what happened}), a run's counts, a failed run's message,
 * and a failure's sentence ({@link #describe}), made from its structured fields: keys {@code ClientProblem.<Problem>},
 * {@code ApiFailure.<Failure>}, {@code TransportFailure.<Kind>} and {@code ErrorHint.<hint>} in
 * {@code Messages.properties}, each checked in every language by {@code LocalizationTest}. The forms word failures
 * here too.
 */
final class OutcomeWords {

    private static final ResourceBundleHolder BUNDLE = ResourceBundleHolder.get(Messages.class);
    static final int LISTED_FAILURES = 20;

    private OutcomeWords() {}

    /** A job as the log names it: {@code name (id)}, or whichever of the two is known. */
    static String who(Outcome job) {
        return job.name() == null
                ? orNone(job.jobId())
                : job.jobId() == null ? job.name() : job.name() + " (" + job.jobId() + ")";
    }

    /** One job's line, of a delete or of a restore. */
    static String line(Outcome o) {
        return o.status() instanceof Restore r ? restored(o, r) : deleted(o, (Delete) o.status());
    }

    /** What the purge of a deleted job did; the job named as the purge knows it (the bin's list gives its name). */
    static String purgeLine(Outcome o) {
        Outcome p = o.purge();
        String who = who(p);
        return switch ((Purge) p.status()) {
            case PURGED -> Messages.Purge_PURGED(who, orNone(p.requestId()));
            case NOT_IN_RECYCLE_BIN -> Messages.Purge_NOT_IN_RECYCLE_BIN(who);
            case DELETED_EARLIER -> Messages.Purge_DELETED_EARLIER(who);
            case FAILED -> Messages.Purge_FAILED(who, describe(p.error()));
            case NOT_ATTEMPTED -> Messages.Purge_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.Purge_UNKNOWN(who);
        };
    }

    private static String deleted(Outcome o, Delete status) {
        String who = who(o);
        String project = orNone(o.codeArtsProjectId());
        String requestId = orNone(o.requestId());
        return switch (status) {
            case DELETED -> Messages.JobStatus_DELETED(who, project, requestId, o.attempts());
            case ALREADY_GONE -> Messages.JobStatus_ALREADY_GONE(who, requestId, o.attempts());
            // a call never sent after the run's key was refused: the refusal is worded once, above
            case FAILED ->
                o.attempts() == 0 && o.error() instanceof CodeArtsApiException a && a.refusesKey()
                        ? Messages.Log_notSent(who)
                        : Messages.JobStatus_FAILED(who, describe(o.error()));
            case WOULD_DELETE -> Messages.JobStatus_WOULD_DELETE(who, project);
            case NOT_PERMITTED -> Messages.JobStatus_NOT_PERMITTED(who, project);
            case MISSING -> Messages.JobStatus_MISSING(who);
            case NOT_ATTEMPTED -> Messages.JobStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.JobStatus_UNKNOWN(who);
        };
    }

    private static String restored(Outcome o, Restore status) {
        String who = who(o);
        String requestId = orNone(o.requestId());
        return switch (status) {
            case RESTORED ->
                Messages.RestoreStatus_RESTORED(who, orNone(o.codeArtsProjectId()), requestId, o.attempts());
            case WOULD_RESTORE ->
                Messages.RestoreStatus_WOULD_RESTORE(who, orNone(Objects.toString(o.deletedAt(), null)));
            case NOT_IN_RECYCLE_BIN -> Messages.RestoreStatus_NOT_IN_RECYCLE_BIN(who);
            case FAILED -> Messages.RestoreStatus_FAILED(who, describe(o.error()));
            case NOT_ATTEMPTED -> Messages.RestoreStatus_NOT_ATTEMPTED(who);
            case UNKNOWN -> Messages.RestoreStatus_UNKNOWN(who);
        };
    }

    /** The counts of a run that ended, line by line: a dry run's sample first says how many it stands for. */
    static void summary(Result r, Consumer<String> lines) {
        int all = r.outcomes().size();
        if (r.restore()) {
            if (r.overMaxJobs()) {
                lines.accept(Messages.Log_restoreOverMax(r.selected(), r.maxJobs(), all));
            } else if (r.dryRun()) {
                lines.accept(Messages.Log_restoreDryRunSummary(
                        r.count(Restore.WOULD_RESTORE), r.count(Restore.NOT_IN_RECYCLE_BIN), all));
            } else {
                lines.accept(Messages.Log_restoreSummary(
                        r.count(Restore.RESTORED), r.count(Restore.NOT_IN_RECYCLE_BIN), r.count(Restore.FAILED), all));
            }
            return;
        }
        if (r.overMaxJobs()) {
            lines.accept(Messages.Log_dryRunOverMax(r.selected(), r.maxJobs(), all));
        }
        lines.accept(
                r.dryRun()
                        ? Messages.Log_dryRunSummary(
                                r.count(Delete.WOULD_DELETE),
                                r.count(Delete.NOT_PERMITTED),
                                r.count(Delete.MISSING),
                                r.count(Delete.FAILED),
                                all)
                        : Messages.Log_summary(
                                r.count(Delete.DELETED), r.count(Delete.ALREADY_GONE), r.count(Delete.FAILED), all));
    }

    /**
     * The message of a run that failed: how many, then one line per job that failed (or whose purge did), the first
     * {@value #LISTED_FAILURES}: the log has a line for each, and a refused key fails thousands at once. A refused key's
     * reason is among them: its call is one of the first {@code parallelism} (at most 16) to start.
     */
    static String failures(Result r) {
        List<Outcome> failed = r.outcomes().stream().filter(Outcome::failsRun).toList();
        int all = r.outcomes().size();
        // a dry run attempted nothing: it checked
        StringBuilder sb = new StringBuilder(
                r.restore()
                        ? r.dryRun()
                                ? Messages.Errors_restoreDryRunFailed(failed.size(), all)
                                : Messages.Errors_restoreBatchFailed(failed.size(), all)
                        : r.dryRun()
                                ? Messages.Errors_dryRunFailed(failed.size(), all)
                                : Messages.Errors_batchFailed(failed.size(), all));
        for (Outcome o : failed.subList(0, Math.min(failed.size(), LISTED_FAILURES))) {
            sb.append('\n').append(o.status() == Delete.FAILED || r.restore() ? line(o) : purgeLine(o));
        }
        if (failed.size() > LISTED_FAILURES) {
            sb.append('\n').append(Messages.Errors_moreFailures(failed.size() - LISTED_FAILURES));
        }
        return sb.toString();
    }

    /** What went wrong and what to check, in one paragraph without a stack trace or a secret. */
    @NonNull
    static String describe(@NonNull CodeArtsException e) {
        String what = what(e);
        ErrorHint hint = ErrorHint.of(e);
        return hint == ErrorHint.NONE || hint == ErrorHint.FIX_INPUT
                ? what
                : what + " " + BUNDLE.format("ErrorHint." + hint.name());
    }

    /** What went wrong, without advice: for a retry, where the advice would come too early. */
    @NonNull
    static String what(@NonNull CodeArtsException e) {
        if (e instanceof CodeArtsValidationException v) {
            return problem(v);
        }
        if (e instanceof CodeArtsApiException a) {
            return api(a);
        }
        // the exception is sealed: what is neither of the two above is a transport failure
        return transport((CodeArtsTransportException) e);
    }

    /** The value, or the localized "none" in its place: no {@code null} in a log line. */
    @NonNull
    static String orNone(@CheckForNull String value) {
        return value != null ? value : Messages.Words_none();
    }

    @NonNull
    static String problem(@NonNull CodeArtsValidationException e) {
        return BUNDLE.format(
                "ClientProblem." + e.getProblem().name(), e.getArguments().toArray());
    }

    private static String api(CodeArtsApiException a) {
        String detail = a.answer().detail() != null ? a.answer().detail() : BUNDLE.format("ApiFailure.noBody");
        return BUNDLE.format(
                "ApiFailure." + a.getFailure().name(),
                a.getService().getDisplayName(),
                String.valueOf(a.getStatus()),
                a.getMethod(),
                a.getPath(),
                detail,
                orNone(a.getRequestId()),
                orNone(a.answer().location()));
    }

    private static String transport(CodeArtsTransportException t) {
        Duration timeout = t.getTimeout();
        return BUNDLE.format(
                "TransportFailure." + t.getKind().name(),
                t.getService().getDisplayName(),
                t.getMethod(),
                t.getPath(),
                timeout == null ? "" : String.valueOf(timeout.toSeconds()),
                t.getDetail());
    }
}
