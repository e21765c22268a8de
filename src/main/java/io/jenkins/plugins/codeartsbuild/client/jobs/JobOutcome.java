package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What happened to one job of a batch. Immutable (a class rather than a record only so that the failure, an
 * exception, is handed out without exposing a mutable field).
 */
public final class JobOutcome {

    private final BuildJob job;
    private final Status status;
    private final DeleteJobResult result;
    private final Optional<CodeArtsException> error;
    private final RestoreOutcome purge;

    /**
     * @param result the delete's result, for {@link Status#DELETED} and {@link Status#ALREADY_GONE}; else
     *     {@code null}
     * @param error the failure, for {@link Status#FAILED} and {@link Status#MISSING} (in a dry run); else
     *     {@code null}
     */
    public JobOutcome(BuildJob job, Status status, DeleteJobResult result, CodeArtsException error) {
        this(job, status, result, error, null);
    }

    private JobOutcome(
            BuildJob job, Status status, DeleteJobResult result, CodeArtsException error, RestoreOutcome purge) {
        this.job = job;
        this.status = status;
        this.result = result;
        this.error = Optional.ofNullable(error);
        this.purge = purge;
    }

    /** This outcome with what the purge of the job from the recycle bin did. */
    public JobOutcome withPurge(RestoreOutcome purge) {
        return new JobOutcome(job, status, result, error.orElse(null), purge);
    }

    /**
     * What removing the job from the recycle bin did ({@link RestoreOutcome.Status#PURGED},
     * {@link RestoreOutcome.Status#NOT_IN_RECYCLE_BIN}, {@link RestoreOutcome.Status#FAILED}, or
     * {@link RestoreOutcome.Status#DELETED_EARLIER} for a job found gone that this step did not delete), or
     * {@code null} when no purge was asked or the delete did not succeed.
     */
    public RestoreOutcome purge() {
        return purge == null ? null : purge.copy();
    }

    /**
     * Whether this step's own request deleted the job, or may have (an earlier attempt's answer was lost before the
     * job was found gone): the only jobs a purge may remove from the recycle bin.
     */
    public boolean deletedByThisStep() {
        return status == Status.DELETED
                || (status == Status.ALREADY_GONE && result != null && !result.isGoneBeforeThisCall());
    }

    /** The outcome of a single delete. */
    public static JobOutcome of(DeleteJobResult r) {
        return new JobOutcome(
                BuildJob.ofId(r.getJobId()), r.isAlreadyDeleted() ? Status.ALREADY_GONE : Status.DELETED, r, null);
    }

    public BuildJob job() {
        return job;
    }

    public Status status() {
        return status;
    }

    /** The delete's result, for {@link Status#DELETED} and {@link Status#ALREADY_GONE}; else {@code null}. */
    public DeleteJobResult result() {
        return result;
    }

    /** The failure, for {@link Status#FAILED} (and a dry run's missing job); else {@code null}. */
    public CodeArtsException error() {
        return error.orElse(null);
    }

    /** The fate of one job. */
    public enum Status {
        /** Deleted now. */
        DELETED,
        /** Found gone: missing jobs were tolerated, or an earlier attempt deleted it before its answer was lost. */
        ALREADY_GONE,
        /** The delete failed. */
        FAILED,
        /** Dry run: it exists and the caller may delete it. */
        WOULD_DELETE,
        /** Dry run: it exists, but the caller may not delete it (a real run gets a 403). */
        NOT_PERMITTED,
        /** Dry run: it does not exist. */
        MISSING,
        /** The batch was aborted before this job's delete was sent. */
        NOT_ATTEMPTED,
        /** The batch was aborted while this job's delete was in flight: whether it was deleted is not known. */
        UNKNOWN
    }

    /** Whether this outcome fails the batch (a dry run's missing job fails only when missing jobs are not tolerated). */
    public boolean isFailure() {
        return status == Status.FAILED || (purge != null && purge.isFailure());
    }

    /**
     * The keys of a single delete's result ({@code jobId, projectId, requestId, alreadyDeleted, attempts,
     * confirmedJobId}) and
     * {@code name}, {@code status}, and {@code error} (the failure, as {@code describe} words it; {@code null} when
     * none), {@code purge} ({@code PURGED}, {@code NOT_IN_RECYCLE_BIN}, {@code DELETED_EARLIER}, {@code FAILED}; {@code null}: no purge) and
     * {@code purgeError}.
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", job.id());
        m.put("name", job.name());
        m.put("projectId", projectId());
        m.put("requestId", requestId());
        m.put("alreadyDeleted", status == Status.ALREADY_GONE);
        m.put("attempts", attempts());
        m.put("confirmedJobId", result != null ? result.getConfirmedJobId() : null);
        m.put("status", status.name());
        m.put("error", error.map(describe).orElse(null));
        m.put("purge", purge == null ? null : purge.status().name());
        m.put("purgeError", purge == null || purge.error() == null ? null : describe.apply(purge.error()));
        return m;
    }

    /** The requests sent for this job: the delete's, or the failed call's (0 when none was sent). */
    public int attempts() {
        if (result != null) {
            return result.getAttempts();
        }
        return error.isPresent() ? error.get().getAttempts() : 0;
    }

    /** The job's CodeArts project: as the delete's answer named it, else as the job list did; may be {@code null}. */
    public String projectId() {
        return result != null && result.getProjectId() != null ? result.getProjectId() : job.projectId();
    }

    /** The request id of the delete's answer, or of a failed call's last answer, when a server gave one. */
    public String requestId() {
        if (result != null) {
            return result.getRequestId();
        }
        return error.filter(e -> e instanceof CodeArtsApiException)
                .map(e -> ((CodeArtsApiException) e).getRequestId())
                .orElse(null);
    }

    @Override
    public String toString() {
        return "JobOutcome[" + job + ", " + status
                + (error.isPresent() ? ", " + error.get().getMessage() : "") + "]";
    }
}
