package io.jenkins.plugins.codeartsbuild.client.model;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a delete (a single one is a batch of one) or a restore did: one {@link Outcome} per job, in the order of the
 * selection, and the counts: one model for both operations.
 *
 * @param operation a restore's outcomes have {@link Status.Restore}s, a delete's {@link Status.Delete}s
 * @param selected how many jobs the selection resolved to; more than the outcomes when a dry run reported a sample
 * @param keepDays how many days the recycle bin keeps jobs, as a restore read it ({@code null}: not said, or a delete)
 * @param unusableEntries entries of the bin's list without a usable id, left out (a restore's)
 */
public record Result(
        Operation operation,
        List<Outcome> outcomes,
        int selected,
        boolean dryRun,
        int maxJobs,
        int duplicatesRemoved,
        Integer keepDays,
        int unusableEntries) {

    public Result {
        outcomes = List.copyOf(outcomes);
    }

    public static Result ofDelete(List<Outcome> jobs, int selected, JobSelection s) {
        return new Result(Operation.DELETE, jobs, selected, s.dryRun(), s.maxJobs(), s.duplicatesRemoved(), null, 0);
    }

    public static Result ofRestore(List<Outcome> jobs, int selected, JobSelection s, Integer keepDays, int unusable) {
        return new Result(
                Operation.RESTORE, jobs, selected, s.dryRun(), s.maxJobs(), s.duplicatesRemoved(), keepDays, unusable);
    }

    /** What a step does to the jobs it selects. */
    public enum Operation {
        DELETE,
        RESTORE
    }

    public boolean restore() {
        return operation == Operation.RESTORE;
    }

    public int count(Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Whether any job failed (the run then fails, after every job was attempted). */
    public boolean hasFailures() {
        return outcomes.stream().anyMatch(Outcome::failsRun);
    }

    /** Whether this is a dry run's report, with a sample, of a selection the real run would refuse for maxJobs. */
    public boolean overMaxJobs() {
        return selected > maxJobs;
    }

    /** {@code RECYCLE_BIN} when jobs were deleted and not purged (where the API puts them is not documented). */
    public String restoreFrom() {
        boolean kept = outcomes.stream().anyMatch(o -> o.status() == Status.Delete.DELETED && !o.purged());
        return kept ? "RECYCLE_BIN" : null;
    }

    /**
     * The step's return value (the README lists its keys): one shape per operation, so that a script never reads a
     * missing key; above maxJobs, a dry run's jobs are a sample and {@code total} counts all.
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("total", selected);
        if (restore()) {
            m.put("restored", count(Status.Restore.RESTORED));
            m.put("wouldRestore", count(Status.Restore.WOULD_RESTORE));
            m.put("notInRecycleBin", count(Status.Restore.NOT_IN_RECYCLE_BIN));
            m.put("failed", count(Status.Restore.FAILED));
            m.put("keepDays", keepDays);
            m.put("unusableEntries", unusableEntries);
        } else {
            m.put("deleted", count(Status.Delete.DELETED));
            m.put("alreadyGone", count(Status.Delete.ALREADY_GONE));
            m.put("failed", count(Status.Delete.FAILED));
            m.put("wouldDelete", count(Status.Delete.WOULD_DELETE));
            m.put("notPermitted", count(Status.Delete.NOT_PERMITTED));
            m.put("missing", count(Status.Delete.MISSING));
            m.put("purged", (int) outcomes.stream().filter(Outcome::purged).count());
            m.put("restoreFrom", restoreFrom());
        }
        m.put("duplicatesRemoved", duplicatesRemoved);
        m.put("overMaxJobs", overMaxJobs());
        m.put("neededMaxJobs", overMaxJobs() ? selected : null);
        List<Map<String, Object>> jobs = new ArrayList<>();
        outcomes.forEach(o -> jobs.add(o.toMap(describe)));
        m.put("jobs", jobs);
        return m;
    }

    /**
     * A job's fate: one enum per operation. {@code WOULD_...}, {@code NOT_PERMITTED} (a real run would get a 403) and
     * {@code MISSING} are a dry run's; {@code NOT_ATTEMPTED}: an abort came before the job's call was sent;
     * {@code UNKNOWN}: it came while the call was in flight, so whether it took effect is not known.
     */
    public sealed interface Status {

        String name();

        /** {@code ALREADY_GONE}: missing jobs were tolerated, or an earlier attempt deleted it, its answer lost. */
        enum Delete implements Status {
            DELETED,
            ALREADY_GONE,
            FAILED,
            WOULD_DELETE,
            NOT_PERMITTED,
            MISSING,
            NOT_ATTEMPTED,
            UNKNOWN
        }

        /** Of a restore; {@code NOT_IN_RECYCLE_BIN}: the bin's list does not hold the job, nothing was sent for it. */
        enum Restore implements Status {
            RESTORED,
            WOULD_RESTORE,
            NOT_IN_RECYCLE_BIN,
            FAILED,
            NOT_ATTEMPTED,
            UNKNOWN
        }

        /**
         * Of a deleted job's purge from the recycle bin: {@code PURGED}, removed for good; {@code DELETED_EARLIER}, the
         * job was gone before this step, deleted by someone else, so it stays in the bin; {@code NOT_IN_RECYCLE_BIN}, the
         * bin's list does not hold it, nothing was sent for it.
         */
        enum Purge implements Status {
            PURGED,
            NOT_IN_RECYCLE_BIN,
            DELETED_EARLIER,
            FAILED,
            NOT_ATTEMPTED,
            UNKNOWN
        }
    }

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
    @SuppressFBWarnings(value = "EI_EXPOSE_REP", justification = "the error is handed on to be worded, never changed")
    public record Outcome(
            String jobId,
            String name,
            String projectId,
            Status status,
            int attempts,
            String requestId,
            CodeArtsException error,
            boolean failsRun,
            String confirmedJobId,
            boolean goneBefore,
            Instant deletedAt,
            Outcome purge) {

        public static Outcome of(String jobId, String name, String projectId, Status status) {
            return done(jobId, name, projectId, status, null, 0);
        }

        public static Outcome done(String id, String name, String project, Status status, String request, int sent) {
            return new Outcome(id, name, project, status, sent, request, null, false, null, false, null, null);
        }

        public static Outcome failed(String id, String name, String project, Status status, CodeArtsException e) {
            String requestId = e instanceof CodeArtsApiException a ? a.getRequestId() : null;
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
                    jobId, name, projectId, status, attempts, requestId, error, fails, confirmed, before, when, p);
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
            m.put("codeArtsProjectId", projectId);
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
            m.put("purgeError", purge == null ? null : purge.toMap(describe).get("error"));
            return m;
        }
    }
}
