package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a batch did: one outcome per job, in the order of the selection, and the counts. Immutable. */
public final class BatchResult {

    private final JobSelection plan;
    private final List<JobOutcome> outcomes;
    private final Map<JobOutcome.Status, Integer> counts = new EnumMap<>(JobOutcome.Status.class);
    private final int selected;

    public BatchResult(JobSelection plan, List<JobOutcome> outcomes) {
        this(plan, outcomes, outcomes.size());
    }

    /**
     * @param selected how many jobs the selection resolved to; more than the outcomes when a dry run above
     *     {@code maxJobs} reported a sample only
     */
    public BatchResult(JobSelection plan, List<JobOutcome> outcomes, int selected) {
        this.plan = plan;
        this.selected = selected;
        this.outcomes = List.copyOf(outcomes);
        for (JobOutcome.Status s : JobOutcome.Status.values()) {
            counts.put(s, 0);
        }
        for (JobOutcome o : outcomes) {
            counts.merge(o.status(), 1, Integer::sum);
        }
    }

    public JobSelection getPlan() {
        return plan;
    }

    public List<JobOutcome> getOutcomes() {
        return outcomes;
    }

    public int count(JobOutcome.Status status) {
        return counts.get(status);
    }

    public int total() {
        return outcomes.size();
    }

    /** How many jobs the selection resolved to (see {@link #overMaxJobs()}). */
    public int selected() {
        return selected;
    }

    /** Whether this is a dry run's report, with a sample, of a selection the real run would refuse for maxJobs. */
    public boolean overMaxJobs() {
        return selected > plan.maxJobs();
    }

    /** How many deleted jobs were also removed from the recycle bin. */
    public int purged() {
        return (int) outcomes.stream()
                .filter(o -> o.purge() != null && o.purge().status() == RestoreOutcome.Status.PURGED)
                .count();
    }

    /**
     * Where the deleted jobs may be restored from: {@code RECYCLE_BIN} when jobs were deleted and not purged (whether
     * a job deleted through the API lands there is not documented: the restore step reports what it finds), else
     * {@code null}.
     */
    public String restoreFrom() {
        boolean kept = outcomes.stream()
                .anyMatch(o -> o.status() == JobOutcome.Status.DELETED
                        && (o.purge() == null || o.purge().status() != RestoreOutcome.Status.PURGED));
        return kept ? "RECYCLE_BIN" : null;
    }

    /** Whether any job failed (the batch then fails, after every job was attempted). */
    public boolean hasFailures() {
        return outcomes.stream().anyMatch(JobOutcome::isFailure);
    }

    /** The result of one delete, as a batch of one. */
    public static BatchResult of(JobSelection plan, JobOutcome outcome) {
        return new BatchResult(plan, List.of(outcome));
    }

    /**
     * One shape whatever the selection and mode, so that a script never reads a key that is missing: {@code dryRun,
     * total, deleted, alreadyGone, failed, wouldDelete, notPermitted, missing, duplicatesRemoved}, {@code overMaxJobs}
     * and {@code neededMaxJobs} (a dry run above maxJobs: the jobs are a sample, {@code total} counts all),
     * {@code purged}, {@code restoreFrom} ({@link #restoreFrom()}) and {@code jobs}, one map per job
     * ({@link JobOutcome#toMap}).
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", plan.dryRun());
        m.put("total", selected);
        m.put("deleted", count(JobOutcome.Status.DELETED));
        m.put("alreadyGone", count(JobOutcome.Status.ALREADY_GONE));
        m.put("failed", count(JobOutcome.Status.FAILED));
        m.put("wouldDelete", count(JobOutcome.Status.WOULD_DELETE));
        m.put("notPermitted", count(JobOutcome.Status.NOT_PERMITTED));
        m.put("missing", count(JobOutcome.Status.MISSING));
        m.put("duplicatesRemoved", plan.duplicatesRemoved());
        m.put("overMaxJobs", overMaxJobs());
        m.put("neededMaxJobs", overMaxJobs() ? selected : null);
        m.put("purged", purged());
        m.put("restoreFrom", restoreFrom());
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            jobs.add(o.toMap(describe));
        }
        m.put("jobs", jobs);
        return m;
    }
}
