package io.jenkins.plugins.codeartsbuild.client.jobs;

import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.Texts;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checks that turn a {@link JobSelection}, as a step was given it, into a {@link SelectionPlan}. */
final class SelectionChecks {

    private SelectionChecks() {}

    /**
     * Checks the selection, all of it, before anything is sent: exactly one selector; every id valid; a list not
     * empty; names and patterns not too long; a CodeArts project id only with a name look-up, and valid;
     * {@code maxJobs} and {@code parallelism} in range; filters only with a name look-up.
     */
    static SelectionPlan plan(JobSelection s) throws CodeArtsValidationException {
        List<String> given = new ArrayList<>();
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (isSet(s, k)) {
                given.add(k.option());
                kind = k;
            }
        }
        if (given.isEmpty()) {
            throw new CodeArtsValidationException(Problem.SELECTOR_MISSING);
        }
        if (given.size() > 1) {
            throw new CodeArtsValidationException(Problem.SELECTOR_AMBIGUOUS, String.join(", ", given));
        }
        if (s.getMaxJobs() < 1 || s.getMaxJobs() > JobSelection.MAX_MAX_JOBS) {
            throw new CodeArtsValidationException(
                    Problem.MAX_JOBS_INVALID,
                    String.valueOf(s.getMaxJobs()),
                    String.valueOf(JobSelection.MAX_MAX_JOBS));
        }
        if (s.getParallelism() < 1 || s.getParallelism() > JobSelection.MAX_PARALLELISM) {
            throw new CodeArtsValidationException(
                    Problem.PARALLELISM_INVALID,
                    String.valueOf(s.getParallelism()),
                    String.valueOf(JobSelection.MAX_PARALLELISM));
        }
        JobFilter filter = JobFilter.of(s.getNotBuiltForDays(), s.isOnlyDisabled(), s.isKeepNeverBuilt());
        if (!filter.isNone() && (kind == Kind.JOB_ID || kind == Kind.JOB_IDS)) {
            throw new CodeArtsValidationException(Problem.FILTER_NEEDS_NAME);
        }
        String project = null;
        if (s.getCodeArtsProjectId() != null) {
            if (kind == Kind.JOB_ID || kind == Kind.JOB_IDS) {
                throw new CodeArtsValidationException(Problem.PROJECT_WITHOUT_NAME, kind.option());
            }
            project = JobIds.checkProjectId(s.getCodeArtsProjectId());
        }
        List<String> ids = List.of();
        int duplicates = 0;
        String name = null;
        switch (kind) {
            case JOB_ID -> ids = List.of(JobIds.check(s.getJobId()));
            case JOB_IDS -> {
                Set<String> unique = new LinkedHashSet<>(checkAll(s.getJobIds()));
                duplicates = s.getJobIds().size() - unique.size();
                ids = List.copyOf(unique);
            }
            case JOB_NAME -> name = checkName(s.getJobName());
            case JOB_NAME_PATTERN -> name = checkName(s.getJobNamePattern());
            case JOB_NAME_PREFIX -> name = checkName(s.getJobNamePrefix());
        }
        return new SelectionPlan(
                kind,
                ids,
                duplicates,
                name,
                project,
                s.isDryRun(),
                s.getMaxJobs(),
                s.getParallelism(),
                s.isIgnoreMissing(),
                filter,
                s.isPurge());
    }

    private static boolean isSet(JobSelection s, Kind k) {
        return switch (k) {
            case JOB_ID -> s.getJobId() != null;
            case JOB_IDS -> s.getJobIds() != null;
            case JOB_NAME -> s.getJobName() != null;
            case JOB_NAME_PATTERN -> s.getJobNamePattern() != null;
            case JOB_NAME_PREFIX -> s.getJobNamePrefix() != null;
        };
    }

    /** Every id of the list, checked before any of them is used; the error counts the bad ones. */
    private static List<String> checkAll(List<String> ids) throws CodeArtsValidationException {
        if (ids.isEmpty()) {
            throw new CodeArtsValidationException(Problem.JOB_IDS_EMPTY);
        }
        int bad = 0;
        CodeArtsValidationException first = null;
        for (String id : ids) {
            try {
                JobIds.check(id);
            } catch (CodeArtsValidationException e) {
                bad++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            String shown = first.getProblem() == Problem.JOB_ID_REQUIRED
                    ? "''"
                    : first.getArguments().get(0);
            throw new CodeArtsValidationException(
                    Problem.JOB_IDS_INVALID, String.valueOf(bad), String.valueOf(ids.size()), shown);
        }
        return ids;
    }

    private static String checkName(String name) throws CodeArtsValidationException {
        if (name.length() > JobSelection.MAX_NAME_LENGTH) {
            throw new CodeArtsValidationException(
                    Problem.JOB_NAME_INVALID,
                    Texts.escapeAndShorten(name, 40),
                    String.valueOf(JobSelection.MAX_NAME_LENGTH));
        }
        return name;
    }
}
