package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.Texts;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection.Kind;
import java.util.List;

/**
 * A checked selection: the selector, the ids given (duplicates removed, in order) or the name or pattern, and
 * the options.
 */
public record SelectionPlan(
        Kind kind,
        List<String> ids,
        int duplicatesRemoved,
        String name,
        String codeArtsProjectId,
        boolean dryRun,
        int maxJobs,
        int parallelism,
        boolean ignoreMissing,
        JobFilter filter,
        boolean purge) {

    /** A plan without filters by age or state, and without purge. */
    public SelectionPlan(
            Kind kind,
            List<String> ids,
            int duplicatesRemoved,
            String name,
            String codeArtsProjectId,
            boolean dryRun,
            int maxJobs,
            int parallelism,
            boolean ignoreMissing) {
        this(
                kind,
                ids,
                duplicatesRemoved,
                name,
                codeArtsProjectId,
                dryRun,
                maxJobs,
                parallelism,
                ignoreMissing,
                JobFilter.NONE,
                false);
    }

    /** A plan without purge. */
    public SelectionPlan(
            Kind kind,
            List<String> ids,
            int duplicatesRemoved,
            String name,
            String codeArtsProjectId,
            boolean dryRun,
            int maxJobs,
            int parallelism,
            boolean ignoreMissing,
            JobFilter filter) {
        this(
                kind,
                ids,
                duplicatesRemoved,
                name,
                codeArtsProjectId,
                dryRun,
                maxJobs,
                parallelism,
                ignoreMissing,
                filter,
                false);
    }

    /**
     * The ids are kept as an unmodifiable copy; ids, the project id and the numbers must follow the rules
     * {@link JobSelection#plan()} checks, so that no caller can build a plan that puts {@code ..} or {@code /} into a
     * URL.
     *
     * @throws IllegalArgumentException naming the broken rule (the value escaped and shortened)
     */
    public SelectionPlan {
        ids = List.copyOf(ids);
        filter = filter == null ? JobFilter.NONE : filter;
        if (maxJobs < 1 || parallelism < 1 || parallelism > JobSelection.MAX_PARALLELISM) {
            throw new IllegalArgumentException("maxJobs and parallelism out of range: " + maxJobs + ", " + parallelism);
        }
        try {
            for (String id : ids) {
                JobIds.check(id);
            }
            if (codeArtsProjectId != null) {
                JobIds.checkProjectId(codeArtsProjectId);
            }
        } catch (CodeArtsValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * What was selected, for a log line: the id, the number of ids, the name, pattern or prefix (quoted, escaped
     * and shortened, so that a name cannot forge a log line).
     */
    public String describe() {
        return switch (kind) {
            case JOB_ID -> ids.get(0);
            case JOB_IDS -> ids.size() + " ids";
            case JOB_NAME, JOB_NAME_PATTERN, JOB_NAME_PREFIX -> Texts.escapeAndShorten(name, 80);
        };
    }

    /** Whether the jobs are found by their names in a job list. */
    public boolean byName() {
        return name != null;
    }

    /** What names are selected by, for a look-up by name; {@code null} for ids. */
    public NameMatch nameMatch() {
        return name == null ? null : NameMatch.of(kind, name);
    }
}
