package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.Result.Status;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What happened to one job: of a delete, a restore, or a deleted job's purge from the recycle bin. It names no type
 * of the job operations, so that the {@link ClientListener}, which the HTTP core calls, can carry it.
 *
 * @param jobId {@code null} for an exact name that no job has
 * @param attempts the requests sent: the successful call's, or the failed call's (0: none was sent)
 * @param error a {@code FAILED} status's, else {@code null}
 * @param failsRun whether this job fails the run: its call failed, it was not in the bin and that is not tolerated,
 *     or its purge failed
 * @param confirmedJobId a delete's: the other id a success named (escaped if it is not a plain id)
 * @param goneBefore a delete's: found gone before this call could have deleted it (not by a lost attempt)
 * @param deletedAt a restore's: when the recycle bin says the job was deleted ({@code null}: not said)
 * @param purge a delete's: what removing the job from the recycle bin did; {@code null}: no purge asked or done
 */
public record Outcome(
        String jobId,
        String name,
        String codeArtsProjectId,
        Status status,
        int attempts,
        String requestId,
        CodeArtsException error,
        boolean failsRun,
        String confirmedJobId,
        boolean goneBefore,
        Instant deletedAt,
        Outcome purge) {

    public static Outcome of(String jobId, String name, String codeArtsProjectId, Status status) {
        return done(jobId, name, codeArtsProjectId, status, null, 0);
    }

    public static Outcome done(String id, String name, String project, Status status, String request, int sent) {
        return new Outcome(id, name, project, status, sent, request, null, false, null, false, null, null);
    }

    public static Outcome failed(String id, String name, String project, Status status, CodeArtsException e) {
        // an answer to another call (a refused key's, for a call never sent) carries that call's request id
        String requestId = e instanceof CodeArtsApiException a && e.getAttempts() > 0 ? a.getRequestId() : null;
        return new Outcome(id, name, project, status, e.getAttempts(), requestId, e, true, null, false, null, null);
    }

    public Outcome withFailsRun(boolean fails) {
        return with(fails, confirmedJobId, goneBefore, deletedAt, purge);
    }

    public Outcome withConfirmedJobId(String other) {
        return with(failsRun, other, goneBefore, deletedAt, purge);
    }

    public Outcome withGoneBefore(boolean before) {
        return with(failsRun, confirmedJobId, before, deletedAt, purge);
    }

    public Outcome withDeletedAt(Instant when) {
        return with(failsRun, confirmedJobId, goneBefore, when, purge);
    }

    /** This job with its purge's outcome; a purge that fails the run makes the job fail it. */
    public Outcome withPurge(Outcome p) {
        return with(failsRun || p.failsRun, confirmedJobId, goneBefore, deletedAt, p);
    }

    private Outcome with(boolean fails, String confirmed, boolean before, Instant when, Outcome p) {
        return new Outcome(
                jobId, name, codeArtsProjectId, status, attempts, requestId, error, fails, confirmed, before, when, p);
    }

    /** Whether this step's request deleted the job, or may have: the only jobs a purge may remove from the bin. */
    public boolean purgeable() {
        return status == Status.Delete.DELETED || (status == Status.Delete.ALREADY_GONE && !goneBefore);
    }

    boolean purged() {
        return purge != null && purge.status == Status.Purge.PURGED;
    }

    /** One job's map in the step's return value, a delete's or a restore's (the README lists the keys). */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", jobId);
        m.put("name", name);
        m.put("codeArtsProjectId", codeArtsProjectId);
        m.put("status", status.name());
        m.put("attempts", attempts);
        m.put("requestId", requestId);
        m.put("error", error == null ? null : describe.apply(error));
        if (status instanceof Status.Restore) {
            m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
            return m;
        }
        m.put("alreadyGone", status == Status.Delete.ALREADY_GONE);
        m.put("confirmedJobId", confirmedJobId);
        m.put("purgeStatus", purge == null ? null : purge.status.name());
        m.put("purgeError", purge == null || purge.error == null ? null : describe.apply(purge.error));
        return m;
    }
}
