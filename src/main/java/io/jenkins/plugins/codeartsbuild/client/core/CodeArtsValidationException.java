package io.jenkins.plugins.codeartsbuild.client.core;

import java.util.List;

/**
 * An input the client refuses: bad input (nothing was sent), or a selection that the jobs found cannot satisfy as
 * asked (a name matching no job or several, more jobs than {@code maxJobs}, a list too long to read or that cannot be
 * filtered). Either way nothing was deleted or restored.
 */
public final class CodeArtsValidationException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    /**
     * What is wrong. The Jenkins layer words each constant with the key {@code ClientProblem.<NAME>} of its
     * {@code Messages.properties}, with the arguments; the exception's own message is only the constant and its
     * arguments, for a stack trace.
     */
    public enum Problem {
        JOB_ID_REQUIRED,
        JOB_ID_INVALID,
        REGION_REQUIRED,
        REGION_INVALID,
        REGION_UNKNOWN,
        ENDPOINT_INVALID,
        ENDPOINT_USERINFO,
        ENDPOINT_PATH_INVALID,
        ENDPOINT_INSECURE,
        ACCESS_KEY_MISSING,
        SECRET_KEY_MISSING,
        ACCESS_KEY_MALFORMED,
        SECRET_KEY_MALFORMED,
        PROJECT_ID_INVALID,
        SELECTOR_MISSING,
        SELECTOR_AMBIGUOUS,
        JOB_IDS_EMPTY,
        JOB_IDS_INVALID,
        JOB_NAME_INVALID,
        JOB_NAME_CONTROL,
        CODEARTS_PROJECT_ID_INVALID,
        PROJECT_WITHOUT_NAME,
        MAX_JOBS_INVALID,
        LIMIT_INVALID,
        NOT_BUILT_FOR_DAYS_INVALID,
        FILTER_NEEDS_NAME,
        KEEP_NEVER_BUILT_NEEDS_AGE,
        PARALLELISM_INVALID,
        VARIABLE_NOT_SET,
        // the jobs a selection found cannot be acted on as asked (a listing was read; nothing was deleted or restored)
        NO_SUCH_JOB,
        NO_SUCH_NAME,
        AMBIGUOUS_NAME,
        NAME_WITHOUT_USABLE_ID,
        NAME_LISTED_TWICE,
        TOO_MANY_JOBS,
        TOO_MANY_JOBS_SO_FAR,
        TOO_MANY_FOUND,
        TOO_MANY_PAGES,
        BIN_TOO_LARGE,
        BIN_NOT_PAGED,
        TOO_MANY_TO_RESTORE,
        BIN_AMBIGUOUS_NAME,
        NO_LAST_BUILD_TIME
    }

    private final Problem problem;
    private final List<String> arguments;

    public CodeArtsValidationException(Problem problem, String... arguments) {
        super(problem + " " + String.join(", ", arguments), null, null, null, null); // about no request of its own
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
