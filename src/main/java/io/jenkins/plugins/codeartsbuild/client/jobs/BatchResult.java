package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a batch did: one outcome per job, in the order of the selection, and the counts. Immutable. */
public final class BatchResult {

    private final JobSelection.Plan plan;
    private final List<JobOutcome> outcomes;
    private final Map<JobOutcome.Status, Integer> counts = new EnumMap<>(JobOutcome.Status.class);

    public BatchResult(JobSelection.Plan plan, List<JobOutcome> outcomes) {
        this.plan = plan;
        this.outcomes = List.copyOf(outcomes);
        for (JobOutcome.Status s : JobOutcome.Status.values()) {
            counts.put(s, 0);
        }
        for (JobOutcome o : outcomes) {
            counts.merge(o.status(), 1, Integer::sum);
        }
    }

    public JobSelection.Plan getPlan() {
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

    /** Whether any job failed (the batch then fails, after every job was attempted). */
    public boolean hasFailures() {
        return outcomes.stream().anyMatch(JobOutcome::isFailure);
    }

    /** The result of one delete, as a batch of one. */
    public static BatchResult of(JobSelection.Plan plan, JobOutcome outcome) {
        return new BatchResult(plan, List.of(outcome));
    }

    /**
     * One shape whatever the selection and mode, so that a script never reads a key that is missing: {@code dryRun,
     * total, deleted, alreadyGone, failed, wouldDelete, notPermitted, missing, duplicatesRemoved} and {@code jobs},
     * one map per job ({@link JobOutcome#toMap}).
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", plan.dryRun());
        m.put("total", total());
        m.put("deleted", count(JobOutcome.Status.DELETED));
        m.put("alreadyGone", count(JobOutcome.Status.ALREADY_GONE));
        m.put("failed", count(JobOutcome.Status.FAILED));
        m.put("wouldDelete", count(JobOutcome.Status.WOULD_DELETE));
        m.put("notPermitted", count(JobOutcome.Status.NOT_PERMITTED));
        m.put("missing", count(JobOutcome.Status.MISSING));
        m.put("duplicatesRemoved", plan.duplicatesRemoved());
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (JobOutcome o : outcomes) {
            jobs.add(o.toMap(describe));
        }
        m.put("jobs", jobs);
        return m;
    }
}
