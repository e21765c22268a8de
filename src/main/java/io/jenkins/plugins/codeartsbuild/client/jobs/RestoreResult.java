package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a restore did: one outcome per job, in the order of the selection, the counts, and what the recycle bin said
 * of itself (how long it keeps jobs, entries it gave without a usable id). Immutable.
 *
 * @param selected how many jobs the selection found in the bin; more than the outcomes when a dry run above
 *     {@code maxJobs} reported a sample only
 */
public record RestoreResult(
        JobSelection plan, List<RestoreOutcome> outcomes, int selected, Integer keepDays, int unusableEntries) {

    /** The jobs of a dry run above {@code maxJobs} that are reported, as a sample. */
    public static final int SAMPLE = 20;

    public RestoreResult {
        outcomes = List.copyOf(outcomes);
    }

    public int count(RestoreOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Whether any job failed (the step then fails, after every job was attempted). */
    public boolean hasFailures() {
        return outcomes.stream().anyMatch(RestoreOutcome::isFailure);
    }

    /** Whether this is a dry run's report of a selection that the real run would refuse for {@code maxJobs}. */
    public boolean overMaxJobs() {
        return selected > plan.maxJobs();
    }

    /**
     * One shape whatever the selection: {@code dryRun, total, restored, wouldRestore, notInRecycleBin, failed,
     * overMaxJobs, neededMaxJobs} (the {@code maxJobs} the real run needs, or null), {@code keepDays} (null when the
     * bin did not say), {@code unusableEntries}, {@code duplicatesRemoved} and {@code jobs}, one map per job.
     */
    public Map<String, Object> toMap(Function<CodeArtsException, String> describe) {
        Map<String, Integer> counts = new EnumCounts().of(outcomes);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", plan.dryRun());
        m.put("total", selected);
        m.put("restored", counts.get("RESTORED"));
        m.put("wouldRestore", counts.get("WOULD_RESTORE"));
        m.put("notInRecycleBin", counts.get("NOT_IN_RECYCLE_BIN"));
        m.put("failed", counts.get("FAILED"));
        m.put("overMaxJobs", overMaxJobs());
        m.put("neededMaxJobs", overMaxJobs() ? selected : null);
        m.put("keepDays", keepDays);
        m.put("unusableEntries", unusableEntries);
        m.put("duplicatesRemoved", plan.duplicatesRemoved());
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (RestoreOutcome o : outcomes) {
            jobs.add(o.toMap(describe));
        }
        m.put("jobs", jobs);
        return m;
    }

    /** Counts per status name, every status present. */
    private static final class EnumCounts {
        Map<String, Integer> of(List<RestoreOutcome> outcomes) {
            Map<RestoreOutcome.Status, Integer> c = new EnumMap<>(RestoreOutcome.Status.class);
            for (RestoreOutcome.Status s : RestoreOutcome.Status.values()) {
                c.put(s, 0);
            }
            for (RestoreOutcome o : outcomes) {
                c.merge(o.status(), 1, Integer::sum);
            }
            Map<String, Integer> named = new LinkedHashMap<>();
            c.forEach((k, v) -> named.put(k.name(), v));
            return named;
        }
    }
}
