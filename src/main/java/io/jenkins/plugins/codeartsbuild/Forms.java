package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.core.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.core.Texts;
import io.jenkins.plugins.codeartsbuild.client.model.BuildJob.JobIds;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.model.JobSelection.Kind;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions;
import io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions.JobFilter;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The form helpers the descriptors share: who may see what a check says, and each field's check with the rule the
 * run applies ({@link JobSelection}, {@link JobIds}, {@link ClientConfig}), so that the form and the run refuse the same
 * values. Where build variables are expanded ({@code expands}), a value that mentions one is judged when the build
 * runs.
 */
final class Forms {

    private Forms() {}

    /** A rule of the client's, which says what is wrong by throwing. */
    @FunctionalInterface
    interface Rule {
        void check() throws CodeArtsValidationException;
    }

    /**
     * What the form says of a value, with the rule the run applies, so that the form and the run refuse the same
     * values with the same words: OK, or the rule's problem in the user's language, as a warning when it only says the
     * form is not finished (no selector yet), as an error for the others. The form's own warnings (no region, an unknown
     * one, duplicate ids) are no rule of the run's: their callers word them.
     */
    static FormValidation check(Rule rule) {
        try {
            rule.check();
            return FormValidation.ok();
        } catch (CodeArtsValidationException e) {
            return e.getProblem() == Problem.SELECTOR_MISSING
                    ? FormValidation.warning(OutcomeWords.problem(e))
                    : FormValidation.error(OutcomeWords.problem(e));
        }
    }

    /**
     * What a read-only helper says, to those who may see it ({@link AccessKeyCredentials#mayInspect}: Extended Read or
     * Use on the item, Administer without one); to others, nothing.
     */
    static FormValidation showTo(@CheckForNull Item item, FormValidation v) {
        return AccessKeyCredentials.mayInspect(item) ? v : FormValidation.ok();
    }

    /**
     * Whether a field's value is left to the run: blank (Jenkins checks every field when a form loads, and a blank
     * one is never an error), or, where build variables are expanded, mentioning one.
     */
    private static boolean later(@CheckForNull String value, boolean expands) {
        return SelectionOptions.text(value) == null || (expands && AccessKeyCredentials.mentionsVariable(value));
    }

    /** A field's check with the run's rule, unless its value is left to the run ({@link #later}). */
    private static FormValidation checkNow(@CheckForNull String value, boolean expands, Rule rule) {
        return later(value, expands) ? FormValidation.ok() : check(rule);
    }

    /** The job id of a delete or restore, and whether exactly one of its five selectors is set: said once. */
    static FormValidation checkSelectors(
            @CheckForNull Item item,
            boolean expands,
            String jobId,
            String jobIds,
            String jobName,
            String jobNamePattern,
            String jobNamePrefix) {
        FormValidation selectors = selectors(Kind.values(), jobId, jobIds, jobName, jobNamePattern, jobNamePrefix);
        FormValidation id = checkNow(jobId, expands, () -> JobIds.check(jobId));
        // the worse of the two; the selectors' when they are as bad
        return showTo(item, id.kind.compareTo(selectors.kind) > 0 ? id : selectors);
    }

    /** Whether exactly one of the name selectors of a look-up is set. */
    static FormValidation checkFindSelectors(
            @CheckForNull Item item, String jobName, String jobNamePattern, String jobNamePrefix) {
        Kind[] kinds = {Kind.JOB_NAME, Kind.JOB_NAME_PATTERN, Kind.JOB_NAME_PREFIX};
        return showTo(item, selectors(kinds, jobName, jobNamePattern, jobNamePrefix));
    }

    /** Exactly one selector: none is a warning (the form is not finished yet), several an error. */
    private static FormValidation selectors(Kind[] kinds, String... values) {
        List<Kind> given = IntStream.range(0, kinds.length)
                .filter(i -> SelectionOptions.text(values[i]) != null)
                .mapToObj(i -> kinds[i])
                .toList();
        return check(() -> JobSelection.onlySelector(given));
    }

    /** Ids one per line, each checked like a job id; duplicates are a warning (each job is acted on once). */
    static FormValidation checkJobIds(@CheckForNull Item item, String value, boolean expands) {
        List<String> lines = FormValues.lines(value);
        List<String> known = lines == null
                ? List.of()
                : lines.stream().filter(l -> !later(l, expands)).toList();
        if (known.isEmpty()) {
            return FormValidation.ok();
        }
        int[] unique = {known.size()}; // as many as the run's rule keeps, once it accepts them all
        FormValidation invalid = check(() -> unique[0] = JobIds.unique(known).size());
        int duplicates = known.size() - unique[0];
        return showTo(
                item,
                duplicates > 0
                        ? FormValidation.warning(Messages.Forms_jobIdsDuplicated(String.valueOf(duplicates)))
                        : invalid);
    }

    static FormValidation checkCodeArtsProjectId(@CheckForNull Item item, String value, boolean expands) {
        return showTo(item, checkNow(value, expands, () -> JobIds.checkProjectId(SelectionOptions.setting(value))));
    }

    /**
     * The number fields of the selection forms, each with its largest value and the problem that refuses another
     * value: one table for the fields' checks and for the form's binding ({@link FormValues}), in a fixed order.
     */
    static final Map<String, Map.Entry<Integer, Problem>> NUMBERS = new TreeMap<>(Map.of(
            "maxJobs", Map.entry(JobSelection.MAX_MAX_JOBS, Problem.MAX_JOBS_INVALID),
            "parallelism", Map.entry(JobSelection.MAX_PARALLELISM, Problem.PARALLELISM_INVALID),
            "limit", Map.entry(CodeArtsBuildClient.MAX_FOUND, Problem.LIMIT_INVALID),
            "notBuiltForDays", Map.entry(JobFilter.MAX_DAYS, Problem.NOT_BUILT_FOR_DAYS_INVALID)));

    /** A number field's text, for the field's own check: see {@link #checkNumber}; blank is the default. */
    static FormValidation checkNumber(@CheckForNull Item item, String field, String value) {
        return showTo(item, checkNow(value, false, () -> checkNumber(field, value)));
    }

    /** A number field's text: a whole number from 1 to the field's largest value, else the field's problem. */
    static void checkNumber(String field, String typed) throws CodeArtsValidationException {
        Map.Entry<Integer, Problem> n = NUMBERS.get(field);
        SelectionOptions.inRange(typed, n.getKey(), n.getValue());
    }

    /**
     * A region: blank falls back to {@code defaultRegion} (a warning when there is none either); an unknown region is
     * a warning, as it works with both endpoint overrides.
     */
    static FormValidation region(@CheckForNull String value, boolean expands, @CheckForNull String defaultRegion) {
        String region = SelectionOptions.setting(value);
        if (region == null && defaultRegion == null) {
            return FormValidation.warning(Messages.Forms_regionNotSet());
        } else if (later(region, expands)) {
            return FormValidation.ok();
        }
        FormValidation invalid = check(() -> ClientConfig.checkRegion(region));
        return invalid.kind != FormValidation.Kind.OK || ClientConfig.KNOWN_REGIONS.contains(region)
                ? invalid
                : FormValidation.warning(Messages.Forms_regionNotKnown(Texts.escapeAndShorten(region, 80)));
    }

    /** A step's region: blank falls back to the global configuration's. */
    static FormValidation checkRegion(@CheckForNull Item item, String value, boolean expands) {
        return showTo(
                item,
                region(value, expands, CodeArtsBuildGlobalConfiguration.get().getRegion()));
    }

    /**
     * The settings a build with this form's region will call with (blank: the default region), whose URLs a
     * credentials domain must cover for the build to find the key; {@code null} when they are not known yet: the
     * region is a build variable, or no valid region is set.
     */
    @CheckForNull
    static ClientConfig keyConfig(@CheckForNull String region) {
        try {
            return AccessKeyCredentials.mentionsVariable(region)
                    ? null
                    : CodeArtsBuildGlobalConfiguration.get().toClientConfig(region);
        } catch (CodeArtsValidationException e) {
            return null;
        }
    }
}
