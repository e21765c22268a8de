package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
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
 * @param unusableEntries entries of the bin the selection's name matched (all, by ids) without a usable id, left out
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
}
