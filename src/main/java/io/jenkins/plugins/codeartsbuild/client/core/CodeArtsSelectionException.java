package io.jenkins.plugins.codeartsbuild.client.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The jobs a selection resolved to cannot be deleted (or restored) as asked, and nothing was deleted (or restored): a
 * name that matches no job or several, more jobs than {@code maxJobs} allows, a list too long to read, or a list that
 * cannot be filtered as asked.
 */
public final class CodeArtsSelectionException extends CodeArtsException {

    private static final long serialVersionUID = 1L;

    /**
     * Why. The Jenkins layer localizes each with the key {@code SelectionFailure.<NAME>} of its
     * {@code Messages.properties}, with the same arguments.
     */
    public enum Reason {
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

        Reason(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern ({@link MessageFormat}); the Jenkins layer's key has the same arguments. */
        public String getPattern() {
            return pattern;
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public CodeArtsSelectionException(Reason reason, String... arguments) {
        super(new MessageFormat(reason.pattern, Locale.ROOT).format(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason getReason() {
        return reason;
    }

    /** The values of the message's placeholders, already cleaned. */
    public List<String> getArguments() {
        return arguments;
    }
}
