package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.ComboBoxModel;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsValidationException.Problem;
import io.jenkins.plugins.codeartsbuild.client.Endpoints;
import io.jenkins.plugins.codeartsbuild.client.FieldChecks;
import io.jenkins.plugins.codeartsbuild.client.FieldChecks.Verdict;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobFilter;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection;
import io.jenkins.plugins.codeartsbuild.client.jobs.JobSelection.Kind;
import io.jenkins.plugins.codeartsbuild.client.jobs.OptionText;
import io.jenkins.plugins.codeartsbuild.credentials.AccessKeyCredentials;
import java.util.List;
import net.sf.json.JSONObject;

/**
 * The form helpers the descriptors share: who may see what a check says, and the client's verdicts
 * ({@link FieldChecks}) as {@link FormValidation}s, so that the form and the run refuse the same values.
 */
final class Forms {

    private Forms() {}

    /** See {@link AccessKeyCredentials#mayInspect}: the Credentials plugin's rule for read-only form helpers. */
    static boolean mayInspect(@CheckForNull Item item) {
        return AccessKeyCredentials.mayInspect(item);
    }

    /** A verdict as the form shows it, in the user's language. */
    static FormValidation show(Verdict v) {
        return switch (v.level()) {
            case OK -> FormValidation.ok();
            case WARNING -> FormValidation.warning(ClientMessages.problem(v.problem()));
            case ERROR -> FormValidation.error(ClientMessages.problem(v.problem()));
        };
    }

    private static FormValidation showTo(@CheckForNull Item item, Verdict v) {
        return mayInspect(item) ? show(v) : FormValidation.ok();
    }

    /** The job id of a delete or restore, and whether exactly one of its five selectors is set. */
    static FormValidation checkSelectors(
            @CheckForNull Item item,
            boolean expands,
            String jobId,
            String jobIds,
            String jobName,
            String jobNamePattern,
            String jobNamePrefix) {
        Verdict selectors = FieldChecks.selectors(
                List.of(Kind.JOB_ID, Kind.JOB_IDS, Kind.JOB_NAME, Kind.JOB_NAME_PATTERN, Kind.JOB_NAME_PREFIX),
                List.of(text(jobId), text(jobIds), text(jobName), text(jobNamePattern), text(jobNamePrefix)));
        return showTo(item, selectors.or(FieldChecks.jobId(jobId, expands)));
    }

    /** Whether exactly one of the name selectors of a look-up is set. */
    static FormValidation checkFindSelectors(
            @CheckForNull Item item, String jobName, String jobNamePattern, String jobNamePrefix) {
        return showTo(
                item,
                FieldChecks.selectors(
                        List.of(Kind.JOB_NAME, Kind.JOB_NAME_PATTERN, Kind.JOB_NAME_PREFIX),
                        List.of(text(jobName), text(jobNamePattern), text(jobNamePrefix))));
    }

    static FormValidation checkJobIds(@CheckForNull Item item, String value, boolean expands) {
        return showTo(item, FieldChecks.jobIds(value, expands));
    }

    static FormValidation checkCodeArtsProjectId(@CheckForNull Item item, String value, boolean expands) {
        return showTo(item, FieldChecks.codeArtsProjectId(value, expands));
    }

    static FormValidation checkMaxJobs(@CheckForNull Item item, String value) {
        return showTo(item, FieldChecks.number(value, JobSelection.MAX_MAX_JOBS, Problem.MAX_JOBS_INVALID));
    }

    static FormValidation checkLimit(@CheckForNull Item item, String value) {
        return showTo(item, FieldChecks.number(value, CodeArtsBuildClient.MAX_FOUND, Problem.LIMIT_INVALID));
    }

    static FormValidation checkNotBuiltForDays(@CheckForNull Item item, String value) {
        return showTo(item, FieldChecks.number(value, JobFilter.MAX_DAYS, Problem.NOT_BUILT_FOR_DAYS_INVALID));
    }

    static FormValidation checkParallelism(@CheckForNull Item item, String value) {
        return showTo(item, FieldChecks.number(value, JobSelection.MAX_PARALLELISM, Problem.PARALLELISM_INVALID));
    }

    /** The region every step falls back to. */
    @CheckForNull
    static String defaultRegion() {
        return CodeArtsBuildGlobalConfiguration.get().getRegion();
    }

    /**
     * The form as the setters take it: the text area of job ids (one per line) as a list (blank: not set), and blank
     * number fields left out so that they keep their defaults.
     */
    static JSONObject normalized(JSONObject form) {
        Object ids = form.opt("jobIds");
        if (ids instanceof String text) {
            List<String> lines = OptionText.lines(text);
            if (lines == null) {
                // element(String, Object) removes the key for null; element(String, Collection) would store [null]
                form.element("jobIds", (Object) null);
            } else {
                form.element("jobIds", lines);
            }
        }
        // Stapler binds a blank number field as 0, which the run refuses: left out, the field keeps its default
        for (String number : new String[] {"maxJobs", "parallelism", "limit", "notBuiltForDays"}) {
            if (form.opt(number) instanceof String text && text.isBlank()) {
                form.element(number, (Object) null); // removes the key, as for jobIds above
            }
        }
        return form;
    }

    static ComboBoxModel regions() {
        return new ComboBoxModel(Endpoints.KNOWN_REGIONS);
    }

    private static String text(@CheckForNull String value) {
        return value == null ? "" : value;
    }
}
