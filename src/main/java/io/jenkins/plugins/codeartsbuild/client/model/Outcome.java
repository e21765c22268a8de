package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What happened to one job: of a delete (a single one is a batch of one), a restore, or a deleted job's purge from the
 * recycle bin. Its {@link Status} comes from the enum of its operation. Immutable (a class rather than a record only so that
 * the failure, an exception, is handed out without exposing a mutable field). It names no type of the job operations,
 * so that the {@link ClientListener}, which the HTTP core calls, can carry it.
 */
public final class Outcome {

    private final String jobId;
    private final String name;
    private final String projectId;
    private final Status status;
    private final int attempts;
    private final String requestId;
    private final Optional<CodeArtsException> error;
    private final boolean fails;
    private final String confirmedJobId;
    private final boolean goneBeforeThisCall;
    private final Instant deletedAt;
    private final Outcome purge;

    @SuppressWarnings("checkstyle:ParameterNumber")
    private Outcome(
            String jobId,
            String name,
            String projectId,
            Status status,
            int attempts,
            String requestId,
            CodeArtsException error,
            boolean fails,
            String confirmedJobId,
            boolean goneBeforeThisCall,
            Instant deletedAt,
            Outcome purge) {
        this.jobId = jobId;
        this.name = name;
        this.projectId = projectId;
        this.status = status;
        this.attempts = attempts;
        this.requestId = requestId;
        this.error = Optional.ofNullable(error);
        this.fails = fails;
        this.confirmedJobId = confirmedJobId;
        this.goneBeforeThisCall = goneBeforeThisCall;
        this.deletedAt = deletedAt;
        this.purge = purge;
    }

    /** A job for which nothing was sent, or nothing is known of what was: it fails nothing. */
    public static Outcome of(String jobId, String name, String projectId, Status status) {
        return new Outcome(jobId, name, projectId, status, 0, null, null, false, null, false, null, null);
    }

    /** A call that succeeded: {@code requestId} of its answer ({@code null}: none), after {@code attempts} requests. */
    public static Outcome done(
            String jobId, String name, String projectId, Status status, String requestId, int attempts) {
        return new Outcome(jobId, name, projectId, status, attempts, requestId, null, false, null, false, null, null);
    }

    /**
     * A failure of the operation's {@code FAILED} status (or a dry run's missing job): it fails the run; its requests
     * and request id are the failed call's.
     */
    public static Outcome failed(String jobId, String name, String projectId, Status status, CodeArtsException error) {
        String requestId = error instanceof CodeArtsApiException a ? a.getRequestId() : null;
        return new Outcome(
                jobId, name, projectId, status, error.getAttempts(), requestId, error, true, null, false, null, null);
    }

    private Outcome with(
            boolean fails, String confirmedJobId, boolean goneBeforeThisCall, Instant deletedAt, Outcome purge) {
        return new Outcome(
                jobId,
                name,
                projectId,
                status,
                attempts,
                requestId,
                error.orElse(null),
                fails,
                confirmedJobId,
                goneBeforeThisCall,
                deletedAt,
                purge);
    }

    /** This outcome failing the run, or not: a job not in the bin fails unless missing jobs are tolerated. */
    public Outcome failing(boolean failsRun) {
        return with(failsRun, confirmedJobId, goneBeforeThisCall, deletedAt, purge);
    }

    /**
     * This delete, confirmed by an answer that named another job ({@code confirmedJobId}, already fit to quote): the
     * deletion still succeeded, the URL named the job; the caller warns once.
     */
    public Outcome confirming(String otherJobId) {
        return with(fails, otherJobId, goneBeforeThisCall, deletedAt, purge);
    }

    /**
     * This job found gone, before this call could have deleted it ({@code true}: found gone at once, or after attempts
     * that cannot have reached the service), or perhaps by an earlier attempt of it whose answer was lost.
     */
    public Outcome goneBeforeThisCall(boolean before) {
        return with(fails, confirmedJobId, before, deletedAt, purge);
    }

    /** This job of the recycle bin, deleted at {@code when} as the bin says ({@code null}: not said). */
    public Outcome withDeletedAt(Instant when) {
        return with(fails, confirmedJobId, goneBeforeThisCall, when, purge);
    }

    /** This delete with what the purge of the job from the recycle bin did. */
    public Outcome withPurge(Outcome purged) {
        return with(fails, confirmedJobId, goneBeforeThisCall, deletedAt, purged);
    }

    /** The job's id; {@code null} for an exact name that no job has. */
    public String jobId() {
        return jobId;
    }

    /** The job's name, cleaned, when a list gave it; else {@code null}. */
    public String name() {
        return name;
    }

    /** The job's CodeArts project: as the delete's answer named it, else as a list did; may be {@code null}. */
    public String projectId() {
        return projectId;
    }

    public Status status() {
        return status;
    }

    /** The requests sent for this job: the successful call's, or the failed call's (0 when none was sent). */
    public int attempts() {
        return attempts;
    }

    /** The request id of the answer, or of a failed call's last answer, when a server gave one. */
    public String requestId() {
        return requestId;
    }

    /** The failure, for a {@code FAILED} status (and a dry run's missing job); else {@code null}. */
    public CodeArtsException error() {
        return error.orElse(null);
    }

    /**
     * The id the service's success named when it is not the job's (escaped if it is not a plain id), else
     * {@code null}.
     */
    public String confirmedJobId() {
        return confirmedJobId;
    }

    /** When the recycle bin says the job was deleted; {@code null} when it did not say, or not as a time. */
    public Instant whenDeleted() {
        return deletedAt;
    }

    /**
     * What removing the job from the recycle bin did ({@link Status.Restore#PURGED}, {@link Status.Restore#NOT_IN_RECYCLE_BIN},
     * {@link Status.Restore#FAILED}, or {@link Status.Restore#DELETED_EARLIER} for a job found gone that this step did not delete),
     * or {@code null} when no purge was asked or the delete did not succeed.
     */
    public Outcome purge() {
        return purge;
    }

    /**
     * Whether this step's own request deleted the job, or may have (an earlier attempt's answer was lost before the
     * job was found gone): the only jobs a purge may remove from the recycle bin.
     */
    public boolean purgeable() {
        return status == Status.Delete.DELETED || (status == Status.Delete.ALREADY_GONE && !goneBeforeThisCall);
    }

    /** Whether this outcome fails the run: a failed call, a job not in the bin when that is not tolerated, a purge. */
    public boolean isFailure() {
        return fails || (purge != null && purge.isFailure());
    }

    /**
     * One job's map. Of a delete: {@code jobId, name, projectId, requestId, alreadyDeleted, attempts, confirmedJobId,
     * status}, {@code error} (the failure, as {@code describe} words it; {@code null} when none), {@code purge}
     * ({@code PURGED}, {@code NOT_IN_RECYCLE_BIN}, {@code DELETED_EARLIER}, {@code FAILED}; {@code null}: no purge) and
     * {@code purgeError}. Of a restore: {@code jobId, name, projectId, status, deletedAt} (ISO-8601 UTC or null),
     * {@code attempts, requestId, error}.
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", jobId);
        m.put("name", name);
        m.put("projectId", projectId);
        if (status instanceof Status.Restore) {
            m.put("status", status.name());
            m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
            m.put("attempts", attempts);
            m.put("requestId", requestId);
            m.put("error", error.map(describe).orElse(null));
            return m;
        }
        m.put("requestId", requestId);
        m.put("alreadyDeleted", status == Status.Delete.ALREADY_GONE);
        m.put("attempts", attempts);
        m.put("confirmedJobId", confirmedJobId);
        m.put("status", status.name());
        m.put("error", error.map(describe).orElse(null));
        m.put("purge", purge == null ? null : purge.status.name());
        m.put("purgeError", purge == null ? null : purge.error.map(describe).orElse(null));
        return m;
    }

    @Override
    public String toString() {
        return "Outcome[" + jobId + ", " + name + ", " + status
                + (error.isPresent() ? ", " + error.get().getMessage() : "") + "]";
    }
}
