package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What happened to one job of a restore (or of a delete's purge): immutable. A job not found in the recycle bin is
 * {@link Status#NOT_IN_RECYCLE_BIN}, never "restored".
 */
public final class RestoreOutcome {

    /** The fate of one job. */
    public enum Status {
        /** Restored now (or, for a purge, removed from the bin for good). */
        RESTORED,
        /** Removed from the recycle bin for good (a delete's {@code purge}). */
        PURGED,
        /** Dry run: it is in the recycle bin and would be restored. */
        WOULD_RESTORE,
        /** The recycle bin's list does not hold it: nothing was sent for it. */
        NOT_IN_RECYCLE_BIN,
        /**
         * A delete's purge: the job was already gone when this step asked to delete it (deleted before, by someone
         * else or another run), so this step leaves it in the recycle bin, where it can still be restored. Nothing is
         * sent for it.
         */
        DELETED_EARLIER,
        /** The call failed. */
        FAILED,
        /** The batch was aborted before this job's call was sent. */
        NOT_ATTEMPTED,
        /** The batch was aborted while this job's call was in flight: whether it took effect is not known. */
        UNKNOWN
    }

    private final BuildJob job;
    private final Status status;
    private final Instant deletedAt;
    private final RecycleBin.Call call;
    private final Optional<CodeArtsException> error;
    private final boolean failsBatch;

    private RestoreOutcome(
            BuildJob job,
            Status status,
            Instant deletedAt,
            RecycleBin.Call call,
            CodeArtsException error,
            boolean fails) {
        this.job = job;
        this.status = status;
        this.deletedAt = deletedAt;
        this.call = call;
        this.error = Optional.ofNullable(error);
        this.failsBatch = fails;
    }

    /** A job of the bin that was (or, in a dry run, would be) restored or purged. */
    static RestoreOutcome done(RecycledJob job, Status status, RecycleBin.Call call) {
        return new RestoreOutcome(job.asBuildJob(), status, job.deletedAt(), call, null, false);
    }

    /** A job the bin does not hold; it fails the batch unless missing jobs are tolerated. */
    public static RestoreOutcome notInBin(BuildJob job, boolean fails) {
        return new RestoreOutcome(job, Status.NOT_IN_RECYCLE_BIN, null, null, null, fails);
    }

    /** A job a delete found already gone: not purged, since this step did not delete it. */
    static RestoreOutcome deletedEarlier(BuildJob job) {
        return new RestoreOutcome(job, Status.DELETED_EARLIER, null, null, null, false);
    }

    static RestoreOutcome failed(RecycledJob job, CodeArtsException error) {
        return new RestoreOutcome(job.asBuildJob(), Status.FAILED, job.deletedAt(), null, error, true);
    }

    /** A job of an aborted batch without an outcome. */
    static RestoreOutcome unfinished(RecycledJob job, boolean started) {
        return new RestoreOutcome(
                job.asBuildJob(), started ? Status.UNKNOWN : Status.NOT_ATTEMPTED, job.deletedAt(), null, null, false);
    }

    /** The same outcome, as a new object (a holder hands out copies, never its own). */
    RestoreOutcome copy() {
        return new RestoreOutcome(job, status, deletedAt, call, error.orElse(null), failsBatch);
    }

    public BuildJob job() {
        return job;
    }

    public Status status() {
        return status;
    }

    /** When the bin says the job was deleted; {@code null} when it did not say, or not as a time. */
    public Instant deletedAt() {
        return deletedAt;
    }

    public CodeArtsException error() {
        return error.orElse(null);
    }

    /** Whether this outcome fails the batch: a failed call, or a job not in the bin when that is not tolerated. */
    public boolean isFailure() {
        return failsBatch;
    }

    /** The requests sent for this job (0 when none was). */
    public int attempts() {
        return call != null
                ? call.attempts()
                : error.map(CodeArtsException::getAttempts).orElse(0);
    }

    /** The request id of the answer (of the failed call's last answer), when a server gave one. */
    public String requestId() {
        if (call != null) {
            return call.requestId();
        }
        return error.filter(e -> e instanceof CodeArtsApiException)
                .map(e -> ((CodeArtsApiException) e).getRequestId())
                .orElse(null);
    }

    /** {@code jobId, name, projectId, status, deletedAt} (ISO-8601 UTC or null), {@code attempts, requestId, error}. */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", job.id());
        m.put("name", job.name());
        m.put("projectId", job.projectId());
        m.put("status", status.name());
        m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
        m.put("attempts", attempts());
        m.put("requestId", requestId());
        m.put("error", error.map(describe).orElse(null));
        return m;
    }

    @Override
    public String toString() {
        return "RestoreOutcome[" + job + ", " + status
                + (error.isPresent() ? ", " + error.get().getMessage() : "") + "]";
    }
}
