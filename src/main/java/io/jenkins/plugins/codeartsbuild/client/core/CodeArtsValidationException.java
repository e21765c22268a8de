package io.jenkins.plugins.codeartsbuild.client.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * An input the client refuses: bad input (nothing was sent), or a selection that the jobs found cannot satisfy as
 * asked (a name matching no job or several, more jobs than {@code maxJobs}, a list too long to read or that cannot be
 * filtered). Either way nothing was deleted or restored.
 */
public final class CodeArtsValidationException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    /**
     * What is wrong. The Jenkins layer localizes each constant with the key {@code ClientProblem.<NAME>} of its
     * {@code Messages.properties}, with the same arguments.
     */
    public enum Problem {
        JOB_ID_REQUIRED("The job id is required."),
        JOB_ID_INVALID(
                "The job id {0} is not valid: it must be 32 letters or digits (the end of the build job''s URL)."),
        REGION_REQUIRED("The region is required."),
        REGION_INVALID("The region {0} is not valid: use lowercase letters, digits and dashes, such as cn-north-4."),
        REGION_UNKNOWN(
                "The region {0} is not known to this plugin. Known regions: {1}. For another region, set both endpoint overrides."),
        ENDPOINT_INVALID("The {0} endpoint {1} is not an absolute http(s) URL without query or fragment."),
        ENDPOINT_USERINFO(
                "The {0} endpoint {1} contains a user name or password: remove it (a proxy is set in the proxy settings of Jenkins)."),
        ENDPOINT_PATH_INVALID("The {0} endpoint {1} has an empty segment (//) in its path: remove the extra slash."),
        ENDPOINT_INSECURE("The {0} endpoint {1} must use https (plain http is only allowed to a loopback address)."),
        ACCESS_KEY_MISSING("The access key (AK) is empty."),
        SECRET_KEY_MISSING("The secret key (SK) is empty."),
        ACCESS_KEY_MALFORMED("The access key (AK) contains white space or characters that are not printable ASCII."),
        SECRET_KEY_MALFORMED("The secret key (SK) contains white space or characters that are not printable ASCII."),
        PROJECT_ID_INVALID("The IAM project id {0} is not valid: it must be 16 to 64 letters or digits."),
        SELECTOR_MISSING("Say which jobs: set one of jobId, jobIds, jobName, jobNamePattern or jobNamePrefix."),
        SELECTOR_AMBIGUOUS("Set only one of jobId, jobIds, jobName, jobNamePattern and jobNamePrefix; given: {0}."),
        JOB_IDS_EMPTY("The list of job ids is empty."),
        JOB_IDS_INVALID(
                "{0} of the {1} job ids are not valid (each must be 32 letters or digits), the first: {2}. Nothing was deleted."),
        JOB_NAME_INVALID("The job name or pattern {0} is too long: at most {1} characters."),
        CODEARTS_PROJECT_ID_INVALID(
                "The CodeArts project id {0} is not valid: it must be 32 letters or digits (the project''s id in its URL)."),
        PROJECT_WITHOUT_NAME("codeArtsProjectId restricts a look-up by name: it cannot be used with {0}."),
        MAX_JOBS_INVALID("maxJobs must be 1 to {1}, not {0}."),
        LIMIT_INVALID("limit must be 1 to {1}, not {0}."),
        NOT_BUILT_FOR_DAYS_INVALID("notBuiltForDays must be 1 to {1} (leave it out for any age), not {0}."),
        FILTER_NEEDS_NAME(
                "notBuiltForDays and onlyDisabled select among the jobs a name selects: use them with jobName, jobNamePattern or jobNamePrefix, not with job ids."),
        PARALLELISM_INVALID("parallelism must be 1 to {1}, not {0}."),
        VARIABLE_NOT_SET(
                "{0} {1} uses {2}, which has no value in this build: set it as a build parameter or in the environment (write $$ for a literal $). Nothing was sent."),
        JOB_IDS_DUPLICATED("{0} duplicate ids: each job is deleted once."),
        REGION_NOT_SET("No region: set one here, or a default region in the global configuration."),
        REGION_NOT_KNOWN(
                "Region {0} is not one of the known CodeArts Build regions: it works only with both endpoint overrides set."),
        // the jobs a selection found cannot be acted on as asked (a listing was read; nothing was deleted or restored)
        NO_SUCH_JOB("The CodeArts Build job {0} does not exist. Check the id and the region, or set ignoreMissing."),
        NO_SUCH_NAME("No CodeArts Build job is named {0}. Check the name and the region, or set ignoreMissing."),
        AMBIGUOUS_NAME("{1} CodeArts Build jobs are named {0}: {2}. Select one by jobId, or give codeArtsProjectId."),
        TOO_MANY_JOBS(
                "The selection {0} resolved to {1} jobs, more than maxJobs ({2}): nothing was deleted. Narrow the selection, or raise maxJobs if that many is right."),
        TOO_MANY_JOBS_SO_FAR(
                "The selection {0} matched at least {1} jobs, more than maxJobs ({2}); the rest of the job list was not read and nothing was deleted. Narrow the selection, or raise maxJobs if that many is right."),
        TOO_MANY_FOUND(
                "More than {1} CodeArts Build jobs match {0}: narrow the selection, or raise limit if that many is right."),
        TOO_MANY_PAGES(
                "The job list has {0} jobs, more than the {1} that are read at most: narrow the pattern, or give codeArtsProjectId."),
        BIN_TOO_LARGE(
                "The CodeArts Build recycle bin holds more than the {0} jobs that are read at most ({1} read): nothing was restored or purged. Select by jobName or jobNamePrefix, which narrow the list the server sends."),
        BIN_NOT_PAGED(
                "The CodeArts Build recycle bin answered its first page again when asked for the second, by page_no and by page_index: its list cannot be read past {0} jobs, and nothing was restored or purged. Select by jobName or jobNamePrefix to narrow it."),
        TOO_MANY_TO_RESTORE(
                "The selection {0} holds {1} jobs, more than maxJobs ({2}): nothing was restored. Narrow the selection, or raise maxJobs if that many is right."),
        BIN_AMBIGUOUS_NAME(
                "{1} jobs in the CodeArts Build recycle bin are named {0}: {2}. Select one by jobIds, or give codeArtsProjectId."),
        NO_LAST_BUILD_TIME(
                "The CodeArts Build job list gives no last build time ({0} entries read): notBuiltForDays cannot be applied, so no job was selected.");

        private final String pattern;

        Problem(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern ({@link MessageFormat}); the Jenkins layer's key has the same arguments. */
        public String getPattern() {
            return pattern;
        }
    }

    private final Problem problem;
    private final List<String> arguments;

    public CodeArtsValidationException(Problem problem, String... arguments) {
        super(new MessageFormat(problem.pattern, Locale.ROOT).format(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem getProblem() {
        return problem;
    }

    /** The values of the message's placeholders, already escaped and shortened. */
    public List<String> getArguments() {
        return arguments;
    }
}
