package io.jenkins.plugins.codeartsbuild.client.model;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a delete (a single one is a batch of one) or a restore did: one outcome per job, in the order of the selection,
 * and the counts. Immutable.
 *
 * @param restore whether it is a restore's (its outcomes' statuses are {@link Status.Restore}s), else a delete's
 * @param selected how many jobs the selection resolved to (a restore: found in the bin, or named and not there); more
 *     than the outcomes when a dry run above {@code maxJobs} reported a sample only
 * @param duplicatesRemoved the ids given twice and left out
 * @param keepDays how many days the recycle bin keeps jobs, as a restore read it ({@code null}: not said, or a delete)
 * @param unusableEntries entries of the bin's list without a usable id, left out (a restore's)
 */
public record Result(
        boolean restore,
        List<Outcome> outcomes,
        int selected,
        boolean dryRun,
        int maxJobs,
        int duplicatesRemoved,
        Integer keepDays,
        int unusableEntries) {

    /** The jobs of a dry run above {@code maxJobs} that are checked and reported, as a sample. */
    public static final int SAMPLE = 20;

    public Result {
        outcomes = List.copyOf(outcomes);
    }

    /** A delete's result (a single delete is a batch of one). */
    public static Result ofDelete(List<Outcome> outcomes, int selected, JobSelection selection) {
        return new Result(
                false,
                outcomes,
                selected,
                selection.dryRun(),
                selection.maxJobs(),
                selection.duplicatesRemoved(),
                null,
                0);
    }

    /** A restore's result, with what the recycle bin's list said. */
    public static Result ofRestore(
            List<Outcome> outcomes, int selected, JobSelection selection, Integer keepDays, int unusableEntries) {
        return new Result(
                true,
                outcomes,
                selected,
                selection.dryRun(),
                selection.maxJobs(),
                selection.duplicatesRemoved(),
                keepDays,
                unusableEntries);
    }

    /** The outcomes with {@code status}. */
    public int count(Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Whether any job failed (the run then fails, after every job was attempted). */
    public boolean hasFailures() {
        return outcomes.stream().anyMatch(Outcome::isFailure);
    }

    /** Whether this is a dry run's report, with a sample, of a selection the real run would refuse for maxJobs. */
    public boolean overMaxJobs() {
        return selected > maxJobs;
    }

    /** How many deleted jobs were also removed from the recycle bin. */
    public int purged() {
        return (int) outcomes.stream()
                .filter(o -> o.purge() != null && o.purge().status() == Status.Restore.PURGED)
                .count();
    }

    /**
     * Where the deleted jobs may be restored from: {@code RECYCLE_BIN} when jobs were deleted and not purged (whether
     * a job deleted through the API lands there is not documented: the restore step reports what it finds), else
     * {@code null}.
     */
    public String restoreFrom() {
        boolean kept = outcomes.stream()
                .anyMatch(o -> o.status() == Status.Delete.DELETED
                        && (o.purge() == null || o.purge().status() != Status.Restore.PURGED));
        return kept ? "RECYCLE_BIN" : null;
    }

    /**
     * One shape whatever the selection and mode, so that a script never reads a key that is missing. A delete's:
     * {@code dryRun, total, deleted, alreadyGone, failed, wouldDelete, notPermitted, missing, duplicatesRemoved},
     * {@code overMaxJobs} and {@code neededMaxJobs} (a dry run above maxJobs: the jobs are a sample, {@code total}
     * counts all), {@code purged}, {@code restoreFrom} ({@link #restoreFrom()}) and {@code jobs}. A restore's:
     * {@code dryRun, total, restored, wouldRestore, notInRecycleBin, failed, overMaxJobs, neededMaxJobs, keepDays}
     * (null when the bin did not say), {@code unusableEntries, duplicatesRemoved} and {@code jobs}. The jobs are one
     * map each ({@link Outcome#toMap}).
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("total", selected);
        if (restore) {
            m.put("restored", count(Status.Restore.RESTORED));
            m.put("wouldRestore", count(Status.Restore.WOULD_RESTORE));
            m.put("notInRecycleBin", count(Status.Restore.NOT_IN_RECYCLE_BIN));
            m.put("failed", count(Status.Restore.FAILED));
            m.put("overMaxJobs", overMaxJobs());
            m.put("neededMaxJobs", overMaxJobs() ? selected : null);
            m.put("keepDays", keepDays);
            m.put("unusableEntries", unusableEntries);
            m.put("duplicatesRemoved", duplicatesRemoved);
        } else {
            m.put("deleted", count(Status.Delete.DELETED));
            m.put("alreadyGone", count(Status.Delete.ALREADY_GONE));
            m.put("failed", count(Status.Delete.FAILED));
            m.put("wouldDelete", count(Status.Delete.WOULD_DELETE));
            m.put("notPermitted", count(Status.Delete.NOT_PERMITTED));
            m.put("missing", count(Status.Delete.MISSING));
            m.put("duplicatesRemoved", duplicatesRemoved);
            m.put("overMaxJobs", overMaxJobs());
            m.put("neededMaxJobs", overMaxJobs() ? selected : null);
            m.put("purged", purged());
            m.put("restoreFrom", restoreFrom());
        }
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Outcome o : outcomes) {
            jobs.add(o.toMap(describe));
        }
        m.put("jobs", jobs);
        return m;
    }
}
