package io.jenkins.plugins.codeartsbuild.client.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/** An input the client refuses before sending anything. */
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
                "Region {0} is not one of the known CodeArts Build regions: it works only with both endpoint overrides set.");

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
